package org.cpdkit.rules.registration;

import org.immutables.value.Value;

/**
 * Something a regulator requires at renewal besides the CPD itself, such as NMC's health and
 * character declaration; each is checked by its own rule, {@code registration.declaration.<id>},
 * against the declarations the portfolio records.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Declaration {

  /** Lower-kebab identifier. */
  @Value.Parameter
  public abstract String id();

  /** What the person must do or confirm, in plain words. */
  @Value.Parameter
  public abstract String description();

  /** The rule id checking this declaration: {@code registration.declaration.<id>}. */
  public String ruleId() {
    return "registration.declaration." + id();
  }

  /** A declaration from its id and description. */
  public static Declaration of(String id, String description) {
    return ImmutableDeclaration.of(id, description);
  }

  @Value.Check
  protected void check() {
    if (!org.cpdkit.rules.RuleDescription.isValidId(ruleId())) {
      throw new IllegalArgumentException("Declaration.id: must be lower-kebab (was " + id() + ")");
    }
  }
}
