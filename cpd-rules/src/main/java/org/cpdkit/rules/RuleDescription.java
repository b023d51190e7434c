package org.cpdkit.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What a rule is: its stable identifier, default severity, one-line summary, why it exists, and
 * for regulator rules the published source it encodes.
 */
@Value.Immutable
public abstract class RuleDescription {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  RuleDescription() {}

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  /**
   * The stable identifier, dotted lower-kebab such as {@code registration.minimum-entries}; never
   * reused for another meaning.
   */
  public abstract String id();

  /** The severity of its findings unless a checker overrides it. */
  public abstract Severity defaultSeverity();

  /** What the rule checks, in one line. */
  public abstract String summary();

  /** Why the rule exists. */
  public abstract String rationale();

  /** The published requirement the rule encodes, for regulator rules. */
  public abstract Optional<Source> source();

  /** A description without a source. */
  public static RuleDescription of(String id, Severity severity, String summary, String rationale) {
    return ImmutableRuleDescription.builder()
        .id(id)
        .defaultSeverity(severity)
        .summary(summary)
        .rationale(rationale)
        .build();
  }

  /** A description of a regulator rule with its source. */
  public static RuleDescription of(
      String id, Severity severity, String summary, String rationale, Source source) {
    return ImmutableRuleDescription.builder()
        .id(id)
        .defaultSeverity(severity)
        .summary(summary)
        .rationale(rationale)
        .source(source)
        .build();
  }

  /** Whether the text is a well-formed rule identifier: dotted lower-kebab with at least one dot. */
  public static boolean isValidId(String id) {
    return ID.matcher(id).matches();
  }

  @Value.Check
  protected void check() {
    if (!isValidId(id())) {
      throw new IllegalArgumentException(
          "RuleDescription.id: must be dotted lower-kebab such as registration.minimum-entries (was " + id() + ")");
    }
    if (summary().isBlank()) {
      throw new IllegalArgumentException("RuleDescription.summary: must not be blank (rule " + id() + ")");
    }
  }
}
