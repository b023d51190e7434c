package org.cpdkit.core.portfolio;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * A registered professional who records CPD, identified by their registration number with a
 * regulator. cpdkit deliberately holds no name.
 */
@Value.Immutable
@DomainStyle
public abstract class Practitioner implements WithPractitioner, Extensible {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  Practitioner() {}

  /** The registration number the regulator issued, such as {@code SW123456}. */
  public abstract String registrationNumber();

  /** The regulator the practitioner is registered with. */
  public abstract Regulator regulator();

  /**
   * When the practitioner first registered. It anchors the personal cycle of regulators without a
   * fixed calendar, and tells who joined too late in a year to have to record CPD for it.
   */
  public abstract Optional<LocalDate> registeredOn();

  /**
   * When the practitioner completed their assessed year in employment (NISCC): it decides whether
   * the Professional in Practice requirement applies.
   */
  public abstract Optional<LocalDate> assessedYearCompletedOn();

  /**
   * The HCPC profession, for HCPC registrants: each renews in its own fixed window, so it decides
   * the registration period rather than the registration date.
   */
  public abstract Optional<HcpcProfession> hcpcProfession();

  @Override
  public abstract Map<String, String> extensions();

  /** The registration period that contains {@code date} for this practitioner. */
  public RegistrationPeriod periodContaining(LocalDate date) {
    return registeredOn().map(r -> regulator().periodContaining(date, r)).orElseGet(() -> regulator().periodContaining(date));
  }

  /** A practitioner from a registration number and regulator. */
  public static Practitioner of(String registrationNumber, Regulator regulator) {
    return builder().registrationNumber(registrationNumber).regulator(regulator).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Validation.registrationNumber("Practitioner", "registrationNumber", registrationNumber());
    Validation.extensions("Practitioner", extensions());
    registeredOn().ifPresent(d -> Validation.year("Practitioner", "registeredOn", d));
    assessedYearCompletedOn().ifPresent(d -> Validation.year("Practitioner", "assessedYearCompletedOn", d));
  }

  /** Builds {@link Practitioner} values. */
  public static final class Builder extends ImmutablePractitioner.Builder {}
}
