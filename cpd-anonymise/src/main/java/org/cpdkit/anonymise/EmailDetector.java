package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Tokens.isDigit;
import static org.cpdkit.anonymise.Tokens.isLetter;

/**
 * Finds e-mail addresses ({@code j.smith@example.org}): a local part, an {@code @} and a domain
 * with at least one dot and a top-level domain of letters.
 */
final class EmailDetector extends KindDetector {

  EmailDetector() {
    super(IdentifierKind.EMAIL);
  }

  private static boolean localChar(char ch) {
    return isLetter(ch)
        || isDigit(ch)
        || ch == '.'
        || ch == '_'
        || ch == '%'
        || ch == '+'
        || ch == '-';
  }

  /**
   * Claims the e-mail address around the {@code @} at offset {@code at}.
   *
   * @return true when the {@code @} has a local part before it (an address or nothing), false when
   *     it may start a social handle
   */
  boolean at(StructuredPass p, int at) {
    char[] c = p.c;
    int left = at - 1;
    int floor = Math.max(p.lastAt, p.claimedUntil - 1);
    p.lastAt = at;
    while (left > floor && localChar(c[left])) {
      left--;
    }
    int ls = left + 1;
    while (ls < at && (c[ls] == '.' || c[ls] == '-')) {
      ls++;
    }
    if (ls >= at) {
      return false;
    }
    int de = domainEnd(p, at + 1);
    if (de > 0) {
      p.claim(IdentifierKind.EMAIL, ls, de, 0.99, "email-structure");
    }
    return true;
  }

  /** The end of a domain name starting at i (labels, at least one dot, letter TLD), or -1. */
  static int domainEnd(StructuredPass p, int i) {
    char[] c = p.c;
    int n = p.n;
    int dots = 0;
    int labelStart = i;
    int j = i;
    while (j < n) {
      char ch = c[j];
      if (isLetter(ch) || isDigit(ch) || ch == '-') {
        j++;
        continue;
      }
      if (ch == '.' && j > labelStart && j + 1 < n && (isLetter(c[j + 1]) || isDigit(c[j + 1]))) {
        dots++;
        j++;
        labelStart = j;
        continue;
      }
      break;
    }
    if (dots == 0 || j - labelStart < 2) {
      return -1;
    }
    for (int q = labelStart; q < j; q++) {
      if (!isLetter(c[q])) {
        return -1;
      }
    }
    return j;
  }
}
