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

  /**
   * Claims an address written so that machines do not read it: {@code j.smith [at] example.org},
   * {@code j.smith(at)example.org}, {@code j.smith [at] example [dot] org}. The bracket before
   * "at" is at offset b.
   */
  boolean obfuscated(StructuredPass p, int b) {
    char[] c = p.c;
    int n = p.n;
    char close = c[b] == '[' ? ']' : ')';
    if (b + 3 >= n || (c[b + 1] | 0x20) != 'a' || (c[b + 2] | 0x20) != 't' || c[b + 3] != close) {
      return false;
    }
    int left = b - 1;
    if (left >= 0 && c[left] == ' ') {
      left--;
    }
    int localEnd = left + 1;
    int floor = Math.max(p.lastAt, p.claimedUntil - 1);
    while (left > floor && localChar(c[left])) {
      left--;
    }
    int ls = left + 1;
    while (ls < localEnd && (c[ls] == '.' || c[ls] == '-')) {
      ls++;
    }
    if (ls >= localEnd
        || (ls > 0 && !Character.isWhitespace(c[ls - 1]) && "(<:;,\"'".indexOf(c[ls - 1]) < 0)) {
      return false; // the local part starts the address: after a space, a bracket or a quote
    }
    int i = b + 4;
    if (i < n && c[i] == ' ') {
      i++;
    }
    int j = domainEnd(p, i, true); // its dots written as dots or as [dot] / (dot)
    if (j < 0) {
      return false;
    }
    p.claim(IdentifierKind.EMAIL, ls, j, 0.9, "email-obfuscated");
    return true;
  }

  /** After " [dot] " or "(dot)" at j, the offset of the next label, or -1. */
  private static int spelledDot(char[] c, int n, int j) {
    int i = j;
    if (i < n && c[i] == ' ') {
      i++;
    }
    if (i + 4 >= n || (c[i] != '[' && c[i] != '(')) {
      return -1;
    }
    char close = c[i] == '[' ? ']' : ')';
    if ((c[i + 1] | 0x20) != 'd' || (c[i + 2] | 0x20) != 'o' || (c[i + 3] | 0x20) != 't'
        || c[i + 4] != close) {
      return -1;
    }
    i += 5;
    if (i < n && c[i] == ' ') {
      i++;
    }
    return i < n && (isLetter(c[i]) || isDigit(c[i])) ? i : -1;
  }

  /** The end of a domain name starting at i (labels, at least one dot, letter TLD), or -1. */
  static int domainEnd(StructuredPass p, int i) {
    return domainEnd(p, i, false);
  }

  /** As {@link #domainEnd(StructuredPass, int)}, the dots also spelled out when spelled is set. */
  private static int domainEnd(StructuredPass p, int i, boolean spelled) {
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
      int next = spelled && j > labelStart ? spelledDot(c, n, j) : -1;
      if (next > 0) {
        dots++;
        j = next;
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
