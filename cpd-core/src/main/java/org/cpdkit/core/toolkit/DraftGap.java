package org.cpdkit.core.toolkit;

import org.cpdkit.core.entry.Coded;

/** Something a toolkit run's record lacks, so that a draft reflection could not be made or is incomplete. */
public enum DraftGap implements Coded {
  /** The participant has not completed the individual module, so there is no module reflection to draft. */
  MODULE_NOT_COMPLETED("the individual module (L1) has not been completed"),
  /** The module was completed but the time it took was not recorded, so the draft has no time spent. */
  MODULE_TIME_NOT_RECORDED("the time the individual module (L1) took was not recorded"),
  /** The participant did not attend the case study, so there is no case-study reflection to draft. */
  CASE_STUDY_NOT_ATTENDED("the case study (L2) was not attended"),
  /** The case study's duration was not recorded, so the draft has no time spent. */
  CASE_STUDY_DURATION_NOT_RECORDED("the duration of the case study (L2) was not recorded");

  private final String description;

  DraftGap(String description) {
    this.description = description;
  }

  /** What is missing, in words for a person. */
  public String description() {
    return description;
  }

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static DraftGap fromCode(String code) {
    return Coded.fromCode(DraftGap.class, code);
  }
}
