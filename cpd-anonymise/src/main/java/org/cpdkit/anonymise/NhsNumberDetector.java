package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Tokens.isDigit;

/**
 * Finds NHS numbers ({@code 943 476 5919}): ten digits together or grouped 3-3-4 by single spaces
 * or hyphens, whose mod-11 check digit is valid; ten equal digits are not one. Confidence is higher
 * after {@code NHS} or {@code CHI}.
 */
final class NhsNumberDetector extends KindDetector {

  NhsNumberDetector() {
    super(IdentifierKind.NHS_NUMBER);
  }

  /** Claims the NHS number starting at number token k, if there is one. */
  boolean at(StructuredPass p, int k) {
    Tokens t = p.t;
    char[] c = p.c;
    int s = t.start[k];
    int e;
    if (t.len(k) == 10) {
      e = t.end[k];
    } else if (t.len(k) == 3
        && t.isNum(k + 2)
        && t.len(k + 2) == 3
        && t.isNum(k + 4)
        && t.len(k + 4) == 4
        && hyphen(t, k + 1)
        && hyphen(t, k + 3)) {
      e = t.end[k + 4];
    } else if (t.len(k) == 3
        && t.isNum(k + 1)
        && t.len(k + 1) == 3
        && t.isNum(k + 2)
        && t.len(k + 2) == 4
        && oneSpace(t, k + 1)
        && oneSpace(t, k + 2)) {
      e = t.end[k + 2];
    } else {
      return false;
    }
    if (p.alnumAt(e)) {
      return false;
    }
    char[] d = new char[10];
    int q = 0;
    boolean same = true;
    for (int i = s; i < e; i++) {
      if (isDigit(c[i])) {
        same &= q == 0 || q >= 9 || c[i] == d[0]; // nine equal digits before the check digit
        d[q++] = c[i];
      }
    }
    if (same || !checks(d)) {
      if (!same && labelled(t, k)) {
        // CHI: 1403154471, H&C No. 320 590 1143: a number its label names, check digit or not
        p.claim(IdentifierKind.NHS_NUMBER, s, e, 0.8, "nhs-label");
        return true;
      }
      return false;
    }
    boolean cue =
        t.has(k - 1, Vocabulary.NHS_CUE | Vocabulary.CONNECTOR) || t.has(k - 2, Vocabulary.NHS_CUE);
    p.claim(IdentifierKind.NHS_NUMBER, s, e, cue ? 0.99 : 0.9, "checksum");
    return true;
  }

  /** Whether ten digits have a valid NHS mod-11 check digit (a CHI number's, too). */
  static boolean checks(char[] d) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (d[i] - '0') * (10 - i);
    }
    int expected = 11 - sum % 11;
    if (expected == 11) {
      expected = 0;
    }
    return expected != 10 && expected == d[9] - '0';
  }

  private static final long NO = Lexicon.hash("no");
  private static final long NUMBER = Lexicon.hash("number");

  /**
   * Whether the number at token k follows its label on the same line: {@code NHS}, {@code CHI}
   * or {@code H&C}, then perhaps {@code No}, {@code number}, a colon, a full stop or a hash.
   */
  static boolean labelled(Tokens t, int k) {
    int q = k - 1;
    for (int steps = 0; steps < 4 && q >= 0 && t.sameLine(q + 1); steps++, q--) {
      if (t.isSym(q, ':') || t.isSym(q, '.') || t.isSym(q, '#')
          || t.isWord(q) && (t.hash[q] == NO || t.hash[q] == NUMBER)) {
        continue;
      }
      if (t.has(q, Vocabulary.NHS_CUE)) {
        return true;
      }
      // H&C: the letters H and C about an ampersand
      return t.isWord(q) && t.len(q) == 1 && (t.c[t.start[q]] | 0x20) == 'c'
          && t.isSym(q - 1, '&') && t.isWord(q - 2) && t.len(q - 2) == 1
          && (t.c[t.start[q - 2]] | 0x20) == 'h';
    }
    return false;
  }

  /** Token k is a hyphen glued on both sides. */
  private static boolean hyphen(Tokens t, int k) {
    return t.isSym(k, '-') && t.glued(k) && t.glued(k + 1);
  }

  /** Token k follows token k-1 after exactly one space on the same line. */
  private static boolean oneSpace(Tokens t, int k) {
    return t.start[k] == t.end[k - 1] + 1 && t.c[t.end[k - 1]] == ' ';
  }
}
