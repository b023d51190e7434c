package org.cpdkit.core.portfolio;

import java.time.LocalDate;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * A declaration the practitioner has made to their regulator, such as NMC's health and character
 * declaration, by its lower-kebab id (the id a rule pack's declaration requirement uses) and the
 * day it was made.
 */
@Value.Immutable(builder = false, copy = false)
@DomainStyle
public abstract class Declaration {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  Declaration() {}

  /** The declaration's id, such as {@code health-and-character}. */
  @Value.Parameter
  public abstract String id();

  /** The day it was made. */
  @Value.Parameter
  public abstract LocalDate date();

  /** A declaration from its id and day. */
  public static Declaration of(String id, LocalDate date) {
    return ImmutableDeclaration.of(id, date);
  }

  @Value.Check
  protected void check() {
    Validation.code("Declaration", "id", id());
    Validation.year("Declaration", "date", date());
  }
}
