package org.cpdkit.rules.team;

import org.cpdkit.core.entry.Coded;

/** Where one practitioner stands in a team report. */
public enum Standing implements Coded {
  /** Every requirement is met. */
  COMPLIANT,
  /** Not yet compliant, and the deadline is within the report's at-risk window. */
  AT_RISK,
  /** Not compliant, with the deadline further away or already passed. */
  NON_COMPLIANT;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static Standing fromCode(String code) {
    return Coded.fromCode(Standing.class, code);
  }
}
