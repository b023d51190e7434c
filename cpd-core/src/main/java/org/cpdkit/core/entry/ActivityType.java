package org.cpdkit.core.entry;

/** What kind of learning activity a CPD entry records. CPD is about impact, not delivery. */
public enum ActivityType implements Coded {
  /** A course or training day. */
  COURSE,
  /** An e-learning or online module. */
  E_LEARNING,
  /** Reading research, a practice guide or a court judgment. */
  READING,
  /** A conference, seminar or workshop. */
  CONFERENCE,
  /** One-to-one supervision. */
  SUPERVISION,
  /** Group supervision. */
  GROUP_SUPERVISION,
  /** A reflective discussion with one or more peers. */
  PEER_REFLECTION,
  /** Feedback from people with lived experience of the practitioner's work. */
  FEEDBACK,
  /** Shadowing or observing another practitioner. */
  SHADOWING,
  /** Teaching, training others or presenting. */
  TEACHING,
  /** A community of practice or an action learning set. */
  COMMUNITY_OF_PRACTICE,
  /** A practice learning circle. */
  PRACTICE_LEARNING_CIRCLE,
  /** Discussion in an online forum or on social media. */
  ONLINE_DISCUSSION,
  /** Writing or reading a blog or podcast. */
  BLOG_OR_PODCAST,
  /** A team learning toolkit (individual module and case study). */
  TEAM_TOOLKIT,
  /** Anything else; the entry's activity description says what. */
  OTHER;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static ActivityType fromCode(String code) {
    return Coded.fromCode(ActivityType.class, code);
  }
}
