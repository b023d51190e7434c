package org.cpdkit.core.portfolio;

import java.time.LocalDate;
import java.util.Optional;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * Another person's part in a practitioner's record, such as a line manager's discussion of the
 * CPD record or the NMC confirmation: what it was, when, the person's role, whether they are
 * registered with the practitioner's regulator, and an opaque reference (such as their
 * registration number) instead of their name, which cpdkit never holds.
 */
@Value.Immutable
@DomainStyle
public abstract class SignOff implements WithSignOff {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  SignOff() {}

  /** What the sign-off is. */
  public abstract SignOffKind kind();

  /** When it took place. */
  public abstract LocalDate date();

  /** The person's role, such as {@code team manager}; never a name. */
  public abstract String role();

  /** Whether the person is registered with the practitioner's regulator (NMC asks this), when known. */
  public abstract Optional<Boolean> registrant();

  /** An opaque reference to the person or the signed form, such as a registration number; never a name. */
  public abstract Optional<String> reference();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Validation.label("SignOff", "role", role());
    reference().ifPresent(r -> Validation.id("SignOff", "reference", r));
    Validation.year("SignOff", "date", date());
  }

  /** Builds {@link SignOff} values. */
  public static final class Builder extends ImmutableSignOff.Builder {}
}
