package org.cpdkit.core.portfolio;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * One registration period of a regulator: the days (inclusive) in which CPD counts towards the
 * next renewal, and the last day by which it must be recorded.
 */
@Value.Immutable
@org.cpdkit.core.internal.SmallValueStyle
@DomainStyle
public abstract class RegistrationPeriod {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  RegistrationPeriod() {}

  /** The first day of the period. */
  @Value.Parameter
  public abstract LocalDate start();

  /** The last day of the period (inclusive). */
  @Value.Parameter
  public abstract LocalDate end();

  /** The last day on which CPD can be recorded for this period. */
  @Value.Parameter
  public abstract LocalDate deadline();

  /** A period whose deadline is its last day. */
  public static RegistrationPeriod of(LocalDate start, LocalDate end) {
    return ImmutableRegistrationPeriod.of(start, end, end);
  }

  /** A period with its own deadline, which must not be before the start. */
  public static RegistrationPeriod of(LocalDate start, LocalDate end, LocalDate deadline) {
    return ImmutableRegistrationPeriod.of(start, end, deadline);
  }

  /** Whether the day is inside the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** Days from {@code asOf} to the deadline: 0 on the deadline itself, negative after it. */
  public long daysToDeadline(LocalDate asOf) {
    return ChronoUnit.DAYS.between(asOf, deadline());
  }

  /** The number of days in the period. */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start(), end()) + 1;
  }

  @Value.Check
  protected void check() {
    Validation.notBefore("RegistrationPeriod", "end", end(), "start", start());
    if (deadline().isBefore(start())) {
      throw new InvalidValueException("RegistrationPeriod", "deadline", "must not be before start");
    }
  }

  @Override
  public String toString() {
    return start() + "/" + end();
  }
}
