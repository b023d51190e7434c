package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Tokens.isDigit;

/**
 * Finds telephone numbers ({@code 07700 900123}, {@code +44 7700 900123}, {@code (0161) 496
 * 0000}): digit groups separated by single spaces or hyphens, with brackets around an area code or
 * a {@code (0)}, {@code +44} or {@code 0044} before, checked against the lengths of UK numbers (11
 * digits for 01, 02, 03, 05, 07, 08, 09; 10 for some 01 and 08 numbers) or 8 to 15 digits after a
 * foreign country code.
 */
final class PhoneDetector extends KindDetector {

  PhoneDetector() {
    super(IdentifierKind.PHONE);
  }

  private static final Lexicon DIGIT_WORDS =
      Lexicon.words("oh zero nought one two three four five six seven eight nine");
  private static final String[] DIGIT_WORD_LIST =
      "oh zero nought one two three four five six seven eight nine".split(" ");
  private static final char[] DIGIT_OF = {'0', '0', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'};
  private static final long DOUBLE = Lexicon.hash("double");
  private static final long TRIPLE = Lexicon.hash("triple");
  private static final long TREBLE = Lexicon.hash("treble");
  private static final long HUNDRED = Lexicon.hash("hundred");
  private static final long THOUSAND = Lexicon.hash("thousand");

  private static final long[] DIGIT_WORD_HASHES =
      java.util.Arrays.stream(DIGIT_WORD_LIST).mapToLong(Lexicon::hash).toArray();

  private static char digitOf(long h) {
    for (int i = 0; i < DIGIT_WORD_HASHES.length; i++) {
      if (DIGIT_WORD_HASHES[i] == h) {
        return DIGIT_OF[i];
      }
    }
    return 0;
  }

  /**
   * Claims a UK number read aloud, as voicemail and call transcripts write it: {@code oh seven
   * seven hundred nine hundred four one eight} ({@code double}, {@code treble}, {@code hundred}
   * and {@code thousand} as said), from the word {@code oh}, {@code zero} or {@code nought} at
   * token k, when the words make 10 or 11 digits of a UK number. Commas, hyphens and dots between
   * the words are read over.
   */
  boolean spoken(StructuredPass pass, int k) {
    Tokens t = pass.t;
    StringBuilder d = new StringBuilder(12);
    int q = k;
    int last = -1;
    int repeat = 1;
    // at most 24 words: eleven digits said one by one, with a double or a hundred among them
    while (q < t.count && q - k < 24 && d.length() <= 11 && t.isWord(q) && (q == k || t.sameLine(q))) {
      long h = t.hash[q];
      if (h == DOUBLE || h == TRIPLE || h == TREBLE) {
        repeat = h == DOUBLE ? 2 : 3;
      } else if ((h == HUNDRED || h == THOUSAND) && last >= 0 && repeat == 1) {
        d.append(h == HUNDRED ? "00" : "000");
        last = q;
      } else if (DIGIT_WORDS.get(h) != 0) {
        char digit = digitOf(h);
        for (int r = 0; r < repeat; r++) {
          d.append(digit);
        }
        repeat = 1;
        last = q;
      } else {
        break;
      }
      q++;
      if (t.isSym(q, ',') || t.isSym(q, '-') || t.isSym(q, '.') && t.isWord(q + 1)
          && DIGIT_WORDS.get(t.hash[q + 1]) != 0) {
        q++;
      }
    }
    int len = d.length();
    if (last < 0 || len < 10 || len > 11 || d.charAt(0) != '0' || "1237".indexOf(d.charAt(1)) < 0
        || (len == 10 && d.charAt(1) != '1')) {
      return false;
    }
    pass.claim(IdentifierKind.PHONE, t.start[k], t.end[last], 0.8, "spoken-digits");
    return true;
  }

  /** Claims the longest valid phone number starting at offset p ({@code +}, {@code (} or a digit). */
  boolean at(StructuredPass pass, int p) {
    char[] c = pass.c;
    int n = pass.n;
    int i = p;
    boolean plus = c[i] == '+';
    if (plus) {
      i++;
    } else if (pass.alnumAt(p - 1)) {
      return false;
    }
    int digits = 0;
    int bestEnd = -1;
    double bestConf = 0;
    boolean open = false;
    // the digits read so far, without separators
    char[] d = new char[16];
    int dl = 0;
    // the lengths of the digit groups, and whether the first was in brackets
    int groups = 0;
    int shape = 0;
    boolean bracketed = false;
    while (i < n && digits <= 15) {
      char ch = c[i];
      if (ch == '(' && !open) {
        open = true;
        i++;
        continue;
      }
      if (!isDigit(ch)) {
        break;
      }
      int run = 0;
      while (i < n && isDigit(c[i]) && digits <= 15) {
        if (dl < d.length) {
          d[dl++] = c[i];
        }
        digits++;
        run++;
        i++;
      }
      if (groups < 6) {
        shape = shape * 16 + Math.min(run, 15);
      }
      groups++;
      if (open && i < n && c[i] == ')') {
        open = false;
        bracketed |= groups == 1 && run == 3; // (614) 555-0187: the area code alone in brackets
        i++;
        if (i < n && isDigit(c[i])) {
          continue; // +44 (0)20...
        }
      }
      if (!open && !pass.alnumAt(i)) {
        double conf =
            plus
                ? intlValid(d, 0, dl)
                : dl > 4 && d[0] == '0' && d[1] == '0' && d[2] == '4' && d[3] == '4'
                    ? intlValid(d, 2, dl) // 0044 20 7946 0000: the international prefix
                    : nationalValid(d, 0, dl);
        if (conf == 0 && !plus && dl == 12 && d[0] == '0' && "1237".indexOf(d[1]) >= 0
            && cueBefore(c, p)) {
          conf = 0.6; // Tel 01482 496 0218: a number with a digit too many, after its label
        }
        if (conf == 0 && !plus && dl == 10 && groups == 3 && shape == 0x334) {
          if (d[0] >= '2' && (bracketed || separatorsAre(c, p, i, '-') || separatorsAre(c, p, i, '.')
              || cueBefore(c, p))) {
            conf = 0.8; // (614) 555-0187, 604-555-0143: a North American number
          } else if (d[0] == '0' && d[1] != '0' && !NhsNumberDetector.checks(d)) {
            conf = 0.6; // 021 555 0176, 011 555 0184: a national number abroad, grouped 3-3-4
          }
        }
        if (conf > 0) {
          bestEnd = i;
          bestConf = conf;
        }
      }
      if (i < n
          && (c[i] == ' ' || c[i] == '-' || c[i] == '\u00a0'
              // 07700.900.123: dots between the groups of a national number
              || (c[i] == '.' && !plus && dl > 0 && d[0] == '0' && i + 1 < n && isDigit(c[i + 1])))
          && i + 1 < n
          && (isDigit(c[i + 1]) || c[i + 1] == '(')) {
        i++;
        continue;
      }
      break;
    }
    if (bestEnd < 0) {
      return false;
    }
    pass.claim(IdentifierKind.PHONE, p, bestEnd, bestConf, "phone-structure");
    return true;
  }

  /** Every separator between the digit groups of [from, to) is this character. */
  private static boolean separatorsAre(char[] c, int from, int to, char sep) {
    boolean any = false;
    for (int i = from; i < to; i++) {
      char ch = c[i];
      if (!isDigit(ch) && ch != '(' && ch != ')') {
        if (ch != sep) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static final Lexicon CUES =
      Lexicon.words("tel telephone phone mobile mob tele landline");

  /**
   * Whether one of the three words before offset p on its line labels a telephone number ({@code
   * Tel}, {@code Mobile:}, {@code Tel GP surgery}), over spaces and a colon, dot or hyphen.
   */
  static boolean cueBefore(char[] c, int p) {
    int q = p - 1;
    for (int word = 0; word < 3; word++) {
      int gap = 0;
      while (q >= 0 && gap < 4 && (c[q] == ' ' || c[q] == ':' || c[q] == '.' || c[q] == '-'
          || c[q] == '\u00a0')) {
        q--;
        gap++;
      }
      int end = q + 1;
      while (q >= 0 && end - q <= 10 && c[q] < 128 && Tokens.isLetter(c[q])) {
        q--;
      }
      int len = end - q - 1;
      if (len == 0 || (q >= 0 && Tokens.isLetter(c[q]))) {
        return false; // a symbol, a digit, a line's start or a long word: no label here
      }
      if (len >= 3) {
        long h = Lexicon.SEED;
        for (int i = q + 1; i < end; i++) {
          h = Lexicon.step(h, (char) (c[i] | 0x20));
        }
        if (CUES.get(h) != 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** A national number: 0 then 10 digits (01, 02, 03, 05, 07, 08, 09) or 0 then 9 (01, 08). */
  private static double nationalValid(char[] d, int from, int to) {
    int len = to - from;
    if (len < 10 || d[from] != '0') {
      return 0;
    }
    char second = d[from + 1];
    if (len == 11 && "1235789".indexOf(second) >= 0) {
      return 0.95;
    }
    if (len == 10 && (second == '1' || second == '8')) {
      return 0.85;
    }
    return 0;
  }

  private static double intlValid(char[] d, int start, int end) {
    int len = end - start;
    if (len >= 2 && d[start] == '4' && d[start + 1] == '4') {
      int from = start + (len > 2 && d[start + 2] == '0' ? 3 : 2);
      // the national form: a 0 in place of the country code (and of a written (0))
      char[] national = new char[end - from + 1];
      national[0] = '0';
      System.arraycopy(d, from, national, 1, end - from);
      return nationalValid(national, 0, national.length);
    }
    return len >= 8 && len <= 15 ? 0.8 : 0;
  }
}
