package org.cpdkit.core;

import java.time.Duration;

/**
 * The structural limits shared by the domain types' checks and by the published JSON Schema, so
 * the two cannot drift apart.
 */
public final class Limits {
  /** Longest free-text field (a reflection, notes), in UTF-16 code units. */
  public static final int MAX_TEXT_LENGTH = 50_000;

  /** Longest peer-reflection prompt, in UTF-16 code units. */
  public static final int MAX_PROMPT_LENGTH = 2_000;

  /** Longest short label (a title, a role, a tag), in UTF-16 code units. */
  public static final int MAX_LABEL_LENGTH = 300;

  /** Longest identifier, in characters. */
  public static final int MAX_ID_LENGTH = 128;

  /** Identifiers: opaque, ASCII letters, digits and {@code . _ : -}, starting with a letter or digit. */
  public static final String ID_REGEX = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}";

  /** Standard codes: dot- or dash-separated alphanumeric parts, such as {@code 4.5} or {@code PCF-1}. */
  public static final String STANDARD_CODE_REGEX = "[A-Za-z0-9]{1,10}([.-][A-Za-z0-9]{1,10}){0,4}";

  /** Registration numbers as regulators issue them, such as {@code SW123456}. */
  public static final String REGISTRATION_NUMBER_REGEX = "[A-Za-z0-9][A-Za-z0-9 /-]{0,31}";

  /** Codes naming declarations and other regulator items: lower-kebab, such as {@code health-and-character}. */
  public static final String CODE_REGEX = "[a-z0-9]{1,20}(-[a-z0-9]{1,20}){0,7}";

  /** Extension property names: {@code x-} followed by at least one character. */
  public static final String EXTENSION_KEY_REGEX = "x-[A-Za-z0-9._-]{1,100}";

  /** Longest single activity or session: anything longer is a mistake in units. */
  public static final Duration MAX_ACTIVITY_DURATION = Duration.ofDays(366);

  /**
   * Media types of evidence attachments, as RFC 6838 names them: {@code type/subtype}, such as
   * {@code application/pdf}, without parameters.
   */
  public static final String MEDIA_TYPE_REGEX =
      "[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}";

  /** Largest attachment size in bytes: the largest integer every JSON reader holds exactly (2^53 - 1). */
  public static final long MAX_ATTACHMENT_SIZE = 9_007_199_254_740_991L;

  /** A SHA-256 digest in lower-case hexadecimal: 64 characters. */
  public static final String SHA256_REGEX = "[0-9a-f]{64}";

  private Limits() {}
}
