package org.cpdkit.core.portfolio;

import org.cpdkit.core.entry.Coded;

/** Why a registrant's CPD was chosen for the regulator's review. */
public enum ReviewSample implements Coded {
  /** Chosen at random after the deadline (Social Work England: normally 2.5 % of registrants). */
  RANDOM,
  /** Reviewed again because the previous review gave feedback. */
  FOLLOW_UP;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static ReviewSample fromCode(String code) {
    return Coded.fromCode(ReviewSample.class, code);
  }
}
