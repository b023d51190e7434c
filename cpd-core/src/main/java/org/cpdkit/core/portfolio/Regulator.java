package org.cpdkit.core.portfolio;

import java.time.LocalDate;
import java.time.MonthDay;
import org.cpdkit.core.entry.Coded;

/**
 * A professional regulator whose registrants record CPD, with the calendar of its registration
 * periods. Social Work England's year is fixed (1 December to 30 November); the others follow each
 * registrant's own cycle from the date they registered.
 */
public enum Regulator implements Coded {
  /** Social Work England: a fixed year, 1 December to 30 November. */
  SOCIAL_WORK_ENGLAND("Social Work England", "England", MonthDay.of(12, 1), 1, 0),
  /** Scottish Social Services Council: an annual declaration on the registrant's own cycle. */
  SOCIAL_SERVICES_COUNCIL_SCOTLAND("Scottish Social Services Council", "Scotland", null, 1, 0),
  /** Social Care Wales: registration of up to 3 years; renewal applied for 21 days before the date. */
  SOCIAL_CARE_WALES("Social Care Wales", "Wales", null, 3, 21),
  /** Northern Ireland Social Care Council: 3-year registration. */
  SOCIAL_CARE_COUNCIL_NORTHERN_IRELAND(
      "Northern Ireland Social Care Council", "Northern Ireland", null, 3, 0),
  /** Health and Care Professions Council: 2-year renewal. */
  HCPC("Health and Care Professions Council", "United Kingdom", null, 2, 0),
  /** Nursing and Midwifery Council: revalidation every 3 years. */
  NMC("Nursing and Midwifery Council", "United Kingdom", null, 3, 0);

  private final String title;
  private final String jurisdiction;
  private final MonthDay fixedYearStart;
  private final int periodYears;
  private final int deadlineDaysBeforeEnd;

  Regulator(
      String title,
      String jurisdiction,
      MonthDay fixedYearStart,
      int periodYears,
      int deadlineDaysBeforeEnd) {
    this.title = title;
    this.jurisdiction = jurisdiction;
    this.fixedYearStart = fixedYearStart;
    this.periodYears = periodYears;
    this.deadlineDaysBeforeEnd = deadlineDaysBeforeEnd;
  }

  /** The regulator's name. */
  public String title() {
    return title;
  }

  /** Where it regulates. */
  public String jurisdiction() {
    return jurisdiction;
  }

  /** The length of one registration period, in years. */
  public int periodYears() {
    return periodYears;
  }

  /** Whether every registrant shares the same period (true for Social Work England). */
  public boolean hasFixedCalendar() {
    return fixedYearStart != null;
  }

  /**
   * The registration period that contains {@code date}, for a regulator whose registrants share
   * one calendar ({@link #hasFixedCalendar()}).
   *
   * @throws IllegalArgumentException if the regulator's periods follow each registrant's own
   *     cycle; use {@link #periodContaining(LocalDate, LocalDate)} or {@link
   *     Practitioner#periodContaining(LocalDate)}
   */
  public RegistrationPeriod periodContaining(LocalDate date) {
    if (fixedYearStart == null) {
      throw new IllegalArgumentException(
          "Regulator "
              + code()
              + ": periods follow each registrant's own cycle, so the practitioner's registeredOn date is needed");
    }
    LocalDate start = fixedYearStart.atYear(date.getYear());
    if (start.isAfter(date)) {
      start = start.minusYears(1);
    }
    return period(start);
  }

  /**
   * The registration period that contains {@code date} for someone who registered on {@code
   * registeredOn}. For a regulator with one calendar the registration day does not matter.
   *
   * @throws IllegalArgumentException if the periods follow the registrant's own cycle and {@code
   *     date} is before {@code registeredOn}
   */
  public RegistrationPeriod periodContaining(LocalDate date, LocalDate registeredOn) {
    if (fixedYearStart != null) {
      return periodContaining(date);
    }
    LocalDate anchor = registeredOn;
    if (date.isBefore(anchor)) {
      throw new IllegalArgumentException(
          "Regulator " + code() + ": date " + date + " is before the registration date " + anchor);
    }
    // Every boundary is counted from the anchor, never from the previous start, so that a
    // registration on 29 February gives periods that abut and never drift to 28 February.
    long cycle = (date.getYear() - anchor.getYear()) / periodYears;
    while (cycle > 0 && anchor.plusYears(cycle * periodYears).isAfter(date)) {
      cycle--;
    }
    while (!anchor.plusYears((cycle + 1) * periodYears).isAfter(date)) {
      cycle++;
    }
    LocalDate start = anchor.plusYears(cycle * periodYears);
    LocalDate end = anchor.plusYears((cycle + 1) * periodYears).minusDays(1);
    return RegistrationPeriod.of(start, end, end.minusDays(deadlineDaysBeforeEnd));
  }

  /** The period that starts on {@code start}, with this regulator's length and deadline. */
  public RegistrationPeriod period(LocalDate start) {
    LocalDate end = start.plusYears(periodYears).minusDays(1);
    return RegistrationPeriod.of(start, end, end.minusDays(deadlineDaysBeforeEnd));
  }

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static Regulator fromCode(String code) {
    return Coded.fromCode(Regulator.class, code);
  }
}
