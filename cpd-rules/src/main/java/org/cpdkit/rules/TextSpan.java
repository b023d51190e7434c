package org.cpdkit.rules;

import org.immutables.value.Value;

/**
 * A stretch of free text that a {@link TextInspector} found, such as an identifier: its kind
 * (for identifiers one of {@code PERSON_NAME}, {@code EMAIL}, …) and its UTF-16 offsets, end
 * exclusive. It never holds the text itself.
 */
@Value.Immutable
@org.cpdkit.core.internal.SmallValueStyle
public abstract class TextSpan {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  TextSpan() {}

  /** The kind of thing found, such as {@code EMAIL}. */
  @Value.Parameter
  public abstract String kind();

  /** The UTF-16 offset of the first character. */
  @Value.Parameter
  public abstract int start();

  /** The UTF-16 offset just after the last character. */
  @Value.Parameter
  public abstract int end();

  /** A span of the given kind from {@code start} (inclusive) to {@code end} (exclusive). */
  public static TextSpan of(String kind, int start, int end) {
    return ImmutableTextSpan.of(kind, start, end);
  }

  @Value.Check
  protected void check() {
    if (kind().isBlank()) {
      throw new IllegalArgumentException("TextSpan.kind: must not be blank");
    }
    if (start() < 0 || end() < start()) {
      throw new IllegalArgumentException(
          "TextSpan: start must be at least 0 and end not before start (was " + start() + ".." + end() + ")");
    }
  }
}
