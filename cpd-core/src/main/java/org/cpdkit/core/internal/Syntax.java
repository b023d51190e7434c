package org.cpdkit.core.internal;

import org.cpdkit.core.Limits;

/**
 * Not API: recognisers of the identifiers and codes whose forms {@link Limits} gives as regular
 * expressions. Each accepts exactly the strings its expression's {@code matches()} accepts (no
 * flags: ASCII classes, the whole string), by one pass over the characters instead of a matcher,
 * since every value read is checked. A string outside the language is rejected at its first
 * wrong character, so the work is bounded by the form's longest value.
 */
public final class Syntax {
  private static final int MAX_STANDARD_CODE_PART = 10;
  private static final int MAX_STANDARD_CODE_SEPARATORS = 4;
  private static final int MAX_REGISTRATION_NUMBER_LENGTH = 32;
  private static final int MAX_CODE_PART = 20;
  private static final int MAX_CODE_SEPARATORS = 7;
  private static final int MIN_EXTENSION_KEY_LENGTH = 3;
  private static final int MAX_EXTENSION_KEY_LENGTH = 102;
  private static final int MAX_MEDIA_TYPE_NAME = 127;
  private static final int SHA256_LENGTH = 64;

  private Syntax() {}

  /** Whether the text matches {@link Limits#ID_REGEX}. */
  public static boolean isId(String s) {
    return alnumThen(s, Limits.MAX_ID_LENGTH, "._:-");
  }

  /** Whether the text matches {@link Limits#STANDARD_CODE_REGEX}. */
  public static boolean isStandardCode(String s) {
    int run = 0;
    int separators = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (isAlnum(c)) {
        if (++run > MAX_STANDARD_CODE_PART) {
          return false;
        }
      } else if ((c == '.' || c == '-') && run > 0 && separators < MAX_STANDARD_CODE_SEPARATORS) {
        separators++;
        run = 0;
      } else {
        return false;
      }
    }
    return run > 0;
  }

  /** Whether the text matches {@link Limits#REGISTRATION_NUMBER_REGEX}. */
  public static boolean isRegistrationNumber(String s) {
    return alnumThen(s, MAX_REGISTRATION_NUMBER_LENGTH, " /-");
  }

  /**
   * Whether the text is 1 to {@code max} characters, an ASCII letter or digit first, then ASCII
   * letters, digits or any of {@code others}.
   */
  private static boolean alnumThen(String s, int max, String others) {
    int n = s.length();
    if (n == 0 || n > max || !isAlnum(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (!isAlnum(c) && others.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text matches {@link Limits#CODE_REGEX}. */
  public static boolean isCode(String s) {
    int run = 0;
    int separators = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (isLowerAlnum(c)) {
        if (++run > MAX_CODE_PART) {
          return false;
        }
      } else if (c == '-' && run > 0 && separators < MAX_CODE_SEPARATORS) {
        separators++;
        run = 0;
      } else {
        return false;
      }
    }
    return run > 0;
  }

  /** Whether the text matches {@link Limits#EXTENSION_KEY_REGEX}. */
  public static boolean isExtensionKey(String s) {
    int n = s.length();
    if (n < MIN_EXTENSION_KEY_LENGTH || n > MAX_EXTENSION_KEY_LENGTH
        || s.charAt(0) != 'x' || s.charAt(1) != '-') {
      return false;
    }
    for (int i = 2; i < n; i++) {
      char c = s.charAt(i);
      if (!isAlnum(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** Whether the text matches {@link Limits#MEDIA_TYPE_REGEX}: two names joined by one {@code /}. */
  public static boolean isMediaType(String s) {
    int slash = s.indexOf('/');
    return slash >= 0 && isMediaTypeName(s, 0, slash) && isMediaTypeName(s, slash + 1, s.length());
  }

  /** A type or subtype: a lower-case letter or digit, then up to 126 of those or {@code !#$&^_.+-}. */
  private static boolean isMediaTypeName(String s, int from, int to) {
    if (from == to || to - from > MAX_MEDIA_TYPE_NAME || !isLowerAlnum(s.charAt(from))) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      char c = s.charAt(i);
      if (!isLowerAlnum(c)) {
        switch (c) {
          case '!', '#', '$', '&', '^', '_', '.', '+', '-':
            break;
          default:
            return false;
        }
      }
    }
    return true;
  }

  /** Whether the text matches {@link Limits#SHA256_REGEX}: 64 lower-case hexadecimal digits. */
  public static boolean isSha256(String s) {
    if (s.length() != SHA256_LENGTH) {
      return false;
    }
    for (int i = 0; i < SHA256_LENGTH; i++) {
      char c = s.charAt(i);
      if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isLowerAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
