package org.cpdkit.core.session;

import org.cpdkit.core.entry.Coded;

/** Whether something one participant said to another is about current or future practice. */
public enum FeedbackKind implements Coded {
  /** Feedback: on the receiver's current practice. */
  FEEDBACK,
  /** Feedforward: on the receiver's future practice. */
  FEEDFORWARD;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static FeedbackKind fromCode(String code) {
    return Coded.fromCode(FeedbackKind.class, code);
  }
}
