package org.cpdkit.rules;

import org.cpdkit.core.entry.Coded;

/**
 * Where a practitioner stands as of the day of a check, in one word: compliant; not yet
 * compliant but with time left (on track, or at risk when the deadline is close); or not
 * compliant once the deadline has passed.
 */
public enum Outcome implements Coded {
  /** Every requirement is met: no finding is an error. */
  COMPLIANT,
  /** Not yet compliant, with more days left than the at-risk window. */
  ON_TRACK,
  /** Not yet compliant, with the deadline today or within the at-risk window. */
  AT_RISK,
  /** Not compliant, and the deadline has passed (or the period could not be worked out). */
  NOT_COMPLIANT;

  /** The at-risk window a report uses unless another is given: 30 days. */
  public static final int DEFAULT_AT_RISK_DAYS = 30;

  /**
   * The outcome of a record checked as of a day.
   *
   * @param compliant whether no finding is an error
   * @param daysLeft days to the deadline (negative once passed), when there is one
   * @param atRiskDays the at-risk window in days
   */
  public static Outcome of(boolean compliant, java.util.OptionalLong daysLeft, int atRiskDays) {
    if (compliant) {
      return COMPLIANT;
    }
    if (daysLeft.isEmpty() || daysLeft.getAsLong() < 0) {
      return NOT_COMPLIANT;
    }
    return daysLeft.getAsLong() <= atRiskDays ? AT_RISK : ON_TRACK;
  }

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static Outcome fromCode(String code) {
    return Coded.fromCode(Outcome.class, code);
  }
}
