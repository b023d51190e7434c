package org.cpdkit.anonymise;

/**
 * The shapes that say a capitalised word is not a person's name however it looks: already
 * anonymised phrases ({@code Child A}), mixed-case acronyms ({@code DoLS}), a lower-case part
 * after a hyphen ({@code Merton-compliant}).
 */
final class NameVetoes {
  private NameVetoes() {}

  static boolean lowerPartAfterHyphen(Tokens t, int k) {
    for (int i = t.start[k] + 1; i + 3 < t.end[k]; i++) {
      if (t.c[i] == '-' && Character.isLowerCase(t.c[i + 1])) {
        return true;
      }
    }
    return false;
  }

  /** DoLS, CaMHS: two capitals together after a lower-case letter. */
  static boolean mixedAcronym(Tokens t, int k) {
    if ((t.shape[k] & Tokens.CAP) == 0) {
      return false;
    }
    boolean lowerSeen = false;
    for (int i = t.start[k] + 1; i + 1 < t.end[k]; i++) {
      char ch = t.c[i];
      if (ch >= 'a' && ch <= 'z') {
        lowerSeen = true;
        continue;
      }
      lowerSeen |= ch >= 128 && Character.isLowerCase(ch);
      if (lowerSeen && Character.isUpperCase(ch) && Character.isUpperCase(t.c[i + 1])) {
        return true;
      }
    }
    return false;
  }

  /** Young Person K, Child A, Family B: capitalised words ending in a single capital letter. */
  static boolean anonymisedPhrase(Tokens t, int k) {
    int j = k + 1;
    for (int n = 0; n < 3 && t.capital(j) && t.sameLine(j); n++) {
      j++;
    }
    return t.isWord(j)
        && t.len(j) == 1
        && (t.shape[j] & Tokens.UPPER) != 0
        && t.sameLine(j)
        && j > k;
  }
}
