package org.cpdkit.core;

import java.util.Objects;

/**
 * Thrown when a cpdkit value would hold something that can never be true, such as a negative
 * duration or an end before its start. The message names the type, the field and the rule, and
 * never echoes the free text that was given.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String type;
  private final String field;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param type the simple name of the domain type, for example {@code CpdEntry}
   * @param field the property, for example {@code timeSpent}
   * @param rule what the value must be, for example {@code must not be negative}
   */
  public InvalidValueException(String type, String field, String rule) {
    super(type + "." + field + ": " + rule);
    this.type = Objects.requireNonNull(type, "type");
    this.field = Objects.requireNonNull(field, "field");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /** The simple name of the domain type whose construction failed. */
  public String type() {
    return type;
  }

  /** The property that broke the rule; the JSON name of the property too. */
  public String field() {
    return field;
  }

  /** The rule that was broken, in words. */
  public String rule() {
    return rule;
  }
}
