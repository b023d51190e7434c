package org.cpdkit.testing.text;

import java.util.Objects;
import org.cpdkit.anonymise.IdentifierKind;

/**
 * Where a generated text holds an identifier that was planted on purpose: its kind and its UTF-16
 * span (end exclusive), so a test can check that a scanner finds exactly this.
 *
 * @param kind the kind of identifier planted
 * @param start the offset of its first character
 * @param end the offset just after its last character
 */
public record PlantedSpan(IdentifierKind kind, int start, int end) {

  /** Checks the span: a kind, and 0 &lt;= start &lt; end. */
  public PlantedSpan {
    Objects.requireNonNull(kind, "PlantedSpan.kind must not be null");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "PlantedSpan: span " + start + ".." + end + " must have 0 <= start < end");
    }
  }
}
