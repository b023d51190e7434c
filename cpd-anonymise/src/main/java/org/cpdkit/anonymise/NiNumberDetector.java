package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Tokens.isDigit;

/**
 * Finds National Insurance numbers ({@code QQ 12 34 56 C}, {@code AB123456D}): two prefix letters
 * HMRC issues, six digits in pairs or together, and an optional suffix letter A to D in the same
 * case. The specimen prefix {@code QQ} is reported at lower confidence.
 */
final class NiNumberDetector extends KindDetector {

  NiNumberDetector() {
    super(IdentifierKind.NI_NUMBER);
  }

  /** Claims the NI number starting at offset p (two letters), if there is one. */
  boolean at(StructuredPass pass, int p) {
    char[] c = pass.c;
    int n = pass.n;
    char a = c[p];
    char b = c[p + 1];
    boolean upper = a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z';
    boolean lower = a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z';
    if (!upper && !lower) {
      return false;
    }
    char ua = (char) (a & ~0x20);
    char ub = (char) (b & ~0x20);
    boolean specimen = ua == 'Q' && ub == 'Q';
    if (!specimen) {
      if ("DFIQUV".indexOf(ua) >= 0 || "DFIOQUV".indexOf(ub) >= 0) {
        return false;
      }
      String prefix = "" + ua + ub;
      if (prefix.equals("BG")
          || prefix.equals("GB")
          || prefix.equals("KN")
          || prefix.equals("NK")
          || prefix.equals("NT")
          || prefix.equals("TN")
          || prefix.equals("ZZ")) {
        return false;
      }
    }
    int i = p + 2;
    if (i < n && c[i] == ' ') {
      i++;
    }
    int digits = 0;
    for (int group = 0; group < 3 && digits < 6; group++) {
      if (group > 0 && i < n && c[i] == ' ' && digits % 2 == 0) {
        i++;
      }
      while (i < n && isDigit(c[i]) && digits < 6) {
        i++;
        digits++;
      }
    }
    if (digits != 6 || (i < n && isDigit(c[i]))) {
      return false;
    }
    int e = i;
    int q = (i < n && c[i] == ' ') ? i + 1 : i;
    if (q < n
        && "ABCDabcd".indexOf(c[q]) >= 0
        && !pass.alnumAt(q + 1)
        && (upper ? Character.isUpperCase(c[q]) : Character.isLowerCase(c[q]))) {
      e = q + 1;
    } else if (pass.alnumAt(i)) {
      return false;
    } else if (ua == 'S' && ub == 'C' && c[i - 6] == '0') {
      return false; // SC051286: a Scottish charity's number, SC0 and five digits, no suffix
    }
    pass.claim(
        IdentifierKind.NI_NUMBER,
        p,
        e,
        specimen ? 0.8 : 0.95,
        specimen ? "ni-specimen-prefix" : "hmrc-rules");
    return true;
  }
}
