package org.cpdkit.core.entry;

/** How a peer reflection or session took place. */
public enum ReflectionMode implements Coded {
  /** Face to face. */
  IN_PERSON,
  /** By video call. */
  VIDEO,
  /** By telephone. */
  PHONE,
  /** By email exchange. */
  EMAIL,
  /** In an online forum. */
  ONLINE_FORUM,
  /** In a social-media discussion that was then reflected on. */
  SOCIAL_MEDIA;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static ReflectionMode fromCode(String code) {
    return Coded.fromCode(ReflectionMode.class, code);
  }
}
