package org.cpdkit.rules.registration;

import java.util.Optional;
import org.cpdkit.core.portfolio.SignOffKind;
import org.immutables.value.Value;

/**
 * Something a regulator requires at renewal besides the CPD itself: a declaration the
 * practitioner makes (NMC's health and character declaration) or another person's sign-off (the
 * NMC confirmation, a manager's discussion of the record). Each is checked by its own rule against
 * what the portfolio records in the period: {@code registration.declaration.<id>} for a
 * declaration, {@code registration.sign-off.<id>} for a sign-off. One needed only in some cases
 * (if sampled) is not checked unless the record holds it.
 */
@Value.Immutable
@org.cpdkit.core.internal.DomainStyle
public abstract class Declaration {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  Declaration() {}

  /** Lower-kebab identifier; a declaration is met by a portfolio declaration with this id. */
  public abstract String id();

  /** What the person must do or confirm, in plain words. */
  public abstract String description();

  /** When it is needed only in some cases, those cases in a few words, such as {@code if sampled}. */
  public abstract Optional<String> onlyWhen();

  /** The kind of sign-off that meets it, when it is another person's part rather than a declaration. */
  public abstract Optional<SignOffKind> signOff();

  /** Whether the person signing off must be registered with the practitioner's regulator (NMC's reflective discussion). */
  @Value.Default
  public boolean registrantRequired() {
    return false;
  }

  /**
   * Whether the audit profile the portfolio holds meets it, when it is dated in the period (HCPC's
   * profile on request).
   */
  @Value.Default
  public boolean metByAuditProfile() {
    return false;
  }

  /** The rule id checking it. */
  public String ruleId() {
    return (signOff().isPresent() ? "registration.sign-off." : "registration.declaration.") + id();
  }

  /** A declaration the practitioner makes, required every period. */
  public static Declaration of(String id, String description) {
    return builder().id(id).description(description).build();
  }

  /** A declaration needed only in some cases, such as {@code if sampled}. */
  public static Declaration onlyWhen(String id, String description, String when) {
    return builder().id(id).description(description).onlyWhen(when).build();
  }

  /** A sign-off by another person, required every period. */
  public static Declaration signOff(String id, String description, SignOffKind kind, boolean registrantRequired) {
    return builder().id(id).description(description).signOff(kind).registrantRequired(registrantRequired).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    if (!org.cpdkit.rules.RuleDescription.isValidId(ruleId())) {
      throw new IllegalArgumentException("Declaration.id: must be lower-kebab (was " + id() + ")");
    }
  }

  /** Builds {@link Declaration} values. */
  public static final class Builder extends ImmutableDeclaration.Builder {}
}
