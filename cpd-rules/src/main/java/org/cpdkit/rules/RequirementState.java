package org.cpdkit.rules;

import org.cpdkit.core.entry.Coded;

/** Where a record stands against one requirement. */
public enum RequirementState implements Coded {
  /** The requirement is met. */
  MET,
  /** The requirement is not met yet. */
  NOT_MET,
  /**
   * The practitioner is exempt from the requirement this period, though it applies to their
   * kind of registrant (new registrants who joined after the cut-off).
   */
  NOT_REQUIRED,
  /**
   * The requirement does not apply to this practitioner at all (NISCC's Professional in Practice
   * for those who finished their assessed year before 1 April 2011).
   */
  NOT_APPLICABLE,
  /** The record does not say (a declaration needed only if sampled); the person confirms it. */
  NOT_CHECKED;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static RequirementState fromCode(String code) {
    return Coded.fromCode(RequirementState.class, code);
  }
}
