package org.cpdkit.anonymise;

import java.util.Arrays;

/**
 * The text split in one pass into letter runs, digit runs and single symbols, with the hash and
 * vocabulary flags of each word. Arrays grow by doubling, so nothing is allocated per token.
 * Per-scan state: not shared between threads.
 */
final class Tokens {
  static final byte WORD = 1;
  static final byte NUM = 2;
  static final byte SYM = 3;

  // shape bits
  static final int CAP = 1; // first letter upper case, some lower case after
  static final int UPPER = 1 << 1; // all letters upper case
  static final int LOWER = 1 << 2; // all letters lower case
  static final int POSSESSIVE = 1 << 3; // followed by 's or a closing apostrophe
  static final int JOINED = 1 << 4; // contains an inner hyphen or apostrophe
  static final int NEWLINE_BEFORE = 1 << 5;
  static final int SPACE_BEFORE = 1 << 6;
  static final int BLANK_BEFORE = 1 << 7; // an empty line before
  static final int NON_ASCII = 1 << 8; // has a letter outside ASCII
  /** A symbol's shape holds its character from this bit up; a word's or number's holds 0 there. */
  static final int SYMBOL_SHIFT = 16;

  char[] c;
  int n;
  int count;
  int[] start;
  int[] end;
  byte[] type;
  int[] shape;
  int[] vocab;
  /** The {@link NameWords} flags of each word, found with its vocabulary flags; 0 for others. */
  int[] words;
  long[] hash;

  // per-token scratch of the name pass, kept here so a reused Tokens reuses them too
  int[] nameFlags;
  boolean[] cite;
  double[] score;
  String[] reason;
  int[] cands;
  int[] ctx;
  byte[] veto;

  /**
   * Tokens the structured pass must look at: numbers, cue words, short or all-caps words, '@', '+',
   * '('.
   */
  int[] hot = new int[64];

  int hotCount;

  /** The index of the first token of each line (a line with no token repeats the next one). */
  int[] lines = new int[16];

  int lineCount;

  private static final int STRUCTURED_CUES =
      Vocabulary.URL_START
          | Vocabulary.DOB_CUE
          | Vocabulary.CASE_SYSTEM
          | Vocabulary.CASE_NOUN
          | Vocabulary.FLAT;
  private static final long DATE = Lexicon.hash("date");

  Tokens(char[] c, int n) {
    this.c = c;
    this.n = n;
    int cap = Math.max(16, n / 4);
    start = new int[cap];
    end = new int[cap];
    type = new byte[cap];
    shape = new int[cap];
    vocab = new int[cap];
    words = new int[cap];
    hash = new long[cap];
  }

  /** Makes this ready for another text, keeping the arrays. */
  void reset(char[] c, int n) {
    this.c = c;
    this.n = n;
    this.count = 0;
    this.hotCount = 0;
    this.lineCount = 0;
  }

  private static int[] push(int[] a, int i, int k) {
    if (i == a.length) {
      a = Arrays.copyOf(a, Math.max(16, a.length * 2));
    }
    a[i] = k;
    return a;
  }

  /** Name-pass arrays of at least {@link #count} entries, cleared. */
  void nameScratch() {
    if (score == null || score.length < count) {
      int cap = count + 16;
      nameFlags = new int[cap];
      cite = new boolean[cap];
      score = new double[cap];
      reason = new String[cap];
      cands = new int[cap];
      ctx = new int[cap];
      veto = new byte[cap];
    } else {
      Arrays.fill(nameFlags, 0, count, 0);
      Arrays.fill(cite, 0, count, false);
      Arrays.fill(score, 0, count, 0.0);
      Arrays.fill(reason, 0, count, null);
      Arrays.fill(ctx, 0, count, 0);
      Arrays.fill(veto, 0, count, (byte) 0);
    }
  }

  // ASCII character classes, so the letter loop needs one table load and one branch per letter
  private static final int CLS_SPACE = 1;
  private static final int CLS_DIGIT = 2;
  private static final int CLS_LOWER = 4;
  private static final int CLS_UPPER = 8;
  private static final byte[] CLS = new byte[128];

  static {
    for (char ch = 'a'; ch <= 'z'; ch++) {
      CLS[ch] = CLS_LOWER;
      CLS[ch - 32] = CLS_UPPER;
    }
    for (char ch = '0'; ch <= '9'; ch++) {
      CLS[ch] = CLS_DIGIT;
    }
    for (char ch : new char[] {' ', '\n', '\t', '\r', '\f'}) {
      CLS[ch] = CLS_SPACE;
    }
  }

  static boolean isApostrophe(char ch) {
    return ch == '\'' || ch == '\u2019';
  }

  // isLetter and isSpace are kept under the JIT's size for inlining at every call site

  static boolean isLetter(char ch) {
    return ch < 128 ? (char) ((ch | 0x20) - 'a') < 26 : Character.isLetter(ch);
  }

  static boolean isDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }

  static boolean isSpace(char ch) {
    return ch < 128 ? CLS[ch] == CLS_SPACE : isWideSpace(ch);
  }

  private static boolean isWideSpace(char ch) {
    return ch == '\u00a0' || Character.isWhitespace(ch);
  }

  void tokenize(Lexicon vocabulary) {
    final char[] c = this.c;
    final int n = this.n;
    int i = 0;
    int pre = NEWLINE_BEFORE | BLANK_BEFORE;
    int newlines = 2;
    lines[0] = 0;
    lineCount = 1;
    while (i < n) {
      char ch = c[i];
      if (isSpace(ch)) {
        pre |= SPACE_BEFORE;
        if (ch == '\n') {
          if (lines[lineCount - 1] != count) {
            lines = push(lines, lineCount++, count);
          }
          pre |= NEWLINE_BEFORE;
          if (++newlines >= 2) {
            pre |= BLANK_BEFORE;
          }
        }
        i++;
        continue;
      }
      newlines = 0;
      int k = count;
      if (k == start.length) {
        grow();
      }
      start[k] = i;
      if (isLetter(ch)) {
        long h = Lexicon.SEED;
        int seen = 0; // CLS_UPPER and CLS_LOWER bits of the letters seen
        boolean firstUpper = ch < 128 ? CLS[ch] == CLS_UPPER : Character.isUpperCase(ch);
        int sh = 0;
        int j = i;
        while (true) {
          char d = c[j];
          int cl = d < 128 ? CLS[d] : 0;
          if (cl >= CLS_LOWER) { // an ASCII letter: the hot path, one branch per letter
            seen |= cl;
            h = (h ^ (d | 0x20)) * 0x100000001b3L;
            if (++j < n) {
              continue;
            }
            break;
          }
          if (d >= 0x300 && d <= 0x36f && j > i) {
            // a combining mark (Adébáyọ̀ written with a dot below and a grave apart): part of
            // the word, left out of its hash so the word is looked up as its letters
            sh |= NON_ASCII;
            if (++j < n) {
              continue;
            }
            break;
          }
          if (d >= 128 && isLetter(d)) {
            sh |= NON_ASCII;
            if (Character.isUpperCase(d)) {
              seen |= CLS_UPPER;
              d = Character.toLowerCase(d);
            } else {
              seen |= CLS_LOWER;
            }
            h = Lexicon.step(h, d);
            if (++j < n) {
              continue;
            }
            break;
          }
          if ((d == '-' || isApostrophe(d)) && j + 1 < n && isLetter(c[j + 1])) {
            if (isApostrophe(d)
                && (c[j + 1] == 's' || c[j + 1] == 'S')
                && (j + 2 >= n || !isLetter(c[j + 2]))) {
              sh |= POSSESSIVE;
              break;
            }
            sh |= JOINED;
            j++;
            continue;
          }
          if (isApostrophe(d)
              && (c[j - 1] == 's' || c[j - 1] == 'S')
              && (j + 1 >= n || !isLetter(c[j + 1]))) {
            sh |= POSSESSIVE;
          }
          break;
        }
        int uppers = seen & CLS_UPPER;
        int lowers = seen & CLS_LOWER;
        if (h == Lexicon.EMPTY) {
          h = 1;
        }
        if (lowers == 0) {
          sh |= UPPER;
        } else if (uppers == 0) {
          sh |= LOWER;
        } else if (firstUpper) {
          sh |= CAP;
        }
        type[k] = WORD;
        end[k] = j;
        hash[k] = h;
        shape[k] = sh | pre;
        long e = (j - i) <= 16 ? vocabulary.entry(h) : 0;
        int v = (int) e;
        words[k] = (int) (e >>> 32);
        vocab[k] = v;
        if ((v & STRUCTURED_CUES) != 0
            || (sh & UPPER) != 0
            || h == DATE
            || (j - i <= 2 && shortWordMatters(c, n, i, j))
            || ((words[k] & NameWords.TLD) != 0 && i > 1 && c[i - 1] == '.'
                && (isLetter(c[i - 2]) || isDigit(c[i - 2])))
            || (words[k] & (NameWords.RESIDES | NameWords.PLATFORM | NameWords.SPOKEN_ZERO)) != 0
            || ((v & Vocabulary.STOP) != 0 && j < n && (c[j] == ':' || c[j] == '/'))) {
          hot = push(hot, hotCount++, k);
        }
        i = j;
        if ((sh & POSSESSIVE) != 0) {
          // skip 's or the closing apostrophe
          i = j + (j + 1 < n && isLetter(c[j + 1]) ? 2 : 1);
        }
      } else if (isDigit(ch)) {
        int j = i + 1;
        while (j < n && isDigit(c[j])) {
          j++;
        }
        type[k] = NUM;
        hot = push(hot, hotCount++, k);
        end[k] = j;
        shape[k] = pre;
        vocab[k] = 0;
        words[k] = 0;
        hash[k] = 0;
        i = j;
      } else {
        type[k] = SYM;
        if (ch == '@' || ch == '+' || ch == '(' || ch == '_' || ch == '\u00b7' || ch == '[' || ch == ']'
            || ch == '\u2022') {
          hot = push(hot, hotCount++, k);
        }
        end[k] = i + 1;
        shape[k] = pre | (ch << SYMBOL_SHIFT);
        vocab[k] = 0;
        words[k] = 0;
        hash[k] = ch;
        i++;
      }
      count = k + 1;
      pre = 0;
    }
  }

  /**
   * Whether a word of one or two letters at i..j, neither in capitals nor a cue, can start an
   * identifier: before a number (a postcode {@code m1 1ae}, an NI number in lower case), or the
   * {@code d} of {@code d.o.b.} and the {@code b} of {@code b. 12/03/2015}. Every other short word
   * (to, of, in, my) stays off the structured pass's list.
   */
  private static boolean shortWordMatters(char[] c, int n, int i, int j) {
    int q = j;
    while (q < n && isSpace(c[q])) {
      q++;
    }
    if (q < n && isDigit(c[q])) {
      return true;
    }
    char first = (char) (c[i] | 0x20);
    return j - i == 1 && j < n && c[j] == '.' && (first == 'd' || c[i] == 'b')
        // u/temi_o: a Reddit user
        || j - i == 1 && first == 'u' && j + 1 < n && c[j] == '/'
            && (isLetter(c[j + 1]) || isDigit(c[j + 1]));
  }

  private void grow() {
    int cap = start.length * 2;
    start = Arrays.copyOf(start, cap);
    end = Arrays.copyOf(end, cap);
    type = Arrays.copyOf(type, cap);
    shape = Arrays.copyOf(shape, cap);
    vocab = Arrays.copyOf(vocab, cap);
    words = Arrays.copyOf(words, cap);
    hash = Arrays.copyOf(hash, cap);
  }

  /**
   * Token k is the symbol {@code ch} (never NUL). Small enough to be inlined wherever it is called:
   * a symbol's character is kept in the high half of its shape, which is 0 for other tokens.
   */
  boolean isSym(int k, char ch) {
    return k >= 0 && k < count && shape[k] >>> SYMBOL_SHIFT == ch;
  }

  boolean isWord(int k) {
    return k >= 0 && k < count && type[k] == WORD;
  }

  /** Token k is a word with a capital first letter and some lower case after. */
  boolean capital(int k) {
    return k >= 0 && k < count && (shape[k] & CAP) != 0; // only words have CAP
  }

  boolean isNum(int k) {
    return k >= 0 && k < count && type[k] == NUM;
  }

  /** Token k is a word with one of these vocabulary flags (numbers and symbols have none). */
  boolean has(int k, int vocabFlag) {
    return k >= 0 && k < count && (vocab[k] & vocabFlag) != 0;
  }

  int len(int k) {
    return end[k] - start[k];
  }

  /** True when token k follows token k-1 with no character between. */
  boolean glued(int k) {
    return k > 0 && k < count && start[k] == end[k - 1];
  }

  /**
   * Two or more spaces or a tab right before token k: the gap between the fields of a form or a
   * table ("Chair: Mrs Olufunke Ade-Martins   Secretariat: Tom Birch"), never inside a name.
   */
  boolean gapBefore(int k) {
    if (k <= 0 || k >= count) {
      return false;
    }
    int s = start[k];
    return s >= 2
        && (c[s - 1] == '\t' || (c[s - 1] == ' ' && (c[s - 2] == ' ' || c[s - 2] == '\t')));
  }

  /** True when token k follows token k-1 on the same line. */
  boolean sameLine(int k) {
    return k > 0 && k < count && (shape[k] & NEWLINE_BEFORE) == 0;
  }

  /** The numeric value of a digit token of at most 9 digits, or -1. */
  int value(int k) {
    if (!isNum(k) || len(k) > 9) {
      return -1;
    }
    int v = 0;
    for (int i = start[k]; i < end[k]; i++) {
      v = v * 10 + (c[i] - '0');
    }
    return v;
  }
}
