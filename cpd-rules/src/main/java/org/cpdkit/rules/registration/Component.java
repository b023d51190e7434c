package org.cpdkit.rules.registration;

import org.cpdkit.rules.RuleDescription;
import org.cpdkit.rules.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A kind of learning a regulator requires in each period, recognised by a tag on the entries
 * that evidence it, such as Scotland's mandatory trauma-awareness learning (tag {@code
 * trauma-awareness}). Each component is checked by its own rule, {@code
 * registration.component.<id>}.
 */
@Value.Immutable
public abstract class Component implements WithComponent {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  Component() {}

  /** Lower-kebab identifier, the last part of the rule id. */
  public abstract String id();

  /** What is required, in plain words, such as {@code Trauma-awareness learning}. */
  public abstract String description();

  /** The tag an entry carries when it evidences this component. */
  public abstract String tag();

  /** How many submitted entries in the period must carry the tag. */
  @Value.Default
  public int minimum() {
    return 1;
  }

  /** The severity when the component is missing: WARNING where the requirement is conditional or unconfirmed. */
  @Value.Default
  public Severity severity() {
    return Severity.ERROR;
  }

  /**
   * The component does not apply to a practitioner who completed their assessed year in
   * employment before this day (NISCC's Professional in Practice: 1 April 2011).
   */
  public abstract Optional<java.time.LocalDate> notApplicableIfAssessedYearBefore();

  /** The rule id checking this component. */
  public String ruleId() {
    return "registration.component." + id();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    if (!RuleDescription.isValidId(ruleId())) {
      throw new IllegalArgumentException("Component.id: must be lower-kebab (was " + id() + ")");
    }
    if (minimum() < 1) {
      throw new IllegalArgumentException("Component.minimum: must be at least 1 (component " + id() + ")");
    }
  }

  /** Builds {@link Component} values. */
  public static final class Builder extends ImmutableComponent.Builder {}
}
