package org.cpdkit.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Where a record stands against one requirement, in plain words a person can act on: what is
 * required, what is recorded, what is missing, and the days left to the deadline as of the
 * report's date. Never holds free text from the record.
 */
@Value.Immutable
public abstract class RequirementStatus {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  RequirementStatus() {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  /** The identifier of the rule that assessed the requirement. */
  public abstract String ruleId();

  /** Where the requirement sits in a report, lowest first; ties are broken by rule id. */
  @Value.Default
  public int order() {
    return 100;
  }

  /** Where the record stands. */
  public abstract RequirementState state();

  /** What is required, such as {@code At least 2 pieces of CPD dated 1 December 2025 to 30 November 2026}. */
  public abstract String required();

  /** What is recorded, such as {@code 1 piece recorded}. */
  public abstract String recorded();

  /** What is still missing, such as {@code 1 more piece of CPD}; empty when nothing is. */
  public abstract Optional<String> missing();

  /** The figure required, where the requirement is a count (hours are counted in minutes). */
  public abstract OptionalLong target();

  /** The figure recorded, where the requirement is a count (hours are counted in minutes). */
  public abstract OptionalLong achieved();

  /** The last day to meet the requirement. */
  public abstract Optional<LocalDate> deadline();

  /** Days from the as-of date to the deadline: 0 on the day, negative once it has passed. */
  public abstract OptionalLong daysLeft();

  /** Whether nothing is left to do for this requirement. */
  public boolean isSatisfied() {
    return state() != RequirementState.NOT_MET;
  }

  /**
   * The status in one line, such as {@code At least 2 pieces of CPD …: 1 piece recorded; missing:
   * 1 more piece of CPD; 23 days to the deadline (30 November 2026)}.
   */
  public String line() {
    StringBuilder b = new StringBuilder(required()).append(": ").append(recorded());
    missing().ifPresent(m -> b.append("; missing: ").append(m));
    if (state() == RequirementState.NOT_MET && deadline().isPresent() && daysLeft().isPresent()) {
      b.append("; ").append(deadlineWords(deadline().get(), daysLeft().getAsLong()));
    }
    return b.toString();
  }

  /** Plain words for the time to a deadline: {@code 23 days to the deadline (30 November 2026)}. */
  public static String deadlineWords(LocalDate deadline, long daysLeft) {
    String day = day(deadline);
    if (daysLeft > 1) {
      return daysLeft + " days to the deadline (" + day + ")";
    } else if (daysLeft == 1) {
      return "1 day to the deadline (" + day + ")";
    } else if (daysLeft == 0) {
      return "the deadline is today (" + day + ")";
    } else if (daysLeft == -1) {
      return "the deadline passed yesterday (" + day + ")";
    }
    return "the deadline passed " + (-daysLeft) + " days ago (" + day + ")";
  }

  /** A day in plain words, such as {@code 30 November 2026}. */
  public static String day(LocalDate date) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return DAY.format(date); // signs and padding as the pattern has them
    }
    return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + year;
  }

  /**
   * The month names {@link #DAY} writes, taken from it once: a status names a day or two for every
   * portfolio checked, and the formatter was a visible part of a check's time.
   */
  private static final String[] MONTHS = new String[12];

  static {
    for (int m = 1; m <= 12; m++) {
      String day = DAY.format(LocalDate.of(2000, m, 1));
      MONTHS[m - 1] = day.substring(2, day.length() - 5);
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "RequirementStatus{" + ruleId() + ", " + state().code() + ": " + line() + "}";
  }

  /** Builds {@link RequirementStatus} values. */
  public static final class Builder extends ImmutableRequirementStatus.Builder {}
}
