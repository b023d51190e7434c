package org.cpdkit.rules.team;

import org.cpdkit.core.entry.Coded;

/** Where one practitioner stands in a team report. */
public enum Standing implements Coded {
  /** Every requirement is met. */
  COMPLIANT,
  /** Not yet compliant, with more days to the deadline than the at-risk window. */
  ON_TRACK,
  /** Not yet compliant, and the deadline is today or within the report's at-risk window. */
  AT_RISK,
  /** Not compliant, and the deadline has passed (missed), or the period could not be worked out. */
  NON_COMPLIANT;

  /** The standing for a report's outcome. */
  public static Standing of(org.cpdkit.rules.Outcome outcome) {
    switch (outcome) {
      case COMPLIANT:
        return COMPLIANT;
      case ON_TRACK:
        return ON_TRACK;
      case AT_RISK:
        return AT_RISK;
      default:
        return NON_COMPLIANT;
    }
  }

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static Standing fromCode(String code) {
    return Coded.fromCode(Standing.class, code);
  }
}
