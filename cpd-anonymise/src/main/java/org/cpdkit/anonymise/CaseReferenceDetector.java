package org.cpdkit.anonymise;

/**
 * Finds case, file and system references of a person's record: a number after a case system or a
 * case noun with a connector ({@code LCS ID 1234567}, {@code case ref CR-20391}, {@code Mosaic
 * number 884213}, {@code Case Nos: 1801142/2024 and 1801143/2024}, {@code Reference: 24 009 117}),
 * a code right after a record noun ({@code Crown Court case T20207012}), or a reference shape with
 * no cue, capitals glued to digits or joined to them by {@code -} or {@code /} (the Family Court's
 * {@code ZW19C00123}, {@code CA-2024-001452}, {@code HU/58211/2022}, {@code CH/WM/24/0312}). A year
 * after a case noun, a financial year ({@code 2023/24}), and numbers after {@code Section} or
 * {@code Standard}, are not references; a phone or NHS number after a cue is reported as that kind.
 */
final class CaseReferenceDetector extends KindDetector {
  /** Plural and abbreviated connectors the vocabulary does not list: {@code Case Nos:}. */
  private static final Lexicon MORE_CONNECTORS = Lexicon.words("numbers nos refs references ids");

  private static final long AND = Lexicon.hash("and");

  /** Capitals before a long number that are not a court's or a record's letters. */
  private static final Lexicon NOT_COURT_LETTERS =
      Lexicon.words(
          "isbn issn vat gbp usd eur tel fax ext mob pin otp rrp iso iec bs en din ansi ieee rfc"
              + " gost ecma doi pmid");

  CaseReferenceDetector() {
    super(IdentifierKind.CASE_REFERENCE);
  }

  /**
   * CR-004512, MOS/2231/77, LCS123456, LCC/DOLS/26/0419: capitals and digits, with no cue. One
   * capital needs at least six digits glued to it (the Crown Court's T20207012, the Home Office's
   * H1092837), or is a prison number (A1234BC).
   */
  boolean shape(StructuredPass p, int k) {
    Tokens t = p.t;
    if (t.len(k) == 1) {
      if (!t.isNum(k + 1) || !t.glued(k + 1)) {
        return false;
      }
      int q = k + 2;
      if (t.len(k + 1) == 4
          && t.isWord(q)
          && t.glued(q)
          && t.len(q) == 2
          && (t.shape[q] & Tokens.UPPER) != 0
          && !p.alnumAt(t.end[q])
          && !((t.isSym(q + 1, '-') || t.isSym(q + 1, '/')) && t.glued(q + 1))) {
        p.claim(IdentifierKind.CASE_REFERENCE, t.start[k], t.end[q], 0.75, "reference-shape");
        return true;
      }
      if (t.len(k + 1) < 6) {
        return false;
      }
    }
    int q = k + 1;
    int digits = 0;
    int groups = 0;
    int e = t.end[k];
    while (q < t.count && t.glued(q)) {
      if (t.isNum(q)) {
        digits += t.len(q);
        groups++;
        e = t.end[q];
      } else if (t.isWord(q)
          && (t.shape[q] & Tokens.UPPER) != 0
          && (groups > 0 ? t.len(q) <= 3 : t.len(q) <= 6 && t.type[q - 1] == Tokens.SYM)) {
        e = t.end[q]; // ZW19C00123, EA-2019-001042-OO, CH/WM/24/0312, LCC/DOLS/26/0419
      } else if (!((t.isSym(q, '-') || t.isSym(q, '/'))
          && t.glued(q + 1)
          && (t.isNum(q + 1) || t.isWord(q + 1)))) {
        break;
      }
      q++;
    }
    if (digits < 5 && !(digits >= 4 && groups >= 2)) {
      return false;
    }
    if (p.alnumAt(e) || yearPair(t, k + 1, e) || registrationBefore(t, k)) {
      return false;
    }
    p.claim(IdentifierKind.CASE_REFERENCE, t.start[k], e, 0.75, "reference-shape");
    return true;
  }

  private static final long CASE = Lexicon.hash("case");

  private static final Lexicon REGISTRATION_WORDS =
      Lexicon.words("charity charities company companies vat");

  /**
   * Registered charity in England and Wales (1187422) and Scotland (SC051286), company number
   * NI612345: a body's registration on its own line, not a person's case. Looks back at most
   * twenty tokens on the line.
   */
  private static boolean registrationBefore(Tokens t, int k) {
    for (int q = k - 1; q >= 0 && q >= k - 20 && t.sameLine(q + 1); q--) {
      if (t.isWord(q) && REGISTRATION_WORDS.get(t.hash[q]) != 0) {
        return true;
      }
      if (t.has(q, Vocabulary.POSS_DET | Vocabulary.ROLE) || (t.isWord(q) && t.hash[q] == CASE)) {
        return false; // the company said the child's case was LCS123456: a person's after all
      }
    }
    return false;
  }

  /**
   * The Court of Protection's {@code COP 12345678}: capitals (token k, in no word list), one space
   * and a number of at least six digits, with no cue. Not a currency, a tax or phone label, or a
   * standard's number.
   */
  boolean spaced(StructuredPass p, int k) {
    Tokens t = p.t;
    char[] c = p.c;
    int j = k + 1;
    if (t.vocab[k] != 0
        || t.len(j) < 6
        || c[t.start[j]] == '0'
        || NOT_COURT_LETTERS.get(t.hash[k]) != 0) {
      return false;
    }
    long r = run(p, j);
    int q = (int) (r >>> 32);
    int e = endOf(t, j, q);
    if (p.alnumAt(e)
        || (e + 1 < p.n && (c[e] == '.' || c[e] == ',') && Tokens.isDigit(c[e + 1]))
        || yearPair(t, j, e)) {
      return false;
    }
    p.claim(IdentifierKind.CASE_REFERENCE, t.start[k], e, 0.7, "reference-shape");
    return true;
  }

  /**
   * A reference that starts with its digits, with no cue: a tribunal's {@code 1801142/2024}, a
   * police reference {@code 24/0087512J}, {@code 1339870T}, {@code 1234-5678-9012-3456}. The run
   * holds a group of at least five digits and a {@code /} or {@code -}, or is six or more digits
   * and one capital, or four groups of four, or groups of four joined by {@code /} ({@link
   * #fourDigitGroups}); never a range ({@code 25000-30000}) or a pair of
   * revisions ({@code 171833/171834}), a ZIP code, a standard's number, an ISBN, a year
   * pair, or part of a longer token (a DOI, a version, an amount after {@code £}). Number token k
   * is not glued to a letter or digit before it.
   */
  boolean digitsFirst(StructuredPass p, int k) {
    Tokens t = p.t;
    char[] c = p.c;
    int s = t.start[k];
    if (s > 0 && c[s - 1] == '(' && t.len(k) == 2 && !t.glued(k + 1)) {
      return bracketedGroups(p, k);
    }
    if (!t.glued(k + 1)
        || !(t.isSym(k + 1, '/')
            || t.isSym(k + 1, '-')
            || (t.isWord(k + 1) && (t.shape[k + 1] & Tokens.UPPER) != 0))
        || c[s] == '0'
        || !(s == 0 || openBefore(c[s - 1]))) {
      return false; // most numbers: nothing glued after, or a phone, or inside a longer token
    }
    int groups = 0;
    int longest = 0;
    int fours = 0;
    int seps = 0;
    int letters = 0;
    boolean hyphen = false;
    int e = t.end[k];
    int q = k;
    for (; q < t.count && q - k < 12 && (q == k || t.glued(q)); q++) {
      if (t.isNum(q)) {
        groups++;
        longest = Math.max(longest, t.len(q));
        fours += t.len(q) == 4 ? 1 : 0;
        e = t.end[q];
      } else if (t.isWord(q)
          && (t.shape[q] & Tokens.UPPER) != 0
          && t.len(q) <= 3
          && t.type[q - 1] == Tokens.NUM) {
        letters++;
        e = t.end[q];
      } else if ((t.isSym(q, '/') || t.isSym(q, '-'))
          && t.glued(q + 1)
          && (t.isNum(q + 1) || (t.isWord(q + 1) && (t.shape[q + 1] & Tokens.UPPER) != 0))) {
        seps++;
        hyphen |= c[t.start[q]] == '-';
      } else {
        break;
      }
    }
    if (p.alnumAt(e)
        || (e + 1 < p.n
            && (!openAfter(c[e]) || (c[e] == '.' && Tokens.isDigit(c[e + 1])))
            && p.alnumAt(e + 1))) {
      return false; // 1234567/abc, 12345-6.5, a DOI or an address going on
    }
    boolean ok;
    if (seps == 0) {
      ok = groups == 1 && letters == 1 && t.len(k) >= 6 && t.len(k + 1) == 1; // 1339870T
    } else if (groups == 4 && fours == 4 && seps == 3 && letters == 0) {
      ok = true; // 1234-5678-9012-3456
    } else {
      ok = (longest >= 5 && !range(t, k, groups, letters) && !isbn(t, k, hyphen))
          || (!hyphen && letters == 0 && groups >= 2 && fours == groups && fourDigitGroups(t, k, q));
    }
    if (!ok || yearPair(t, k, e) || zipPlusFour(t, k, groups, letters)) {
      return false;
    }
    int b = k - 1;
    if (t.isWord(b)
        && (t.has(b, Vocabulary.NUMBER_NOUN) || NOT_COURT_LETTERS.get(t.hash[b]) != 0)) {
      return false; // "page 12345-6", "GOST 28147-89", "ISO/IEC 10514-1": not a person's record
    }
    p.claim(IdentifierKind.CASE_REFERENCE, s, e, 0.7, "reference-shape");
    return true;
  }

  /**
   * The ombudsman's {@code (22 001 239)} after a council's name: a year's two digits and two groups
   * of three, alone in brackets.
   */
  private static boolean bracketedGroups(StructuredPass p, int k) {
    Tokens t = p.t;
    if (spacedGroups(p, k) != k + 2
        || t.len(k + 1) != 3
        || !t.isSym(k + 3, ')')
        || !t.glued(k + 3)) {
      return false;
    }
    p.claim(IdentifierKind.CASE_REFERENCE, t.start[k], t.end[k + 2], 0.7, "reference-shape");
    return true;
  }

  /** A character a reference may follow: a space, an opening bracket or quote, a table's bar. */
  private static boolean openBefore(char b) {
    return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '(' || b == '[' || b == '"'
        || b == '\'' || b == '\u201c' || b == '\u2018' || b == '|' || b == '\u00a0';
  }

  /** A character that may end a reference before more text: a full stop, a comma, a bracket. */
  private static boolean openAfter(char a) {
    return a == '.' || a == ',' || a == ';' || a == ':' || a == ')' || a == ']' || a == '"'
        || a == '\'' || a == '\u201d' || a == '\u2019' || a == '|' || Character.isWhitespace(a);
  }

  /** 25000-30000, 10234-10250, 171833/171834: two digit groups of one length, rising. */
  private static boolean range(Tokens t, int k, int groups, int letters) {
    return groups == 2
        && letters == 0
        && t.isNum(k + 2)
        && t.len(k) == t.len(k + 2)
        && t.len(k) <= 9
        && t.value(k + 2) > t.value(k);
  }

  /**
   * 1234/5678, 2023/0456, 1234/5678/9012: groups of four digits joined by {@code /} (tokens k to
   * before q), a council's or a police force's reference. Not years only ({@code 1989/2004}), not
   * round numbers ({@code 1500/2000} words, {@code 1300/1400}), not a pair close together ({@code
   * 1234/1236}, revisions or a range).
   */
  private static boolean fourDigitGroups(Tokens t, int k, int q) {
    int years = 0;
    int groups = 0;
    for (int x = k; x < q; x++) {
      if (t.isNum(x)) {
        int v = t.value(x);
        if (v % 100 == 0) {
          return false;
        }
        years += v >= 1900 && v <= 2099 ? 1 : 0;
        groups++;
      }
    }
    if (years == groups) {
      return false;
    }
    int d = t.value(k + 2) - t.value(k);
    return groups > 2 || d <= 0 || d > 20;
  }

  /** 15213-3890: a US ZIP+4 code, five digits, a hyphen and four. */
  private static boolean zipPlusFour(Tokens t, int k, int groups, int letters) {
    return groups == 2
        && letters == 0
        && t.len(k) == 5
        && t.isSym(k + 1, '-')
        && t.isNum(k + 2)
        && t.len(k + 2) == 4;
  }

  /** 978-1-84905-123-4: an ISBN's prefix and hyphens. */
  private static boolean isbn(Tokens t, int k, boolean hyphen) {
    int v = t.value(k);
    return hyphen && t.len(k) == 3 && (v == 978 || v == 979);
  }

  private static final long LOG = Lexicon.hash("log");
  private static final long OF = Lexicon.hash("of");

  /**
   * A police log's number and its day, as forces cite an incident: {@code log 0412 of 20/09},
   * {@code log no. 1187 of 03/02/2025}. The number and the date after {@code of} are one
   * reference; a log without the date needs a reference's own shape, as other case nouns do.
   */
  private static boolean policeLog(StructuredPass p, int k) {
    Tokens t = p.t;
    int j = k + 1;
    while (j < k + 4 && j < t.count && t.sameLine(j)
        && (t.has(j, Vocabulary.CONNECTOR) || t.isSym(j, '.') || t.isSym(j, ':'))) {
      j++;
    }
    if (!(t.isNum(j) && t.sameLine(j) && t.len(j) <= 6
        && t.isWord(j + 1) && t.hash[j + 1] == OF && t.sameLine(j + 1)
        && t.isNum(j + 2) && t.len(j + 2) <= 2
        && t.isSym(j + 3, '/') && t.glued(j + 3) && t.isNum(j + 4) && t.glued(j + 4))) {
      return false;
    }
    int e = j + 4;
    if (t.isSym(e + 1, '/') && t.glued(e + 1) && t.isNum(e + 2) && t.glued(e + 2)) {
      e += 2;
    }
    p.claim(IdentifierKind.CASE_REFERENCE, t.start[j], t.end[e], 0.85, "police-log");
    return true;
  }

  void cued(StructuredPass p, int k) {
    Tokens t = p.t;
    char[] c = p.c;
    int v = t.vocab[k];
    if (t.hash[k] == LOG && policeLog(p, k)) {
      return;
    }
    int j = k + 1;
    if ((v & Vocabulary.CASE_SYSTEM) != 0 && t.isNum(j) && t.glued(j) && t.len(j) == 1) {
      j++; // Systm1 ID 88310276: the digit is the system's name
    }
    boolean system =
        (v & Vocabulary.CASE_SYSTEM) != 0
            && (v & Vocabulary.CONNECTOR) == 0; // lcs, mosaic: not ref, reference
    if ((v & Vocabulary.CASE_SYSTEM) == 0) {
      if (!t.sameLine(j)) {
        return;
      }
      if (!(connector(t, j, Vocabulary.CONNECTOR | Vocabulary.CASE_SYSTEM)
          || t.isSym(j, ':')
          || directCode(p, j))) {
        return;
      }
      system = true;
    }
    // "case number for my records: ..." and "case number (for that one: ...)"
    int colon = -1;
    for (int q = j; q < j + 7 && q < t.count && t.sameLine(q); q++) {
      if (t.isSym(q, ':')) {
        colon = q;
        break;
      }
      if (!(t.isSym(q, '(') || (t.isWord(q) && (t.shape[q] & Tokens.LOWER) != 0))) {
        break;
      }
    }
    if (colon > j && !connector(t, j, Vocabulary.CONNECTOR)) {
      j = colon;
    } else if (colon > j
        && connector(t, j, Vocabulary.CONNECTOR)
        && !connector(t, j + 1, Vocabulary.CONNECTOR)) {
      j = colon;
    }
    boolean bracket = false;
    boolean nextLine = false;
    for (int skip = 0; skip < 5 && j < t.count && (t.sameLine(j) || labelEnd(t, j)); skip++) {
      if (!t.sameLine(j)) {
        nextLine = true; // "Case No:" ending a line of a form, the number on the next
      }
      if (connector(t, j, Vocabulary.CONNECTOR | Vocabulary.CASE_SYSTEM)
          || t.isSym(j, ':')
          || t.isSym(j, '#')
          || t.isSym(j, '.')
          || t.isSym(j, '-')) {
        j++;
      } else if (t.isSym(j, '(') || t.isSym(j, '[')) {
        bracket = true; // "case number (ZW19C00123)", "Ref: [4419207]"
        j++;
      } else {
        break;
      }
    }
    if (j >= t.count || !(t.sameLine(j) || labelEnd(t, j)) || j == k) {
      return;
    }
    nextLine |= !t.sameLine(j);
    if (t.isWord(j) && (t.shape[j] & Tokens.UPPER) == 0 && !(t.isNum(j + 1) && t.glued(j + 1))) {
      return;
    }
    if (t.isNum(j) && t.len(j) <= 2 && DateOfBirthDetector.date(t, j) > 0) {
      return; // "Date/time of incident: 08/11/2026": a date, not the incident's number
    }
    if (t.isNum(j) && !p.alnumAt(t.start[j] - 1)) {
      // a phone or NHS number after "referral:" or "number for": the stricter kind wins
      boolean realSystem = (v & Vocabulary.CASE_SYSTEM) != 0 && (v & Vocabulary.CONNECTOR) == 0;
      if ((c[t.start[j]] == '0' && StructuredPass.PHONE.at(p, t.start[j]))
          || (!realSystem && StructuredPass.NHS.at(p, j))) {
        return;
      }
    }
    int s = t.start[j];
    if (t.isNum(j) && j > k + 1 && t.glued(j) && t.isWord(j - 1)
        && (t.shape[j - 1] & Tokens.UPPER) != 0) {
      s = t.start[j - 1]; // case was LCS123456: the system's letters are part of the reference
    }
    int first = j;
    if (t.isWord(j)
        && (t.shape[j] & Tokens.UPPER) != 0
        && t.len(j) >= 2
        && t.len(j) <= 5
        && t.isNum(j + 1)
        && t.len(j + 1) >= 4
        && t.start[j + 1] == t.end[j] + 1
        && c[t.end[j]] == ' ') {
      first = j + 1; // Case No: COP 13948217, a court's letters and the number after a space
    }
    long r = run(p, first);
    int q = (int) (r >>> 32);
    int digits = (int) r;
    if (first == j && q == j + 1 && t.isNum(j) && t.len(j) <= 4) {
      // Reference: 24 009 117 (the ombudsman's year and number), 1234 5678 9012 3456
      int g = spacedGroups(p, j);
      if (g > j) {
        for (int x = j + 1; x <= g; x++) {
          digits += t.len(x);
        }
        q = g + 1;
      }
    }
    int e = endOf(t, first, q);
    if ((digits < 4 && !(digits >= 3 && e - s > digits)) || (nextLine && digits < 5)) {
      return;
    }
    if (digits == 4 && e - s == 4 && (!system || bracket)) {
      int y = t.value(j);
      if (y >= 1900 && y <= 2099) {
        return; // "with reference to 2019 guidance", "the court file (2019)"
      }
    }
    if (yearPair(t, first, e)) {
      return; // "reference 2023/24": a financial year
    }
    p.claim(IdentifierKind.CASE_REFERENCE, s, e, 0.9, "case-cue");
    more(p, q, digits, t.isNum(first));
  }

  /** Token j starts the line after a label's colon, with no blank line between. */
  private static boolean labelEnd(Tokens t, int j) {
    return j > 0
        && j < t.count
        && t.isSym(j - 1, ':')
        && (t.shape[j] & Tokens.NEWLINE_BEFORE) != 0
        && (t.shape[j] & Tokens.BLANK_BEFORE) == 0;
  }

  /** A cue's connector: a vocabulary word with one of the flags, or a plural ({@code Nos}). */
  private static boolean connector(Tokens t, int j, int flags) {
    return t.isWord(j) && ((t.vocab[j] & flags) != 0 || MORE_CONNECTORS.get(t.hash[j]) != 0);
  }

  /**
   * "Crown Court case T20207012", "client 4471092": a code right after a record noun with no
   * connector, a number of at least six digits, a capital glued to at least five digits or two or
   * three capitals glued to at least four.
   */
  private static boolean directCode(StructuredPass p, int j) {
    Tokens t = p.t;
    if (t.glued(j)) {
      return false;
    }
    if (t.isNum(j)) {
      return t.len(j) >= 6;
    }
    if (!(t.isWord(j)
        && (t.shape[j] & Tokens.UPPER) != 0
        && t.len(j) <= 3
        && t.isNum(j + 1)
        && t.glued(j + 1))) {
      return false;
    }
    // "her case KH1234": a court's two or three letters before four digits; one capital before
    // four ("child B2000") is too like an anonymised label to take
    int digits = (int) run(p, j);
    return digits >= 5 || (digits == 4 && t.len(j) >= 2);
  }

  /**
   * The glued run of a reference from token j: digits, letters and inner {@code - / _}. Returns the
   * index of the token after it (high half) and the number of digits in it (low half).
   */
  private static long run(StructuredPass p, int j) {
    Tokens t = p.t;
    char[] c = p.c;
    int digits = 0;
    int q = j;
    while (q < t.count && (q == j || t.glued(q)) && q - j < 16) {
      if (t.type[q] == Tokens.SYM) {
        char ch = c[t.start[q]];
        if ((ch != '-' && ch != '/' && ch != '_') || !(t.glued(q + 1) && !t.isSym(q + 1, ch))) {
          break;
        }
      } else if (t.type[q] == Tokens.NUM) {
        digits += t.len(q);
      }
      q++;
    }
    return ((long) q << 32) | digits;
  }

  /** The end offset of a run from token first to before token q, without a trailing symbol. */
  private static int endOf(Tokens t, int first, int q) {
    int r = q - 1;
    while (r > first && t.type[r] == Tokens.SYM) {
      r--;
    }
    return t.end[r];
  }

  /**
   * The last token of groups of three or four digits after number token j, each after one space,
   * at least two of them ({@code 24 009 117}), or j when there are none.
   */
  private static int spacedGroups(StructuredPass p, int j) {
    Tokens t = p.t;
    char[] c = p.c;
    int size = t.isNum(j + 1) ? t.len(j + 1) : 0;
    if (size != 3 && size != 4) {
      return j;
    }
    int g = j;
    while (g - j < 4
        && t.isNum(g + 1)
        && t.len(g + 1) == size
        && t.start[g + 1] == t.end[g] + 1
        && c[t.end[g]] == ' ') {
      g++;
    }
    if (g - j < 2 || p.alnumAt(t.end[g]) || (t.isSym(g + 1, '.') && t.isNum(g + 2))) {
      return j;
    }
    return g;
  }

  /** "2023/24", "2023-2024": a financial or academic year, not a reference. */
  private static boolean yearPair(Tokens t, int from, int e) {
    int nums = 0;
    int y = -1;
    int second = -1;
    int secondLen = 0;
    for (int q = from; q < t.count && t.start[q] < e; q++) {
      if (t.isNum(q)) {
        if (nums == 0) {
          y = t.len(q) == 4 ? t.value(q) : -1;
        } else {
          second = t.value(q);
          secondLen = t.len(q);
        }
        nums++;
      } else if (t.isWord(q) && nums > 0) {
        return false;
      }
    }
    if (nums != 2 || y < 1900 || y > 2099) {
      return false;
    }
    return (secondLen == 2 && second == (y + 1) % 100) || (secondLen == 4 && second == y + 1);
  }

  /**
   * MOSAIC: 5503118 / 5503119, Case Nos: 1801142/2024 and 1801143/2024: further references of
   * about the same length after the first, after a spaced slash, a comma, {@code &} or {@code and}.
   */
  private static void more(StructuredPass p, int q, int digits, boolean numFirst) {
    Tokens t = p.t;
    for (int n = 0; n < 8 && q + 1 < t.count && t.sameLine(q) && t.sameLine(q + 1); n++) {
      boolean sep =
          ((t.isSym(q, '/') || t.isSym(q, '&')) && !t.glued(q))
              || t.isSym(q, ',')
              || t.isSym(q, ';')
              || (t.isWord(q) && t.hash[q] == AND);
      int j = q + 1;
      if (!sep || t.glued(j) || t.isNum(j) != numFirst || !(t.isNum(j) || t.isWord(j))) {
        return;
      }
      if (t.isWord(j) && ((t.shape[j] & Tokens.UPPER) == 0 || !t.glued(j + 1))) {
        return;
      }
      long r = run(p, j);
      int next = (int) (r >>> 32);
      int d = (int) r;
      int e = endOf(t, j, next);
      if (Math.abs(d - digits) > 1 || p.alnumAt(e) || (t.isNum(j) && e == t.end[j] && d < 4)) {
        return;
      }
      p.claim(IdentifierKind.CASE_REFERENCE, t.start[j], e, 0.85, "case-cue");
      q = next;
    }
  }
}
