package org.cpdkit.rules;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a rule found in a record: which rule, how much it matters, where it is (a JSON
 * Pointer into the record, such as {@code /entries/2/impactOnPractice}), a message for a person,
 * the figures behind it and, for text findings, the kind and span. A finding never holds free text
 * from the record.
 */
@Value.Immutable
public abstract class Finding {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  Finding() {}

  /** The identifier of the rule that reported it. */
  public abstract String ruleId();

  /** How much it matters, after any override. */
  public abstract Severity severity();

  /**
   * Where it is: a JSON Pointer (RFC 6901) into the record using the domain's property names; the
   * empty string is the whole record.
   */
  public abstract String location();

  /** What is wrong and what to do, for a person; never echoes the record's text. */
  public abstract String message();

  /** The figures behind the message (such as {@code required=2}, {@code recorded=1}), by name. */
  public abstract Map<String, String> arguments();

  /** For text findings, the kind and the UTF-16 span within the field at {@link #location()}. */
  public abstract Optional<TextSpan> span();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    if (!location().isEmpty() && !location().startsWith("/")) {
      throw new IllegalArgumentException(
          "Finding.location: must be empty or start with / (rule " + ruleId() + ")");
    }
  }

  /** Builds {@link Finding} values. */
  public static final class Builder extends ImmutableFinding.Builder {}
}
