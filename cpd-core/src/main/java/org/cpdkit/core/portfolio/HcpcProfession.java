package org.cpdkit.core.portfolio;

import java.time.LocalDate;
import java.time.MonthDay;
import org.cpdkit.core.entry.Coded;

/**
 * A profession the Health and Care Professions Council registers, with its fixed renewal window:
 * each profession renews every two years in the same months, whatever each registrant's own
 * registration date (as the HCPC's renewal dates page lists them, read December 2026).
 */
public enum HcpcProfession implements Coded {
  /** Arts therapists: 1 March to 31 May, even years. */
  ARTS_THERAPISTS(MonthDay.of(3, 1), MonthDay.of(5, 31), true),
  /** Biomedical scientists: 1 September to 30 November, odd years. */
  BIOMEDICAL_SCIENTISTS(MonthDay.of(9, 1), MonthDay.of(11, 30), false),
  /** Chiropodists and podiatrists: 1 May to 31 July, even years. */
  CHIROPODISTS_PODIATRISTS(MonthDay.of(5, 1), MonthDay.of(7, 31), true),
  /** Clinical scientists: 1 July to 30 September, odd years. */
  CLINICAL_SCIENTISTS(MonthDay.of(7, 1), MonthDay.of(9, 30), false),
  /** Dietitians: 1 April to 30 June, even years. */
  DIETITIANS(MonthDay.of(4, 1), MonthDay.of(6, 30), true),
  /** Hearing aid dispensers: 1 May to 31 July, even years. */
  HEARING_AID_DISPENSERS(MonthDay.of(5, 1), MonthDay.of(7, 31), true),
  /** Occupational therapists: 1 August to 31 October, odd years. */
  OCCUPATIONAL_THERAPISTS(MonthDay.of(8, 1), MonthDay.of(10, 31), false),
  /** Operating department practitioners: 1 September to 30 November, even years. */
  OPERATING_DEPARTMENT_PRACTITIONERS(MonthDay.of(9, 1), MonthDay.of(11, 30), true),
  /** Orthoptists: 1 June to 31 August, odd years. */
  ORTHOPTISTS(MonthDay.of(6, 1), MonthDay.of(8, 31), false),
  /** Paramedics: 1 June to 31 August, odd years. */
  PARAMEDICS(MonthDay.of(6, 1), MonthDay.of(8, 31), false),
  /** Physiotherapists: 1 February to 30 April, even years. */
  PHYSIOTHERAPISTS(MonthDay.of(2, 1), MonthDay.of(4, 30), true),
  /** Practitioner psychologists: 1 March to 31 May, odd years. */
  PRACTITIONER_PSYCHOLOGISTS(MonthDay.of(3, 1), MonthDay.of(5, 31), false),
  /** Prosthetists and orthotists: 1 July to 30 September, odd years. */
  PROSTHETISTS_ORTHOTISTS(MonthDay.of(7, 1), MonthDay.of(9, 30), false),
  /** Radiographers: 1 December of an odd year to 28 February of the next, even, year. */
  RADIOGRAPHERS(MonthDay.of(12, 1), MonthDay.of(2, 28), true),
  /** Speech and language therapists: 1 July to 30 September, odd years. */
  SPEECH_AND_LANGUAGE_THERAPISTS(MonthDay.of(7, 1), MonthDay.of(9, 30), false);

  private final MonthDay opens;
  private final MonthDay deadline;
  private final boolean evenYears;

  HcpcProfession(MonthDay opens, MonthDay deadline, boolean evenYears) {
    this.opens = opens;
    this.deadline = deadline;
    this.evenYears = evenYears;
  }

  /** The first renewal deadline on or after this day. */
  public LocalDate nextDeadline(LocalDate day) {
    int year = day.getYear();
    LocalDate d = deadline.atYear(year);
    while (d.isBefore(day) || (year % 2 == 0) != evenYears) {
      year++;
      d = deadline.atYear(year);
    }
    return d;
  }

  /** The day the renewal window ending on this deadline opens. */
  public LocalDate windowOpens(LocalDate deadline) {
    LocalDate open = opens.atYear(deadline.getYear());
    return open.isAfter(deadline) ? open.minusYears(1) : open;
  }

  /**
   * The two-year registration period containing the day: from the day after one renewal deadline
   * to the next, which is also its deadline.
   */
  public RegistrationPeriod periodContaining(LocalDate day) {
    LocalDate end = nextDeadline(day);
    return RegistrationPeriod.of(end.minusYears(2).plusDays(1), end, end);
  }

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static HcpcProfession fromCode(String code) {
    return Coded.fromCode(HcpcProfession.class, code);
  }
}
