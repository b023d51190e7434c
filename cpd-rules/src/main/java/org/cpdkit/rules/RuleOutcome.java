package org.cpdkit.rules;

import org.immutables.value.Value;

/**
 * How one rule of a rule set took part in a check: its severity after overrides, whether it ran
 * or was disabled, and how many findings it reported. Disabled rules stay visible this way.
 */
@Value.Immutable
@org.cpdkit.core.internal.SmallValueStyle
public abstract class RuleOutcome {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  RuleOutcome() {}

  /** The rule's identifier. */
  @Value.Parameter
  public abstract String ruleId();

  /** The severity its findings were given. */
  @Value.Parameter
  public abstract Severity severity();

  /** Whether the rule ran; false when it was disabled for this use. */
  @Value.Parameter
  public abstract boolean enabled();

  /** How many findings it reported (0 when disabled). */
  @Value.Parameter
  public abstract int findings();

  /** Whether the rule threw instead of finishing; its failure is reported as an ERROR finding. */
  @Value.Parameter
  public abstract boolean failed();

  /** An outcome from its parts. */
  public static RuleOutcome of(String ruleId, Severity severity, boolean enabled, int findings, boolean failed) {
    return ImmutableRuleOutcome.of(ruleId, severity, enabled, findings, failed);
  }
}
