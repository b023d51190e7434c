package org.cpdkit.anonymise;

/**
 * What the name lists say of a word: given name, surname, also an ordinary English word, frequent.
 * Looks up the whole word by the hash computed while tokenising, and the parts of a hyphenated or
 * apostrophised word ({@code Smith-Jones}, {@code O'Neill}) when the whole is not listed.
 */
final class NameLexicon {
  private NameLexicon() {}

  /** I'm, we're, don't, I'll: an apostrophe with at most two letters after it. */
  static boolean contraction(Tokens t, int k) {
    char[] c = t.c;
    int e = t.end[k];
    for (int i = e - 1; i >= e - 3 && i > t.start[k]; i--) {
      if (Tokens.isApostrophe(c[i])) {
        return true;
      }
    }
    return false;
  }

  static int lookup(Tokens t, Lexicon names, int k) {
    if ((t.shape[k] & Tokens.JOINED) != 0 && contraction(t, k)) {
      return 0;
    }
    int f = names.get(t.hash[k]);
    if (f == 0 && (t.shape[k] & Tokens.JOINED) != 0) {
      // Smith-Jones, Lacey-Mae, O'Neill: look the parts up
      char[] c = t.c;
      int s = t.start[k];
      int e = t.end[k];
      long h = Lexicon.SEED;
      int all = -1;
      int any = 0;
      for (int i = s; i <= e; i++) {
        if (i == e || !Tokens.isLetter(c[i])) {
          int pf = i - s >= 2 ? names.get(h) : 0;
          if (i - s >= 2) {
            all &= pf;
            any |= pf;
          }
          h = Lexicon.SEED;
          s = i + 1;
        } else {
          h = Lexicon.step(h, Lexicon.lower(c[i]));
        }
      }
      if ((any & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0) {
        f = (any & (Lexicon.GIVEN | Lexicon.SURNAME | Lexicon.FREQUENT)) | (all & Lexicon.COMMON);
      }
    }
    return f;
  }
}
