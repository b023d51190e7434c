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

  /**
   * The name and place flags of word k, given {@code flags}, those of its whole hash (from {@link
   * NameTable#get}, the {@link Lexicon#WORD} flag left out); the folded and part-by-part look-ups
   * happen only when the whole word is not a listed name.
   */
  static int lookup(Tokens t, NameTable names, int k, int flags) {
    if ((t.shape[k] & Tokens.JOINED) != 0 && contraction(t, k)) {
      return 0;
    }
    int f = flags;
    if ((t.shape[k] & Tokens.NON_ASCII) != 0) {
      // Nguyễn is listed as a surname, Nguyen also as a frequent given name: both forms count
      f |= names.names(folded(t, k));
    }
    if ((f & NAME_FLAGS) == 0 && (t.shape[k] & Tokens.JOINED) != 0) {
      // Smith-Jones, Lacey-Mae, O'Neill: look the parts up
      char[] c = t.c;
      int s = t.start[k];
      int e = t.end[k];
      long h = Lexicon.SEED;
      int all = -1;
      int any = 0;
      boolean plainPart = false; // Self-Assessment, Child-Centred: a part that is only a word
      for (int i = s; i <= e; i++) {
        if (i == e || !Tokens.isLetter(c[i])) {
          int whole = i - s >= 2 ? names.get(h) : 0;
          int pf = whole & ~Lexicon.WORD;
          if (i - s >= 2) {
            all &= pf;
            any |= pf;
            plainPart |=
                (whole & Lexicon.WORD) != 0 && (pf & (Lexicon.GIVEN | Lexicon.SURNAME)) == 0;
          }
          h = Lexicon.SEED;
          s = i + 1;
        } else {
          h = Lexicon.step(h, Lexicon.lower(c[i]));
        }
      }
      if ((any & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0 && !plainPart) {
        f = (f & ~NAME_FLAGS)
            | (any & (Lexicon.GIVEN | Lexicon.SURNAME | Lexicon.FREQUENT))
            | (all & Lexicon.COMMON);
      }
    }
    return f;
  }

  static final int NAME_FLAGS = Lexicon.GIVEN | Lexicon.SURNAME | Lexicon.COMMON | Lexicon.FREQUENT;

  /**
   * The place and word-list flags of word k, from its name and place flags and {@code word}, the
   * {@link Lexicon#WORD} flag of its whole hash (one table holds names, places and words); for a
   * two-word place, the next word is hashed too.
   */
  static int context(Tokens t, NameTable context, int k, int flags, int word) {
    int f = flags & ~NAME_FLAGS;
    if ((flags & NAME_FLAGS) == 0 && (t.shape[k] & (Tokens.CAP | Tokens.UPPER)) != 0) {
      f |= word; // However, Having, DAY TWO: an English word only when no list names it
    }
    if ((t.shape[k] & Tokens.CAP) != 0 && (f & Lexicon.MULTI) != 0 && t.capital(k + 1)
        && t.sameLine(k + 1) && !t.glued(k + 1)) {
      // Wood Green, Thornton Heath, Tower Hamlets: the two words together
      long h = t.hash[k];
      for (int i = t.start[k + 1]; i < t.end[k + 1]; i++) {
        char ch = t.c[i];
        if (Tokens.isLetter(ch)) {
          h = Lexicon.step(h, Lexicon.lower(ch));
        }
      }
      if ((context.get(h) & Lexicon.PLACE) != 0) {
        f |= Lexicon.PLACE | PAIR_PLACE;
      }
    }
    return f;
  }

  /** The first word of a place of two words that are both in the text. */
  static final int PAIR_PLACE = 1 << 20;

  /** The hash of word k without diacritics ({@code siân} as {@code sian}). */
  static long folded(Tokens t, int k) {
    long h = Lexicon.SEED;
    for (int i = t.start[k]; i < t.end[k]; i++) {
      char ch = t.c[i];
      if (Tokens.isLetter(ch)) {
        h = Lexicon.step(h, fold(Lexicon.lower(ch)));
      }
    }
    return h == Lexicon.EMPTY ? 1 : h;
  }

  private static final char[] FOLD = new char[0x250];

  // Latin Extended Additional: the letters with two marks of Vietnamese (Nguyễn, Phạm, Đặng)
  private static final char[] FOLD_EXTENDED = new char[0x100];

  static {
    for (char ch = 0; ch < FOLD.length; ch++) {
      FOLD[ch] = base(ch);
    }
    for (int i = 0; i < FOLD_EXTENDED.length; i++) {
      FOLD_EXTENDED[i] = base((char) (0x1e00 + i));
    }
    FOLD['\u0142'] = 'l'; // ł
    FOLD['\u00f8'] = 'o'; // ø
    FOLD['\u0111'] = 'd'; // đ
    FOLD['\u0131'] = 'i'; // ı
    FOLD['\u00e6'] = 'a'; // æ
    FOLD['\u0153'] = 'o'; // œ
  }

  private static char base(char ch) {
    String d = java.text.Normalizer.normalize(String.valueOf(ch), java.text.Normalizer.Form.NFD);
    return d.isEmpty() ? ch : d.charAt(0);
  }

  /** A Latin letter without its diacritics; other letters as they are. */
  static char fold(char ch) {
    if (ch < FOLD.length) {
      return FOLD[ch];
    }
    return ch >= 0x1e00 && ch <= 0x1eff ? FOLD_EXTENDED[ch - 0x1e00] : ch;
  }
}
