package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Tokens.isDigit;
import static org.cpdkit.anonymise.Tokens.isLetter;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the structured kinds on the token stream: every candidate is cheap to spot (an {@code @}, a
 * digit run, a cue word) and is then verified strictly (checksums, HMRC letter rules, postcode
 * structure). Each step moves forward or looks back a bounded distance, so the work is linear.
 */
final class Structured {
  private static final Set<String> POSTCODE_AREAS =
      Set.of(
          ("AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN"
               + " DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA"
               + " KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL"
               + " PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS"
               + " TW UB W WA WC WD WF WN WR WS WV YO ZE")
              .split(" "));

  /** Handles of public bodies and professional organisations: not personal. */
  private static final Set<String> PUBLIC_HANDLES =
      Set.of(
          "socialworkeng",
          "basw_uk",
          "nspcc",
          "cafcass",
          "ofstednews",
          "nhsengland",
          "educationgovuk",
          "dhscgovuk",
          "scie_socialcare",
          "researchip",
          "childrenscommiss",
          "barnardos",
          "mindcharity",
          "youngminds",
          "frontline_sw",
          "thinkahead_sw",
          "skillsforcare",
          "communitycare",
          "theipsw",
          "swscotland",
          "niscc_news",
          "socialcarewales");

  private static final String[] PUBLIC_HOST_SUFFIXES = {
    ".gov.uk",
    ".nhs.uk",
    ".gov",
    ".ac.uk",
    ".police.uk",
    "socialworkengland.org.uk",
    "basw.co.uk",
    "scie.org.uk",
    "nspcc.org.uk",
    "researchinpractice.org.uk",
    "nice.org.uk",
    "legislation.gov.uk",
    "communitycare.co.uk",
    "skillsforcare.org.uk",
    "barnardos.org.uk",
    "cafcass.gov.uk",
    "doi.org",
    "wikipedia.org"
  };
  private static final long DATE = Lexicon.hash("date");
  private static final long OF = Lexicon.hash("of");
  private static final long BIRTH = Lexicon.hash("birth");

  private final Tokens t;
  private final char[] c;
  private final int n;
  private final Collector out;
  private int claimedUntil;
  private int lastAt = -1;

  Structured(Tokens t, Collector out) {
    this.t = t;
    this.c = t.c;
    this.n = t.n;
    this.out = out;
  }

  void run() {
    final int[] hot = t.hot;
    for (int i = 0, m = t.hotCount; i < m; i++) {
      int k = hot[i];
      int s = t.start[k];
      if (s < claimedUntil) {
        continue;
      }
      switch (t.type[k]) {
        case Tokens.SYM -> symbol(k, c[s]);
        case Tokens.NUM -> number(k);
        default -> word(k);
      }
    }
  }

  private void claim(IdentifierKind kind, int s, int e, double conf, String reason) {
    out.add(kind, s, e, conf, reason);
    claimedUntil = e;
  }

  private boolean alnumAt(int i) {
    return i >= 0 && i < n && (isLetter(c[i]) || isDigit(c[i]));
  }

  // ---------------------------------------------------------------- symbols

  private void symbol(int k, char ch) {
    if (ch == '@') {
      emailOrHandle(t.start[k]);
    } else if ((ch == '+' || ch == '(') && t.isNum(k + 1) && t.glued(k + 1)) {
      phone(t.start[k]);
    }
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

  private static boolean handleChar(char ch) {
    return (ch < 128 && (isLetter(ch) || isDigit(ch))) || ch == '_';
  }

  private void emailOrHandle(int at) {
    int left = at - 1;
    int floor = Math.max(lastAt, claimedUntil - 1);
    lastAt = at;
    while (left > floor && localChar(c[left])) {
      left--;
    }
    int ls = left + 1;
    while (ls < at && (c[ls] == '.' || c[ls] == '-')) {
      ls++;
    }
    if (ls < at) {
      int de = domainEnd(at + 1);
      if (de > 0) {
        claim(IdentifierKind.EMAIL, ls, de, 0.99, "email-structure");
      }
      return;
    }
    if (at > 0 && (isLetter(c[at - 1]) || isDigit(c[at - 1]))) {
      return;
    }
    int i = at + 1;
    boolean letter = false;
    while (i < n
        && (handleChar(c[i]) || (c[i] == '.' && i + 1 < n && handleChar(c[i + 1]) && i > at + 1))) {
      letter |= isLetter(c[i]);
      i++;
    }
    int len = i - at - 1;
    if (!letter || len < 2 || len > 30 || (i < n && c[i] == '@')) {
      return;
    }
    String handle = new String(c, at + 1, len).toLowerCase(Locale.ROOT);
    if (PUBLIC_HANDLES.contains(handle)) {
      return;
    }
    claim(IdentifierKind.SOCIAL_HANDLE, at, i, 0.8, "at-handle");
  }

  /** The end of a domain name starting at i (labels, at least one dot, letter TLD), or -1. */
  private int domainEnd(int i) {
    int dots = 0;
    int labelStart = i;
    int lastGoodEnd = -1;
    int j = i;
    while (j < n) {
      char ch = c[j];
      if (isLetter(ch) || isDigit(ch) || ch == '-') {
        j++;
        continue;
      }
      if (ch == '.' && j > labelStart && j + 1 < n && (isLetter(c[j + 1]) || isDigit(c[j + 1]))) {
        if (dots > 0 || j > labelStart) {
          dots++;
        }
        j++;
        labelStart = j;
        continue;
      }
      break;
    }
    if (dots == 0 || j - labelStart < 2) {
      return lastGoodEnd;
    }
    for (int q = labelStart; q < j; q++) {
      if (!isLetter(c[q])) {
        return -1;
      }
    }
    return j;
  }

  // ---------------------------------------------------------------- words

  private void word(int k) {
    int v = t.vocab[k];
    int len = t.len(k);
    if (v == 0 && len > 2 && (t.shape[k] & Tokens.UPPER) == 0 && t.hash[k] != DATE) {
      return; // most words: no cue, no code, no abbreviation
    }
    if ((v & Vocabulary.URL_START) != 0 && url(k)) {
      return;
    }
    if (len <= 2 && t.isNum(k + 1) && !alnumAt(t.start[k] - 1)) {
      if (len == 2 && ni(t.start[k])) {
        return;
      }
      if (t.glued(k + 1) && postcode(t.start[k])) {
        return;
      }
    }
    if ((t.shape[k] & Tokens.UPPER) != 0
        && len >= 2
        && len <= 5
        && !alnumAt(t.start[k] - 1)
        && (t.isNum(k + 1) || t.isSym(k + 1, '-') || t.isSym(k + 1, '/'))
        && t.glued(k + 1)
        && referenceShape(k)) {
      return;
    }
    if ((v & Vocabulary.DOB_CUE) != 0) {
      dateOfBirth(k + 1, 0.95, "dob-cue");
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
      dateOfBirth(k + 5, 0.95, "dob-cue");
    } else if (len == 1 && c[t.start[k]] == 'b' && t.isSym(k + 1, '.') && t.glued(k + 1)) {
      dateOfBirth(k + 2, 0.85, "dob-cue");
    } else if (t.hash[k] == DATE
        && t.isWord(k + 1)
        && t.hash[k + 1] == OF
        && t.isWord(k + 2)
        && t.hash[k + 2] == BIRTH) {
      dateOfBirth(k + 3, 0.95, "dob-cue");
    } else if ((v & (Vocabulary.CASE_SYSTEM | Vocabulary.CASE_NOUN)) != 0) {
      caseReference(k);
    } else if ((v & Vocabulary.FLAT) != 0 && t.isNum(k + 1)) {
      int j = k + 2;
      if (t.isSym(j, ',')) {
        j++;
      }
      if (t.isNum(j)) {
        address(j, t.start[k]);
      }
    }
  }

  private boolean url(int k) {
    int s = t.start[k];
    int i = t.end[k];
    boolean www = t.len(k) == 3;
    if (www) {
      if (i >= n || c[i] != '.') {
        return false;
      }
    } else if (!(i + 2 < n && c[i] == ':' && c[i + 1] == '/' && c[i + 2] == '/')) {
      return false;
    }
    int hostStart = www ? s : i + 3;
    int depth = 0;
    int j = i;
    while (j < n) {
      char ch = c[j];
      if (Tokens.isSpace(ch)
          || ch == '<'
          || ch == '>'
          || ch == '"'
          || ch == '\u201c'
          || ch == '\u201d') {
        break;
      }
      if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        if (depth == 0) {
          break;
        }
        depth--;
      }
      j++;
    }
    while (j > i && ".,;:!?'\u2019".indexOf(c[j - 1]) >= 0) {
      j--;
    }
    if (j - hostStart < 4) {
      return false;
    }
    int hostEnd = hostStart;
    while (hostEnd < j
        && c[hostEnd] != '/'
        && c[hostEnd] != ':'
        && c[hostEnd] != '?'
        && c[hostEnd] != '#') {
      hostEnd++;
    }
    String host = new String(c, hostStart, hostEnd - hostStart).toLowerCase(Locale.ROOT);
    for (String suffix : PUBLIC_HOST_SUFFIXES) {
      if (host.endsWith(suffix)) {
        claim(IdentifierKind.URL, s, j, 0.3, "url+public-body");
        return true;
      }
    }
    claim(IdentifierKind.URL, s, j, 0.9, "url");
    return true;
  }

  private boolean ni(int p) {
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
        && !alnumAt(q + 1)
        && (upper ? Character.isUpperCase(c[q]) : Character.isLowerCase(c[q]))) {
      e = q + 1;
    } else if (alnumAt(i)) {
      return false;
    }
    claim(
        IdentifierKind.NI_NUMBER,
        p,
        e,
        specimen ? 0.8 : 0.95,
        specimen ? "ni-specimen-prefix" : "hmrc-rules");
    return true;
  }

  private boolean postcode(int p) {
    return postcode(p, true);
  }

  private boolean postcode(int p, boolean claim) {
    // the outward code: the alphanumeric run starting at p
    int r = p;
    while (r < n && (isLetter(c[r]) || isDigit(c[r])) && c[r] < 128) {
      r++;
    }
    int outEnd;
    int inStart;
    int inEnd;
    if (r - p >= 2 && r - p <= 4 && r < n && c[r] == ' ' && r + 3 < n + 1) {
      outEnd = r;
      inStart = r + 1;
      inEnd = inStart;
      while (inEnd < n && (isLetter(c[inEnd]) || isDigit(c[inEnd]))) {
        inEnd++;
      }
      if (inEnd - inStart != 3) {
        return false;
      }
    } else if (r - p >= 5 && r - p <= 7) {
      outEnd = r - 3;
      inStart = outEnd;
      inEnd = r;
    } else {
      return false;
    }
    boolean allUpper = true;
    boolean allLower = true;
    for (int i = p; i < inEnd; i++) {
      if (isLetter(c[i])) {
        allUpper &= Character.isUpperCase(c[i]);
        allLower &= Character.isLowerCase(c[i]);
      }
    }
    if (!allUpper && !allLower) {
      return false;
    }
    if (!outwardValid(p, outEnd) || !inwardValid(inStart)) {
      return false;
    }
    if (allLower && (t.vocab.length > 0) && isOrdinal(inStart)) {
      return false;
    }
    if (claim) {
      claim(IdentifierKind.POSTCODE, p, inEnd, allUpper ? 0.95 : 0.8, "postcode-structure");
    }
    return true;
  }

  private boolean isOrdinal(int i) {
    String s = ("" + c[i + 1] + c[i + 2]).toLowerCase(Locale.ROOT);
    return s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
  }

  private boolean outwardValid(int p, int e) {
    int letters = 0;
    while (p + letters < e && isLetter(c[p + letters])) {
      letters++;
    }
    if (letters < 1 || letters > 2) {
      return false;
    }
    String area = new String(c, p, letters).toUpperCase(Locale.ROOT);
    if (!POSTCODE_AREAS.contains(area)) {
      return false;
    }
    int i = p + letters;
    int rest = e - i;
    if (rest == 1) {
      return isDigit(c[i]);
    }
    if (rest == 2) {
      if (isDigit(c[i]) && isDigit(c[i + 1])) {
        return true;
      }
      if (isDigit(c[i]) && isLetter(c[i + 1])) {
        char l = Character.toUpperCase(c[i + 1]);
        return letters == 1 ? "ABCDEFGHJKPSTUW".indexOf(l) >= 0 : "ABEHMNPRVWXY".indexOf(l) >= 0;
      }
    }
    return false;
  }

  private boolean inwardValid(int i) {
    return isDigit(c[i])
        && isLetter(c[i + 1])
        && isLetter(c[i + 2])
        && "CIKMOV".indexOf(Character.toUpperCase(c[i + 1])) < 0
        && "CIKMOV".indexOf(Character.toUpperCase(c[i + 2])) < 0
        && !alnumAt(i + 3);
  }

  // ---------------------------------------------------------------- numbers

  private void number(int k) {
    int s = t.start[k];
    if (c[s] == '0' && phone(s)) {
      return;
    }
    if (alnumAt(s - 1)) {
      return;
    }
    int de = date(k);
    if (de > 0) {
      looseDate(k, de);
      return;
    }
    if (nhs(k)) {
      return;
    }
    address(k, -1);
  }

  private boolean phone(int p) {
    int i = p;
    boolean plus = c[i] == '+';
    if (plus) {
      i++;
    } else if (alnumAt(p - 1)) {
      return false;
    }
    int digits = 0;
    int bestEnd = -1;
    String bestReason = null;
    double bestConf = 0;
    long value = 0;
    int leadingZeroCount = 0;
    boolean open = false;
    StringBuilder d = new StringBuilder(16);
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
      while (i < n && isDigit(c[i]) && digits <= 15) {
        d.append(c[i]);
        digits++;
        i++;
      }
      if (open && i < n && c[i] == ')') {
        open = false;
        i++;
        if (i < n && isDigit(c[i])) {
          continue; // +44 (0)20...
        }
      }
      if (!open && !alnumAt(i)) {
        double conf = plus ? intlValid(d) : nationalValid(d, 0);
        if (conf > 0) {
          bestEnd = i;
          bestConf = conf;
          bestReason = "phone-structure";
        }
      }
      if (i < n
          && (c[i] == ' ' || c[i] == '-' || c[i] == '\u00a0')
          && i + 1 < n
          && (isDigit(c[i + 1]) || c[i + 1] == '(')) {
        i++;
        continue;
      }
      break;
    }
    if (bestEnd < 0 || value < 0 || leadingZeroCount < 0) {
      return false;
    }
    claim(IdentifierKind.PHONE, p, bestEnd, bestConf, bestReason);
    return true;
  }

  private static double nationalValid(CharSequence d, int from) {
    int len = d.length() - from;
    if (len < 10 || d.charAt(from) != '0') {
      return 0;
    }
    char second = d.charAt(from + 1);
    if (len == 11 && "1235789".indexOf(second) >= 0) {
      return 0.95;
    }
    if (len == 10 && (second == '1' || second == '8')) {
      return 0.85;
    }
    return 0;
  }

  private static double intlValid(CharSequence d) {
    if (d.length() >= 2 && d.charAt(0) == '4' && d.charAt(1) == '4') {
      StringBuilder national = new StringBuilder("0");
      int from = d.length() > 2 && d.charAt(2) == '0' ? 3 : 2;
      national.append(d, from, d.length());
      return nationalValid(national, 0);
    }
    return d.length() >= 8 && d.length() <= 15 ? 0.8 : 0;
  }

  private boolean nhs(int k) {
    int s = t.start[k];
    int e;
    if (t.len(k) == 10) {
      e = t.end[k];
    } else if (t.len(k) == 3
        && t.isNum(k + 2)
        && t.len(k + 2) == 3
        && t.isNum(k + 4)
        && t.len(k + 4) == 4
        && sep(k + 1)
        && sep(k + 3)) {
      e = t.end[k + 4];
    } else if (t.len(k) == 3
        && t.isNum(k + 1)
        && t.len(k + 1) == 3
        && t.isNum(k + 2)
        && t.len(k + 2) == 4
        && oneSpace(k + 1)
        && oneSpace(k + 2)) {
      e = t.end[k + 2];
    } else {
      return false;
    }
    if (alnumAt(e)) {
      return false;
    }
    int[] digits = new int[10];
    int q = 0;
    for (int i = s; i < e; i++) {
      if (isDigit(c[i])) {
        digits[q++] = c[i] - '0';
      }
    }
    boolean same = true;
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += digits[i] * (10 - i);
      same &= digits[i] == digits[0];
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    if (same || check == 10 || check != digits[9]) {
      return false;
    }
    boolean cue =
        t.has(k - 1, Vocabulary.NHS_CUE | Vocabulary.CONNECTOR) || t.has(k - 2, Vocabulary.NHS_CUE);
    claim(IdentifierKind.NHS_NUMBER, s, e, cue ? 0.99 : 0.9, "checksum");
    return true;
  }

  /**
   * Token k is a single separator: a hyphen glued on both sides, or the space between two tokens.
   */
  private boolean sep(int k) {
    if (t.isSym(k, '-')) {
      return t.glued(k) && t.glued(k + 1);
    }
    return false;
  }

  /** Token k follows token k-1 after exactly one space on the same line. */
  private boolean oneSpace(int k) {
    return t.start[k] == t.end[k - 1] + 1 && c[t.end[k - 1]] == ' ';
  }

  private void address(int k, int flatStart) {
    if (t.len(k) > 3 || t.value(k) <= 0) {
      return;
    }
    if (flatStart < 0) {
      if (t.has(k - 1, Vocabulary.NUMBER_NOUN | Vocabulary.AGE_WORD | Vocabulary.YEARS)
          || (k > 0
              && t.type[k - 1] == Tokens.SYM
              && t.glued(k)
              && ".,/-:".indexOf(c[t.start[k - 1]]) >= 0)) {
        return;
      }
      if (t.isSym(k - 1, ',') && t.isNum(k - 2) && t.has(k - 3, Vocabulary.FLAT)) {
        flatStart = t.start[k - 3];
      }
    }
    int j = k + 1;
    if (t.isWord(j) && t.glued(j) && t.len(j) == 1) {
      j++;
    }
    int last = -1;
    int words = 0;
    while (words < 4
        && t.isWord(j)
        && t.sameLine(j)
        && !t.glued(j)
        && (t.shape[j] & (Tokens.CAP | Tokens.UPPER)) != 0
        && t.len(j) > 1) {
      words++;
      if (words >= 2 && (t.vocab[j] & Vocabulary.STREET) != 0) {
        last = j;
      }
      j++;
    }
    if (last < 0
        && words >= 1
        && flatStart < 0
        && t.isSym(j, ',')
        && t.glued(j)
        && t.isWord(j + 1)
        && t.sameLine(j + 1)
        && postcode(t.start[j + 1], false)) {
      last = j - 1; // 41 Cae Glas, SA1 8PU: a street without a street type, then a postcode
    }
    if (last < 0) {
      return;
    }
    claim(
        IdentifierKind.STREET_ADDRESS,
        flatStart >= 0 ? flatStart : t.start[k],
        t.end[last],
        0.9,
        flatStart >= 0 ? "flat+street-type" : "number+street-type");
  }

  // ---------------------------------------------------------------- cued kinds

  private static final long BIRTHDAY = Lexicon.hash("birthday");
  private static final long OLD = Lexicon.hash("old");

  /**
   * A date with no cue before it: a date of birth when a cue follows ("12/03/2015 (DOB)", "3 March
   * 2015 - date of birth") or an age stands next to it ("aged 7 (12/03/2017)", "12/03/2017, aged
   * 7"); otherwise kept for the name pass ("Amelia Rhodes 11/07/2017").
   */
  private void looseDate(int k, int e) {
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
                    && (t.hash[q] == Lexicon.hash("is") || t.hash[q] == Lexicon.hash("was"))));
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
    int p = k - 1;
    while (p >= 0 && p > k - 3 && (t.isSym(p, '(') || t.isSym(p, ',') || t.isSym(p, '-'))) {
      p--;
    }
    boolean before =
        t.sameLine(k)
            && p >= 0
            && p < k - 1
            && ((t.isNum(p)
                    && t.len(p) <= 2
                    && (t.has(p - 1, Vocabulary.AGE_WORD) || t.isSym(p - 1, '(')))
                || (t.has(p, Vocabulary.YEARS) && t.isNum(p - 1))
                || (t.isWord(p) && t.hash[p] == OLD && t.has(p - 1, Vocabulary.YEARS)));
    boolean near = !after && !before && birthWordNear(k, j);
    if (after || before || near) {
      claim(
          IdentifierKind.DATE_OF_BIRTH,
          t.start[k],
          e,
          near ? 0.75 : 0.85,
          after ? "dob-cue-after" : near ? "dob-cue-in-sentence" : "age-next-to-date");
    } else {
      out.looseDate(k, e);
      claimedUntil = e;
    }
  }

  private static final int BIRTH_WINDOW = 6;

  /**
   * "was born in Leeds on 12/03/2015", "22/10/1990 is when he was born": a birth word within a few
   * words of the date, in the same sentence and on the same line.
   */
  private boolean birthWordNear(int k, int j) {
    for (int p = k - 1, seen = 0; p >= 0 && seen < BIRTH_WINDOW && t.sameLine(p + 1); p--) {
      if (sentenceEnd(p)) {
        break;
      }
      if (birthWord(p)) {
        return true;
      }
      seen += t.isWord(p) ? 1 : 0;
    }
    for (int q = j, seen = 0; q < t.count && seen < BIRTH_WINDOW && t.sameLine(q); q++) {
      if (sentenceEnd(q)) {
        break;
      }
      if (birthWord(q)) {
        return true;
      }
      seen += t.isWord(q) ? 1 : 0;
    }
    return false;
  }

  private boolean birthWord(int p) {
    return t.has(p, Vocabulary.DOB_CUE) || (t.isWord(p) && t.hash[p] == BIRTH);
  }

  private boolean sentenceEnd(int p) {
    return (t.isSym(p, '.') || t.isSym(p, '!') || t.isSym(p, '?') || t.isSym(p, ';'))
        && (p + 1 >= t.count || !t.glued(p + 1));
  }

  private void dateOfBirth(int j, double conf, String reason) {
    for (int skip = 0; skip < 3 && j < t.count; skip++) {
      if (t.isSym(j, ':')
          || t.isSym(j, '-')
          || t.isSym(j, ',')
          || t.isSym(j, '(')
          || t.isSym(j, '.')
          || (t.isWord(j)
              && (t.shape[j] & Tokens.LOWER) != 0
              && (t.vocab[j] & Vocabulary.MONTH) == 0)) {
        j++;
      } else {
        break;
      }
    }
    int e = date(j);
    if (e > 0) {
      claim(IdentifierKind.DATE_OF_BIRTH, t.start[j], e, conf, reason);
    } else if (j < t.count && t.isNum(j) && (e = bornYear(j)) > 0) {
      claim(IdentifierKind.DATE_OF_BIRTH, t.start[j], e, 0.6, "dob-cue+year");
    }
  }

  /** The end offset of a date starting at token j, or -1. */
  private int date(int j) {
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
        int m = j + 1;
        if (t.isWord(m) && t.glued(m) && t.has(m, Vocabulary.ORDINAL)) {
          m++;
        }
        if (t.isWord(m) && t.hash[m] == OF) {
          m++;
        }
        if (t.has(m, Vocabulary.MONTH)) {
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

  /** A year on its own after "born": part of a date of birth. */
  private int bornYear(int j) {
    int y = t.value(j);
    return t.len(j) == 4 && y >= 1900 && y <= 2099 && !alnumAt(t.end[j]) ? t.end[j] : -1;
  }

  /** CR-004512, MOS/2231/77, LCS123456: capitals, then digits, with no cue word. */
  private boolean referenceShape(int k) {
    int q = k + 1;
    int digits = 0;
    int groups = 0;
    int e = t.end[k];
    while (q < t.count && t.glued(q)) {
      if (t.isNum(q)) {
        digits += t.len(q);
        groups++;
        e = t.end[q];
      } else if (t.isWord(q) && (t.shape[q] & Tokens.UPPER) != 0 && t.len(q) <= 3 && groups > 0) {
        e = t.end[q];
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
    if (alnumAt(e)) {
      return false;
    }
    claim(IdentifierKind.CASE_REFERENCE, t.start[k], e, 0.75, "reference-shape");
    return true;
  }

  private void caseReference(int k) {
    int v = t.vocab[k];
    int j = k + 1;
    boolean system =
        (v & Vocabulary.CASE_SYSTEM) != 0
            && (v & Vocabulary.CONNECTOR) == 0; // lcs, mosaic: not ref, reference
    if ((v & Vocabulary.CASE_SYSTEM) == 0) {
      if (!(t.has(j, Vocabulary.CONNECTOR | Vocabulary.CASE_SYSTEM) || t.isSym(j, ':'))
          || !t.sameLine(j)) {
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
    if (colon > j && !t.has(j, Vocabulary.CONNECTOR)) {
      j = colon;
    } else if (colon > j && t.has(j, Vocabulary.CONNECTOR) && !t.has(j + 1, Vocabulary.CONNECTOR)) {
      j = colon;
    }
    for (int skip = 0; skip < 4 && j < t.count && t.sameLine(j); skip++) {
      if (t.has(j, Vocabulary.CONNECTOR | Vocabulary.CASE_SYSTEM)
          || t.isSym(j, ':')
          || t.isSym(j, '#')
          || t.isSym(j, '.')
          || t.isSym(j, '-')) {
        j++;
      } else {
        break;
      }
    }
    if (j >= t.count || !t.sameLine(j) || j == k) {
      return;
    }
    if (t.isWord(j) && (t.shape[j] & Tokens.UPPER) == 0 && !(t.isNum(j + 1) && t.glued(j + 1))) {
      return;
    }
    if (t.isNum(j) && !alnumAt(t.start[j] - 1)) {
      // a phone or NHS number after "referral:" or "number for": the stricter kind wins
      boolean realSystem = (v & Vocabulary.CASE_SYSTEM) != 0 && (v & Vocabulary.CONNECTOR) == 0;
      if ((c[t.start[j]] == '0' && phone(t.start[j])) || (!realSystem && nhs(j))) {
        return;
      }
    }
    int s = t.start[j];
    int e = s;
    int digits = 0;
    int q = j;
    while (q < t.count && (q == j || t.glued(q))) {
      if (t.type[q] == Tokens.SYM) {
        char ch = c[t.start[q]];
        if ((ch != '-' && ch != '/' && ch != '_') || !(t.glued(q + 1) && !t.isSym(q + 1, ch))) {
          break;
        }
      } else {
        if (t.type[q] == Tokens.NUM) {
          digits += t.len(q);
        }
        e = t.end[q];
      }
      q++;
    }
    if (digits < 4 && !(digits >= 3 && e - s > digits)) {
      return;
    }
    if (!system && digits == 4 && e - s == 4) {
      int y = t.value(j);
      if (y >= 1900 && y <= 2099) {
        return;
      }
    }
    claim(IdentifierKind.CASE_REFERENCE, s, e, 0.9, "case-cue");
  }
}
