package org.cpdkit.core.portfolio;

import org.cpdkit.core.entry.Coded;

/** What another person's sign-off of a practitioner's record is. */
public enum SignOffKind implements Coded {
  /** NMC: the reflective discussion of the written reflective accounts with another registrant. */
  REFLECTIVE_DISCUSSION,
  /** NMC: confirmation by an appropriate confirmer that the revalidation requirements are met. */
  CONFIRMATION,
  /** A discussion of the CPD record with the line manager (Social Care Wales). */
  MANAGER_DISCUSSION,
  /** The employer's verification of the learning recorded (SSSC, when sampled). */
  EMPLOYER_VERIFICATION,
  /** An endorsement of the learning by a supervisor or manager. */
  ENDORSEMENT;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static SignOffKind fromCode(String code) {
    return Coded.fromCode(SignOffKind.class, code);
  }
}
