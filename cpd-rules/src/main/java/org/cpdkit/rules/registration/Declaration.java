package org.cpdkit.rules.registration;

import org.immutables.value.Value;

/**
 * Something a regulator requires at renewal that a CPD record does not hold, such as NMC's health
 * and character declaration; reports list it as not checked, for the person to confirm.
 */
@Value.Immutable
@org.cpdkit.core.internal.SmallValueStyle
public abstract class Declaration {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  Declaration() {}

  /** Lower-kebab identifier. */
  @Value.Parameter
  public abstract String id();

  /** What the person must do or confirm, in plain words. */
  @Value.Parameter
  public abstract String description();

  /** A declaration from its id and description. */
  public static Declaration of(String id, String description) {
    return ImmutableDeclaration.of(id, description);
  }
}
