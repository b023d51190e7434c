package org.cpdkit.anonymise;

/**
 * Finds dates of birth: a date ({@code 14/03/2015}, {@code 3 March 2009}, {@code 2012-07-01},
 * {@code March 3rd, 2009}, {@code 03-Mar-2015}) after a birth cue ({@code born}, {@code DOB},
 * {@code d.o.b.}, {@code b.}, {@code date of birth}, also past a weekday or an aside: {@code born
 * on Tuesday 12 March 2015}, {@code her date of birth, which mum confirmed, is 3/5/15}), after
 * {@code on} in the clause of an earlier {@code born}, before one ({@code 12/03/2015 (DOB)}), next to an age ({@code aged 7
 * (12/03/2017)}), with a birth word within six words in the same sentence (twelve before a
 * bracketed aside holding the date), or right after a person's name (decided by the name pass). A year alone after {@code born} is one at low
 * confidence. Meeting dates with none of these are left alone.
 */
final class DateOfBirthDetector extends KindDetector {
  private static final long DATE = Lexicon.hash("date");
  private static final long OF = Lexicon.hash("of");
  private static final long BIRTH = Lexicon.hash("birth");
  private static final long IS = Lexicon.hash("is");
  private static final long WAS = Lexicon.hash("was");

  /** Plural birth words the vocabulary does not list: {@code names and DOBs}, {@code births}. */
  private static final Lexicon MORE_BIRTH_WORDS = Lexicon.words("dobs births birthdays");

  /** Weekdays, skipped between a cue and its date: {@code born on Tuesday 12 March 2015}. */
  private static final Lexicon WEEKDAYS =
      Lexicon.words("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur"
          + " thurs fri sat sun");

  DateOfBirthDetector() {
    super(IdentifierKind.DATE_OF_BIRTH);
  }

  /**
   * Whether word token k is a birth cue; if so, claims the date of birth after it, if any.
   */
  boolean cued(StructuredPass p, int k) {
    Tokens t = p.t;
    char[] c = p.c;
    int len = t.len(k);
    if ((t.vocab[k] & Vocabulary.DOB_CUE) != 0) {
      dateOfBirth(p, k + 1, 0.95, "dob-cue");
    } else if (len == 1
        && (c[t.start[k]] | 0x20) == 'd'
        && t.isSym(k + 1, '.')
        && t.isWord(k + 2)
        && t.len(k + 2) == 1
        && (c[t.start[k + 2]] | 0x20) == 'o'
        && t.isSym(k + 3, '.')
        && t.isWord(k + 4)
        && (c[t.start[k + 4]] | 0x20) == 'b'
        && t.len(k + 4) == 1) {
      dateOfBirth(p, k + 5, 0.95, "dob-cue");
    } else if (len == 1 && c[t.start[k]] == 'b' && t.isSym(k + 1, '.') && t.glued(k + 1)) {
      dateOfBirth(p, k + 2, 0.85, "dob-cue");
    } else if (t.hash[k] == DATE
        && t.isWord(k + 1)
        && t.hash[k + 1] == OF
        && t.isWord(k + 2)
        && t.hash[k + 2] == BIRTH) {
      dateOfBirth(p, k + 3, 0.95, "dob-cue");
    } else {
      return false;
    }
    return true;
  }

  /**
   * Whether a date with no cue before it starts at number token k; if so, claims it as a date of
   * birth or keeps it for the name pass.
   */
  boolean looseDate(StructuredPass p, int k) {
    int e = date(p.t, k);
    if (e <= 0) {
      return false;
    }
    looseDate(p, k, e);
    return true;
  }

  private static final long BIRTHDAY = Lexicon.hash("birthday");
  private static final long OLD = Lexicon.hash("old");

  /**
   * A date with no cue before it: a date of birth when a cue follows ("12/03/2015 (DOB)", "3 March
   * 2015 - date of birth") or an age stands next to it ("aged 7 (12/03/2017)", "12/03/2017, aged
   * 7"); otherwise kept for the name pass ("Amelia Rhodes 11/07/2017").
   */
  private static void looseDate(StructuredPass p, int k, int e) {
    Tokens t = p.t;
    char[] c = p.c;
    int j = k;
    while (j < t.count && t.start[j] < e) {
      j++;
    }
    int q = j;
    for (int skip = 0;
        skip < 3
            && q < t.count
            && t.sameLine(q)
            && (t.isSym(q, '(')
                || t.isSym(q, ',')
                || t.isSym(q, '-')
                || t.isSym(q, '\u2013')
                || t.has(q, Vocabulary.POSS_DET)
                || (t.isWord(q)
                    && (t.hash[q] == IS || t.hash[q] == WAS)));
        skip++) {
      q++;
    }
    boolean after =
        t.sameLine(q)
            && (t.has(q, Vocabulary.DOB_CUE)
                || (t.isWord(q)
                    && t.hash[q] == DATE
                    && t.isWord(q + 1)
                    && t.hash[q + 1] == OF
                    && t.isWord(q + 2)
                    && t.hash[q + 2] == BIRTH)
                || (t.isWord(q)
                    && t.len(q) == 1
                    && (c[t.start[q]] | 0x20) == 'd'
                    && t.isSym(q + 1, '.')
                    && t.isWord(q + 2)
                    && t.len(q + 2) == 1
                    && (c[t.start[q + 2]] | 0x20) == 'o')
                || (t.has(q, Vocabulary.AGE_WORD) && t.isNum(q + 1))
                || (t.isSym(j, '(')
                    && t.isNum(q)
                    && t.len(q) <= 2
                    && (t.isSym(q + 1, ')') || t.has(q + 1, Vocabulary.YEARS))));
    int b = k - 1;
    while (b >= 0 && b > k - 3 && (t.isSym(b, '(') || t.isSym(b, ',') || t.isSym(b, '-'))) {
      b--;
    }
    boolean before =
        t.sameLine(k)
            && b >= 0
            && b < k - 1
            && ((t.isNum(b)
                    && t.len(b) <= 2
                    && (t.has(b - 1, Vocabulary.AGE_WORD) || t.isSym(b - 1, '(')
                        // Tyrese Campbell-Hughes, 15 (22.05.2008): a name's age, then the date
                        || t.isSym(b - 1, ',') && t.capital(b - 2) && t.isSym(k - 1, '(')
                            && t.sameLine(b - 1)))
                || (t.has(b, Vocabulary.YEARS) && t.isNum(b - 1))
                || (t.isWord(b) && t.hash[b] == OLD && t.has(b - 1, Vocabulary.YEARS)));
    boolean near = !after && !before && (birthWordNear(t, k, j) || bornOnFar(t, k));
    boolean column = !after && !before && !near && birthColumn(c, t.start[k]);
    if (after || before || near || column) {
      p.claim(
          IdentifierKind.DATE_OF_BIRTH,
          t.start[k],
          e,
          near ? 0.75 : 0.85,
          after
              ? "dob-cue-after"
              : near ? "dob-cue-in-sentence" : column ? "dob-column" : "age-next-to-date");
    } else {
      p.out.looseDate(k, e);
      p.claimedUntil = e;
    }
  }

  /** How many rows above a date its table's header may be. */
  private static final int MAX_ROWS_ABOVE = 64;

  /** How many characters of a header cell are read for a birth word. */
  private static final int MAX_HEADER_CELL = 40;

  /**
   * A date in the column of a table whose header names a date of birth: cells split by {@code |}
   * or by tabs, the header a line above in the same table ({@code Name | DOB | School} over {@code
   * Ava Smith | 03/07/2017 | Elm Primary}). The rows between must be split the same way; the
   * table ends at a line that is not.
   */
  static boolean birthColumn(char[] c, int at) {
    int ls = at;
    while (ls > 0 && c[ls - 1] != '\n') {
      ls--;
    }
    char sep = 0;
    int col = 0;
    for (int i = ls; i < at; i++) {
      char ch = c[i];
      if (ch == '|' || ch == '\t') {
        if (sep == 0) {
          sep = ch;
        }
        if (ch == sep) {
          col++;
        }
      }
    }
    if (sep == 0) {
      return false;
    }
    int end = ls - 1; // the newline that ends the row above
    for (int rows = 0; rows < MAX_ROWS_ABOVE && end > 0; rows++) {
      int start = end;
      while (start > 0 && c[start - 1] != '\n') {
        start--;
      }
      int cell = 0;
      int cs = start;
      boolean split = false;
      for (int i = start; i <= end; i++) {
        if (i == end || c[i] == sep) {
          if (cell == col) {
            if (i == end && !split) {
              return false; // a line not split like the table: it has ended
            }
            if (birthCell(c, cs, i)) {
              return true;
            }
            break;
          }
          if (i < end) {
            split = true;
          }
          cell++;
          cs = i + 1;
        }
      }
      if (!split && cell <= col) {
        // a row with fewer cells: a ruling line (|---|---|) keeps its cells; other lines end it
        boolean any = false;
        for (int i = start; i < end; i++) {
          any |= c[i] == sep;
        }
        if (!any) {
          return false;
        }
      }
      end = start - 1;
    }
    return false;
  }

  /** Whether a header cell names a date of birth: DOB, D.O.B., date of birth, born, birth date. */
  private static boolean birthCell(char[] c, int s, int e) {
    if (e - s > MAX_HEADER_CELL) {
      e = s + MAX_HEADER_CELL;
    }
    StringBuilder b = new StringBuilder(e - s);
    for (int i = s; i < e; i++) {
      char ch = c[i];
      if (Character.isLetter(ch)) {
        b.append(Character.toLowerCase(ch));
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
    }
    String w = " " + b.toString().replace("d o b", "dob") + " ";
    return w.contains(" dob ") || w.contains(" dobs ") || w.contains("birth") || w.contains(" born ");
  }

  private static final int BIRTH_WINDOW = 6;

  /**
   * A bound on the tokens looked at on each side (numbers and symbols are not words), so a line of
   * dates and nothing else stays linear.
   */
  private static final int MAX_TOKENS_LOOKED_AT = 64;

  /** How far before a bracketed aside holding the date a birth word may stand. */
  private static final int BIRTH_WINDOW_BEFORE_ASIDE = 12;

  /**
   * "was born in Leeds on 12/03/2015", "22/10/1990 is when he was born": a birth word within a few
   * words of the date, in the same sentence and on the same line.
   */
  private static boolean birthWordNear(Tokens t, int k, int j) {
    int window = BIRTH_WINDOW;
    int floor = k - MAX_TOKENS_LOOKED_AT;
    for (int p = k - 1, seen = 0; p >= 0 && p > floor && seen < window && t.sameLine(p + 1); p--) {
      if (sentenceEnd(t, p)) {
        break;
      }
      if (t.isSym(p, '(') && window == BIRTH_WINDOW) {
        // "check their DOBs (Jason's, I later learned, was 22/10/1990)": the aside gives the
        // value of what the sentence before the bracket speaks of
        window = seen + BIRTH_WINDOW_BEFORE_ASIDE;
      }
      if (birthWord(t, p)) {
        return true;
      }
      if (standaloneNumber(t, p)) {
        break; // "born in 2015 and the review on 12/03/2023": the birth word has its own value
      }
      seen += t.isWord(p) ? 1 : 0;
    }
    int ceiling = j + MAX_TOKENS_LOOKED_AT;
    for (int q = j, seen = 0;
        q < t.count && q < ceiling && seen < BIRTH_WINDOW && t.sameLine(q);
        q++) {
      if (sentenceEnd(t, q)) {
        break;
      }
      if (birthWord(t, q)) {
        return true;
      }
      if (standaloneNumber(t, q)) {
        break;
      }
      seen += t.isWord(q) ? 1 : 0;
    }
    return false;
  }

  /** A number that is not a part of a date ({@code 2015,}, not the year of {@code 12/03/2015}). */
  private static boolean standaloneNumber(Tokens t, int p) {
    return t.isNum(p)
        && !(t.glued(p) && (t.isSym(p - 1, '/') || t.isSym(p - 1, '-') || t.isSym(p - 1, '.')))
        && !(t.glued(p + 1)
            && (t.isSym(p + 1, '/') || t.isSym(p + 1, '-') || t.isSym(p + 1, '.'))
            && t.isNum(p + 2)
            && t.glued(p + 2));
  }

  private static final long ON = Lexicon.hash("on");
  private static final long THE = Lexicon.hash("the");
  private static final long BORN = Lexicon.hash("born");

  /** How far before "on" and the date "born" may stand when no clause starts between them. */
  private static final int BORN_ON_WINDOW = 14;

  /** Words that start another clause, whose "on" gives the date of something else. */
  private static final Lexicon CLAUSE_WORDS =
      Lexicon.words("but then before after until since while when where which that whom whose because so"
          + " or nor yet");

  /**
   * "born in Leeds General Infirmary at night on a cold day on 03/05/2015": the date after "on"
   * (or "on the") with "born" further back than the birth window allows, but in the same clause:
   * no comma, bracket, number, {@code and}, other clause word or verb between, so "born in Leeds
   * and moved to Bradford with her aunt on 12/03/2019" stays a move's date.
   */
  private static boolean bornOnFar(Tokens t, int k) {
    int b = k - 1;
    if (t.isWord(b) && t.hash[b] == THE) {
      b--;
    }
    if (!t.isWord(b) || t.hash[b] != ON) {
      return false;
    }
    for (int p = b - 1, seen = 0; p >= 0 && seen < BORN_ON_WINDOW && t.sameLine(p + 1); p--) {
      if (!t.isWord(p)) {
        return false; // a comma, a bracket, a number, a full stop: another clause or value
      }
      if (t.hash[p] == BORN) {
        return true;
      }
      if (t.has(p, Vocabulary.AND | Vocabulary.AUX | Vocabulary.REPORTING | Vocabulary.CONTACT)
          || CLAUSE_WORDS.get(t.hash[p]) != 0) {
        return false;
      }
      seen++;
    }
    return false;
  }

  private static boolean birthWord(Tokens t, int p) {
    return t.has(p, Vocabulary.DOB_CUE)
        || (t.isWord(p) && (t.hash[p] == BIRTH || MORE_BIRTH_WORDS.get(t.hash[p]) != 0));
  }

  private static boolean sentenceEnd(Tokens t, int p) {
    return (t.isSym(p, '.') || t.isSym(p, '!') || t.isSym(p, '?') || t.isSym(p, ';'))
        && (p + 1 >= t.count || !t.glued(p + 1));
  }

  /** How many tokens an aside between commas after a birth cue may hold. */
  private static final int MAX_ASIDE = 16;

  private static void dateOfBirth(StructuredPass p, int j, double conf, String reason) {
    Tokens t = p.t;
    if (t.isSym(j, ',') && !(t.isNum(j + 1) || t.has(j + 1, Vocabulary.MONTH))) {
      // "Her date of birth, which mum confirmed on the phone, is 03/05/2015": an aside between
      // commas, in the same sentence and on the same line, before the date
      for (int q = j + 1; q < j + MAX_ASIDE && q < t.count && t.sameLine(q); q++) {
        if (sentenceEnd(t, q) || t.isNum(q)) {
          break;
        }
        if (t.isSym(q, ',')) {
          j = q + 1;
          break;
        }
      }
    }
    if (t.isSym(j, '(')) {
      // "Date of birth (as recorded on the system): 12/03/2015": an aside before the date
      for (int q = j + 1; q < j + 10 && q < t.count && t.sameLine(q); q++) {
        if (t.isSym(q, ')')) {
          if (!(t.isNum(j + 1) || t.has(j + 1, Vocabulary.MONTH))) {
            j = q + 1;
          }
          break;
        }
      }
    }
    int w = j; // date of birth: is the fourteenth of March…, born on the first of May
    while (w < j + 2 && (t.isSym(w, ':') || t.isSym(w, ',')
        || t.isWord(w) && (t.hash[w] == ON || t.hash[w] == IS || t.hash[w] == WAS))) {
      w++;
    }
    int spoken = spelled(t, w);
    if (spoken > 0) {
      p.claim(IdentifierKind.DATE_OF_BIRTH, t.start[w], spoken, 0.9, "dob-cue+spelled-date");
      return;
    }
    for (int skip = 0; skip < 3 && j < t.count; skip++) {
      if (t.isSym(j, ':')
          || t.isSym(j, '-')
          || t.isSym(j, ',')
          || t.isSym(j, '(')
          || t.isSym(j, '[')
          || t.isSym(j, '|')
          || t.isSym(j, '=')
          || t.isSym(j, '\u2013')
          || t.isSym(j, '.')
          || (t.isWord(j) && WEEKDAYS.get(t.hash[j]) != 0 && !t.isSym(j + 1, '.'))
          || (t.isWord(j)
              && (t.shape[j] & Tokens.LOWER) != 0
              && (t.vocab[j] & Vocabulary.MONTH) == 0)) {
        j++;
      } else {
        break;
      }
    }
    int e = date(t, j);
    if (e > 0) {
      p.claim(IdentifierKind.DATE_OF_BIRTH, t.start[j], e, conf, reason);
    } else if (j < t.count && t.isNum(j) && (e = bornYear(p, j)) > 0) {
      p.claim(IdentifierKind.DATE_OF_BIRTH, t.start[j], e, 0.6, "dob-cue+year");
    }
  }

  private static final long AND = Lexicon.hash("and");
  private static final long TWO = Lexicon.hash("two");
  private static final long THOUSAND = Lexicon.hash("thousand");
  private static final long HUNDRED = Lexicon.hash("hundred");
  private static final String UNITS = "one two three four five six seven eight nine";
  private static final String TEENS =
      "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen";
  private static final String TENS = "twenty thirty forty fifty sixty seventy eighty ninety";
  private static final String UNIT_ORDINALS =
      "first second third fourth fifth sixth seventh eighth ninth";

  /** Words of a number said aloud: 1 a unit, 2 a teen, 4 a ten, 8 a ten and a unit joined. */
  private static final Lexicon NUMBER_WORDS = numberWords();

  /** Ordinals of the days of a month said aloud: first to thirty-first, joined or not. */
  private static final Lexicon DAY_ORDINALS =
      Lexicon.words(
          UNIT_ORDINALS
              + " tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth"
              + " eighteenth nineteenth twentieth thirtieth "
              + joined("twenty", UNIT_ORDINALS)
              + " thirtyfirst");

  private static String joined(String ten, String units) {
    StringBuilder b = new StringBuilder();
    for (String u : units.split(" ")) {
      b.append(b.length() == 0 ? "" : " ").append(ten).append(u);
    }
    return b.toString();
  }

  private static Lexicon numberWords() {
    StringBuilder all = new StringBuilder();
    for (String ten : TENS.split(" ")) {
      all.append(' ').append(joined(ten, UNITS));
    }
    Lexicon units = Lexicon.words(UNITS);
    Lexicon teens = Lexicon.words(TEENS);
    Lexicon tens = Lexicon.words(TENS);
    Lexicon joinedTens = Lexicon.words(all.toString().trim());
    Lexicon l = new Lexicon(128);
    for (String w : (UNITS + " " + TEENS + " " + TENS + all).split(" ")) {
      long h = Lexicon.hash(w);
      int flag = units.get(h) != 0 ? 1 : teens.get(h) != 0 ? 2 : tens.get(h) != 0 ? 4 : 0;
      l.add(h, joinedTens.get(h) != 0 ? 8 : flag);
    }
    return l;
  }

  private static int numberWord(Tokens t, int q) {
    return t.isWord(q) && t.sameLine(q) ? NUMBER_WORDS.get(t.hash[q]) : 0;
  }

  /**
   * The end offset of a date said in words from token j, as transcripts of calls write it: {@code
   * the fourteenth of March nineteen forty one}, {@code March the third, two thousand and twelve},
   * {@code 3rd of May} is a date of {@link #date}'s; or -1.
   */
  static int spelled(Tokens t, int j) {
    int q = j;
    if (t.isWord(q) && t.hash[q] == THE) {
      q++;
    }
    int end;
    int day = dayOrdinal(t, q);
    if (day > 0 && (t.sameLine(q) || q == j)) {
      q = day;
      if (t.isWord(q) && t.hash[q] == OF && t.sameLine(q)) {
        q++;
      }
      if (!(t.has(q, Vocabulary.MONTH) && t.sameLine(q))) {
        return -1;
      }
      end = t.end[q];
      q++;
    } else if (t.has(j, Vocabulary.MONTH)) {
      q = j + 1;
      if (t.isWord(q) && t.hash[q] == THE && t.sameLine(q)) {
        q++;
      }
      day = dayOrdinal(t, q);
      if (day < 0 || !t.sameLine(q)) {
        return -1;
      }
      end = t.end[day - 1];
      q = day;
    } else {
      return -1;
    }
    if (t.isSym(q, ',') && t.sameLine(q)) {
      q++;
    }
    int year = spelledYear(t, q);
    return year > 0 ? year : end;
  }

  /** The token after a day's ordinal said aloud at q ({@code third}, {@code twenty first}), or -1. */
  private static int dayOrdinal(Tokens t, int q) {
    if (!t.isWord(q)) {
      return -1;
    }
    if (DAY_ORDINALS.get(t.hash[q]) != 0) {
      return q + 1;
    }
    if ((t.hash[q] == TWENTY || t.hash[q] == THIRTY) && t.isWord(q + 1) && t.sameLine(q + 1)
        && DAY_ORDINALS.get(t.hash[q + 1]) != 0 && t.len(q + 1) <= 7) {
      return q + 2; // twenty first
    }
    return -1;
  }

  private static final long TWENTY = Lexicon.hash("twenty");
  private static final long THIRTY = Lexicon.hash("thirty");
  private static final long NINETEEN = Lexicon.hash("nineteen");
  private static final long EIGHTEEN = Lexicon.hash("eighteen");

  /**
   * The end offset of a year said aloud at q ({@code nineteen forty one}, {@code nineteen
   * eighty-four}, {@code two thousand and twelve}, {@code twenty twelve}) or written as four
   * digits, or -1.
   */
  private static int spelledYear(Tokens t, int q) {
    if (t.isNum(q) && t.len(q) == 4 && t.sameLine(q)) {
      return t.end[q];
    }
    if (!t.isWord(q) || !t.sameLine(q)) {
      return -1;
    }
    long h = t.hash[q];
    if (h == TWO && t.isWord(q + 1) && t.hash[q + 1] == THOUSAND && t.sameLine(q + 1)) {
      int end = t.end[q + 1];
      int r = q + 2;
      if (t.isWord(r) && t.hash[r] == AND && t.sameLine(r)) {
        r++;
      }
      int w = numberWord(t, r);
      if (w == 1 || w == 2 || w == 8) {
        return t.end[r];
      }
      if (w == 4) {
        return (numberWord(t, r + 1) & 1) != 0 ? t.end[r + 1] : t.end[r];
      }
      return end;
    }
    if (h == NINETEEN || h == EIGHTEEN || h == TWENTY) {
      int r = q + 1;
      int w = numberWord(t, r);
      if (w == 2 || w == 8) {
        return t.end[r]; // nineteen twelve, nineteen eighty-four
      }
      if (w == 4) {
        return (numberWord(t, r + 1) & 1) != 0 ? t.end[r + 1] : t.end[r]; // nineteen forty one
      }
      if (h != TWENTY && t.isWord(r) && t.hash[r] == HUNDRED && t.sameLine(r)) {
        return t.end[r]; // nineteen hundred
      }
    }
    return -1;
  }

  /** The end offset of a date starting at token j, or -1. */
  static int date(Tokens t, int j) {
    char[] c = t.c;
    if (t.isNum(j)) {
      int a = t.value(j);
      int la = t.len(j);
      if (la <= 2 && a >= 1 && a <= 31) {
        char sepc =
            t.isSym(j + 1, '/') ? '/' : t.isSym(j + 1, '-') ? '-' : t.isSym(j + 1, '.') ? '.' : 0;
        if (sepc != 0
            && t.glued(j + 1)
            && t.isNum(j + 2)
            && t.glued(j + 2)
            && t.len(j + 2) <= 2
            && t.isSym(j + 3, sepc)
            && t.glued(j + 3)
            && t.isNum(j + 4)
            && t.glued(j + 4)
            && (t.len(j + 4) == 2 || t.len(j + 4) == 4)
            && t.value(j + 2) >= 1
            && t.value(j + 2) <= 31) {
          return t.end[j + 4];
        }
        if (sepc != 0
            && t.glued(j + 1)
            && t.has(j + 2, Vocabulary.MONTH)
            && t.glued(j + 2)
            && t.isSym(j + 3, sepc)
            && t.glued(j + 3)
            && t.isNum(j + 4)
            && t.glued(j + 4)
            && (t.len(j + 4) == 2 || t.len(j + 4) == 4)) {
          return t.end[j + 4]; // 03-Mar-2015, 3/March/15: the form of many case systems
        }
        int m = j + 1;
        if (t.isWord(m) && t.glued(m) && t.has(m, Vocabulary.ORDINAL)) {
          m++;
        }
        if (t.isWord(m) && t.hash[m] == OF) {
          m++;
        }
        if (t.has(m, Vocabulary.MONTH) || otherMonth(t, m)) {
          int e = t.end[m];
          int y = t.isSym(m + 1, ',') ? m + 2 : m + 1;
          if (t.isNum(y) && t.len(y) == 4) {
            e = t.end[y];
          }
          return e;
        }
      } else if (la == 4
          && (t.isSym(j + 1, '-') || t.isSym(j + 1, '/'))
          && t.glued(j + 1)
          && t.isNum(j + 2)
          && t.glued(j + 2)
          && t.len(j + 2) <= 2
          && t.isSym(j + 3, c[t.start[j + 1]])
          && t.glued(j + 3)
          && t.isNum(j + 4)
          && t.glued(j + 4)
          && t.len(j + 4) <= 2) {
        return t.end[j + 4];
      }
      return -1;
    }
    if (t.has(j, Vocabulary.MONTH)) {
      int m = j + 1;
      if (t.isNum(m) && t.len(m) <= 2) {
        int e = t.end[m];
        m++;
        if (t.isWord(m) && t.glued(m) && t.has(m, Vocabulary.ORDINAL)) {
          e = t.end[m];
          m++;
        }
        if (t.isSym(m, ',')) {
          m++;
        }
        if (t.isNum(m) && t.len(m) == 4) {
          e = t.end[m];
        }
        return e;
      }
      if (t.isNum(m) && t.len(m) == 4) {
        return t.end[m];
      }
    }
    return -1;
  }

  /**
   * A year on its own after "born" ({@code born 1990}, {@code b. 1990}): part of a date of birth,
   * reported at low confidence. A year alone narrows a person down (with a first name and a town
   * it often singles them out), so it is not left in; but it is weaker than a full date, and
   * callers with a higher threshold can leave it.
   */
  private static int bornYear(StructuredPass p, int j) {
    Tokens t = p.t;
    int y = t.value(j);
    // 1900 to 2099, or a year of the Solar Hijri calendar that age assessments give (born 1387)
    return t.len(j) == 4 && (y >= 1900 && y <= 2099 || y >= 1320 && y <= 1420)
        && !p.alnumAt(t.end[j]) ? t.end[j] : -1;
  }

  /**
   * The months of the calendars that dates of birth of people from Ethiopia, Eritrea, Iran and
   * Afghanistan are given in (12 Meskerem 2001, 11 Dey 1387), and the Hijri months; capitalised.
   */
  private static final Lexicon OTHER_MONTHS =
      Lexicon.words(
          "meskerem tikimt tekemt hidar hedar tahsas tir yekatit megabit miazia miyazya genbot"
              + " ginbot sene hamle nehase pagume farvardin ordibehesht khordad mordad shahrivar"
              + " mehr aban azar dey bahman esfand hamal sawr jawza saratan asad sunbula mizan"
              + " aqrab qaws jadi dalw hut muharram safar rajab shaban shawwal");

  private static boolean otherMonth(Tokens t, int m) {
    return t.isWord(m) && t.capital(m) && OTHER_MONTHS.get(t.hash[m]) != 0;
  }
}
