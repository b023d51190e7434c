package org.cpdkit.core.portfolio;

import org.cpdkit.core.entry.Coded;

/** Why a practitioner was away from practice for a while. */
public enum AbsenceReason implements Coded {
  /** Parental leave (maternity, paternity, adoption, shared). */
  PARENTAL_LEAVE,
  /** Sickness. */
  SICKNESS,
  /** A career break or sabbatical. */
  CAREER_BREAK,
  /** Not practising for another reason. */
  NOT_PRACTISING,
  /** Another reason. */
  OTHER;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static AbsenceReason fromCode(String code) {
    return Coded.fromCode(AbsenceReason.class, code);
  }
}
