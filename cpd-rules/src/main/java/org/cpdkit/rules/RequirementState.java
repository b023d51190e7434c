package org.cpdkit.rules;

import org.cpdkit.core.entry.Coded;

/** Where a record stands against one requirement. */
public enum RequirementState implements Coded {
  /** The requirement is met. */
  MET,
  /** The requirement is not met yet. */
  NOT_MET,
  /** The requirement does not apply to this practitioner in this period (for example new registrants). */
  NOT_REQUIRED,
  /** The requirement is outside what the record holds (a declaration); the person confirms it. */
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
