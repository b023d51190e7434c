package org.cpdkit.rules.registration;

import org.cpdkit.core.entry.Coded;

/** Why an entry of a portfolio does not count towards a period's requirements. */
public enum Exclusion implements Coded {
  /** Completed outside the period. */
  OUTSIDE_PERIOD,
  /** Still a draft. */
  DRAFT,
  /** Dated after the day of the check. */
  FUTURE,
  /**
   * Missing what was done, what was learned or the impact on practice, which the regulator's form
   * requires of every piece; the entry's content rules say which.
   */
  INCOMPLETE,
  /** Identical to another piece, which is counted instead. */
  DUPLICATE,
  /** Already used for an earlier renewal, as the recording system knows, whatever its date says. */
  REUSED,
  /** Submitted without saying what kind of activity it was. */
  NO_ACTIVITY_TYPE;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static Exclusion fromCode(String code) {
    return Coded.fromCode(Exclusion.class, code);
  }
}
