package org.cpdkit.core.entry;

/** Whether an entry is still being written or has been submitted as a piece of CPD. */
public enum EntryStatus implements Coded {
  /** Still being written; regulators do not count drafts. */
  DRAFT,
  /** Submitted as a piece of CPD. */
  SUBMITTED;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static EntryStatus fromCode(String code) {
    return Coded.fromCode(EntryStatus.class, code);
  }
}
