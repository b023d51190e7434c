package org.cpdkit.rules;

import org.immutables.value.Value;

/**
 * One free-text field of a record with its JSON Pointer, such as {@code
 * /entries/0/whatILearned}. The text is redacted from {@code toString}.
 */
@Value.Immutable
@org.cpdkit.core.internal.SmallValueStyle
public abstract class TextField {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  TextField() {}

  /** Where the field is in the record. */
  @Value.Parameter
  public abstract String pointer();

  /** The field's text. */
  @Value.Parameter
  @Value.Redacted
  public abstract String text();

  /** A field from its pointer and text. */
  public static TextField of(String pointer, String text) {
    return ImmutableTextField.of(pointer, text);
  }
}
