package org.cpdkit.core.session;

import org.cpdkit.core.entry.Coded;

/** The kind of peer-reflection session. */
public enum SessionFormat implements Coded {
  /** Peers discussing learning together, one-to-one or in a group. */
  PEER_DISCUSSION,
  /** Supervision of a group by a supervisor or manager. */
  GROUP_SUPERVISION,
  /** A facilitated session that starts from what works well. */
  PRACTICE_LEARNING_CIRCLE,
  /** The case-study discussion (L2) of a team learning toolkit. */
  TOOLKIT_CASE_STUDY,
  /** A community of practice or action learning set meeting. */
  COMMUNITY_OF_PRACTICE;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static SessionFormat fromCode(String code) {
    return Coded.fromCode(SessionFormat.class, code);
  }
}
