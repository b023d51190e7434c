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
 * registration number) instead of their name, which cpdkit never holds. A sign-off endorses the
 * record as a whole (the year), or a single piece when it names the entry.
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

  /**
   * The id of the entry the sign-off endorses, when it is about one piece of CPD; empty when it is
   * about the record as a whole (the year). The portfolio holding it checks that the entry exists.
   */
  public abstract Optional<String> entry();

  /** Whether the sign-off endorses a single piece rather than the record as a whole. */
  public boolean isForEntry() {
    return entry().isPresent();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Validation.label("SignOff", "role", role());
    reference().ifPresent(r -> Validation.id("SignOff", "reference", r));
    entry().ifPresent(e -> Validation.id("SignOff", "entry", e));
    Validation.year("SignOff", "date", date());
  }

  /** Builds {@link SignOff} values. */
  public static final class Builder extends ImmutableSignOff.Builder {}
}
