package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Tokens.isDigit;
import static org.cpdkit.anonymise.Tokens.isLetter;

/**
 * The one pass of the structured kinds over a window's tokens. Every candidate is cheap to spot (an
 * {@code @}, a digit run, a cue word) and is offered to the detectors in a fixed order, the
 * stricter kinds first; each detector verifies strictly (checksums, HMRC letter rules, postcode
 * structure) and claims its span, so later tokens inside a claimed span are skipped. Each step
 * moves forward or looks back a bounded distance, so the work is linear. Per-window state.
 */
final class StructuredPass {
  static final EmailDetector EMAIL = new EmailDetector();
  static final SocialHandleDetector HANDLE = new SocialHandleDetector();
  static final UrlDetector URL = new UrlDetector();
  static final PhoneDetector PHONE = new PhoneDetector();
  static final PostcodeDetector POSTCODE = new PostcodeDetector();
  static final StreetAddressDetector ADDRESS = new StreetAddressDetector();
  static final DateOfBirthDetector DATE_OF_BIRTH = new DateOfBirthDetector();
  static final NhsNumberDetector NHS = new NhsNumberDetector();
  static final NiNumberDetector NI = new NiNumberDetector();
  static final CaseReferenceDetector CASE_REFERENCE = new CaseReferenceDetector();

  private static final long DATE = Lexicon.hash("date");

  final Tokens t;
  final char[] c;
  final int n;
  final Collector out;
  int claimedUntil;
  /** Where the last {@code @} was, so the local part of an e-mail is not read twice. */
  int lastAt = -1;

  StructuredPass(Tokens t, Collector out) {
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

  void claim(IdentifierKind kind, int s, int e, double conf, String reason) {
    out.add(kind, s, e, conf, reason);
    claimedUntil = e;
    if (kind == IdentifierKind.STREET_ADDRESS) {
      addressEnd = e;
    }
  }

  /** Where the last street address found ends, or -1. */
  int addressEnd = -1;

  boolean alnumAt(int i) {
    return i >= 0 && i < n && (isLetter(c[i]) || isDigit(c[i]));
  }

  private void symbol(int k, char ch) {
    if (ch == '@') {
      int at = t.start[k];
      if (!EMAIL.at(this, at)) {
        HANDLE.at(this, at);
      }
    } else if ((ch == '+' || ch == '(') && t.isNum(k + 1) && t.glued(k + 1)) {
      PHONE.at(this, t.start[k]);
    } else if ((ch == '[' || ch == '(') && t.isWord(k + 1) && t.len(k + 1) == 2 && t.glued(k + 1)
        && t.hash[k + 1] == AT) {
      EMAIL.obfuscated(this, t.start[k]); // j.smith [at] example.org
    } else if (ch == '_') {
      HANDLE.bare(this, k);
    } else if (ch == ']') {
      HANDLE.afterChatTime(this, k); // [20-Feb-25 06:02 PM] mod_ayesha evening all
    } else if (ch == '\u00b7' || ch == '\u2022') {
      HANDLE.beforeDot(this, k); // MaggieFromHoole · 3 hours ago, anon_sw • 1 day ago
    }
  }

  private static final long AT = Lexicon.hash("at");
  private static final long NO_WORD = Lexicon.hash("no");

  /** Numbers of a firm, a publication or a request, not of a person's case. */
  private static final Lexicon NOT_CASE_SYSTEMS =
      Lexicon.words("vat foi po isbn issn doi ein crn tel fax ph mob");
  private static final long OF = Lexicon.hash("of");

  private void number(int k) {
    int s = t.start[k];
    if (t.len(k) <= 2 && t.isSym(k + 1, ':') && t.glued(k + 1) && t.isNum(k + 2)
        && t.len(k + 2) == 2 && t.glued(k + 2) && HANDLE.chatSpeaker(this, k + 2)) {
      return; // [21:55] jennyb: a chat's speaker in lower case
    }
    if (c[s] == '0' && nhsCueBefore(k) && NHS.at(this, k)) {
      return; // CHI 0107171236: a Scottish CHI number starts with a day of birth, so often a 0
    }
    if (c[s] == '0' && PHONE.at(this, s)) {
      return;
    }
    if (t.len(k) == 5 && zipAfterState(k)) {
      int e = t.end[k];
      if (t.isSym(k + 1, '-') && t.glued(k + 1) && t.isNum(k + 2) && t.len(k + 2) == 4
          && t.glued(k + 2)) {
        e = t.end[k + 2]; // ZIP+4
      }
      claim(IdentifierKind.POSTCODE, s, e, 0.8, "zip-after-state");
      return; // Columbus, OH 43207
    }
    if ((t.len(k) == 4 || t.len(k) == 6) && postcodeAfterAddress(k)) {
      claim(IdentifierKind.POSTCODE, s, t.end[k], 0.75, "postcode-after-address");
      return; // 31 Browns Road, Manurewa 2102; 417 Mooki Street, Orlando East, Soweto, 1804
    }
    if (alnumAt(s - 1)) {
      if (Tokens.isLetter(c[s - 1])) {
        HANDLE.bare(this, k); // posted by swmum77
      }
      return;
    }
    if (t.isSym(k + 1, '.') && URL.ip(this, k)) {
      return;
    }
    if (s > 0 && c[s - 1] == '.' && HANDLE.quotedDotted(this, k)) {
      return; // in the name "Karwan.Ranya.88"
    }
    if (DATE_OF_BIRTH.looseDate(this, k)) {
      return;
    }
    if (NHS.at(this, k)) {
      return;
    }
    if (c[s] >= '2' && t.len(k) == 3 && threeThreeFour(k) && !referenceCueBefore(k)
        && PHONE.at(this, s)) {
      return; // 604-555-0143, (868) 555-0199: a North American number with no NHS check digit
    }
    if (CASE_REFERENCE.digitsFirst(this, k)) {
      return;
    }
    if (t.len(k) <= 3 && t.isSym(k + 1, ',') && t.isSym(k - 1, ',') && t.isWord(k + 2)
        && t.hash[k + 2] == OF && t.sameLine(k + 2) && ADDRESS.afterAge(this, k + 2)) {
      return; // Doreen Wallace, 78, of Ashfield Road
    }
    ADDRESS.at(this, k, -1);
  }

  private static final Lexicon US_STATES =
      Lexicon.words(
          "al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv"
              + " nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr");

  /** Columbus, OH 43207: a five-digit number after a state's two capitals after a city and comma. */
  private boolean zipAfterState(int k) {
    int q = k - 1;
    return t.isWord(q) && t.len(q) == 2 && (t.shape[q] & Tokens.UPPER) != 0 && t.sameLine(k)
        && !t.glued(k) && US_STATES.get(t.hash[q]) != 0 && t.isSym(q - 1, ',')
        && t.capital(q - 2) && !alnumAt(t.end[k]);
  }

  /**
   * A postcode of four or six digits, as Australia, New Zealand, South Africa and India write
   * them: after a town's capitalised name (and a comma) that ends the line's street address,
   * within three words of it, and at the end of the address (a line's end or a punctuation mark
   * after it).
   */
  private boolean postcodeAfterAddress(int k) {
    int s = t.start[k];
    if (addressEnd < 0 || s - addressEnd > 60 || alnumAt(s - 1) || !t.sameLine(k)) {
      return false;
    }
    int v = t.value(k);
    if (t.len(k) == 4 && v >= 1950 && v <= 2039) {
      return false; // 14 Elm Road, Leeds, 2012: a year more likely than a postcode
    }
    int q = k - 1;
    if (t.isSym(q, ',')) {
      q--;
    }
    if (!t.capital(q) && !(t.isWord(q) && (t.shape[q] & Tokens.UPPER) != 0 && t.len(q) >= 2)) {
      return false;
    }
    for (int p = q; p >= 0 && t.start[p] >= addressEnd; p--) {
      if (!t.sameLine(p + 1) && p + 1 <= k) {
        return false; // the address ended on an earlier line
      }
    }
    int a = k + 1;
    return a >= t.count || !t.sameLine(a)
        || t.type[a] == Tokens.SYM && c[t.start[a]] != '-' && c[t.start[a]] != '/'
            && c[t.start[a]] != ':' && c[t.start[a]] != '.' || t.isSym(a, '.') && !t.isNum(a + 1);
  }

  /** Ref, Mosaic, case, client within the three tokens before number token k on its line. */
  private boolean referenceCueBefore(int k) {
    for (int q = k - 1; q >= 0 && q >= k - 3 && t.sameLine(q + 1); q--) {
      if (t.has(q, Vocabulary.CASE_SYSTEM | Vocabulary.CASE_NOUN)) {
        return true;
      }
    }
    return false;
  }

  /** Number token k, then groups of three and four digits after hyphens, dots or single spaces. */
  private boolean threeThreeFour(int k) {
    if (t.isSym(k + 1, '-') || t.isSym(k + 1, '.')) {
      char sep = c[t.start[k + 1]];
      return t.glued(k + 1) && t.isNum(k + 2) && t.len(k + 2) == 3 && t.glued(k + 2)
          && t.isSym(k + 3, sep) && t.glued(k + 3) && t.isNum(k + 4) && t.len(k + 4) == 4
          && t.glued(k + 4);
    }
    return t.isNum(k + 1) && t.len(k + 1) == 3 && t.isNum(k + 2) && t.len(k + 2) == 4
        && t.start[k + 1] == t.end[k] + 1 && t.start[k + 2] == t.end[k + 1] + 1;
  }

  private static final long ID = Lexicon.hash("id");

  /** Token k starts its line or follows a gap of two spaces or a tab: a form's field. */
  private boolean fieldStart(int k) {
    return k == 0 || !t.sameLine(k) || t.gapBefore(k);
  }

  /** {@code NHS}, {@code CHI no.:} just before number token k, on its line. */
  private boolean nhsCueBefore(int k) {
    for (int q = k - 1; q >= 0 && q >= k - 4 && t.sameLine(q + 1); q--) {
      if (t.has(q, Vocabulary.NHS_CUE)) {
        return true;
      }
      if (!(t.has(q, Vocabulary.CONNECTOR) || t.isSym(q, ':') || t.isSym(q, '.'))) {
        return false;
      }
    }
    return false;
  }

  private void word(int k) {
    if (t.len(k) == 1 && (c[t.start[k]] | 0x20) == 'u' && t.isSym(k + 1, '/')
        && HANDLE.reddit(this, k)) {
      return; // u/temi_o
    }
    if ((t.words[k] & NameWords.TLD) != 0 && t.isSym(k - 1, '.') && t.glued(k) && URL.bare(this, k)) {
      return; // example.org/jess
    }
    if ((t.words[k] & NameWords.RESIDES) != 0 && t.capital(k + 2) && ADDRESS.residence(this, k)) {
      return; // lives on Elm Road
    }
    if ((t.words[k] & NameWords.SPOKEN_ZERO) != 0 && PHONE.spoken(this, k)) {
      return; // oh seven seven hundred nine hundred ...: a number read aloud in a transcript
    }
    int v = t.vocab[k];
    int len = t.len(k);
    if (v == 0 && len > 2 && (t.shape[k] & Tokens.UPPER) == 0 && t.hash[k] != DATE) {
      return; // most words: no cue, no code, no abbreviation
    }
    if ((v & Vocabulary.URL_START) != 0 && URL.at(this, k)) {
      return;
    }
    if (len == 1 && t.isSym(k - 1, '.') && HANDLE.dottedInitial(this, k)) {
      return; // Reply from Kasia.W
    }
    if ((t.words[k] & NameWords.PLATFORM) != 0 && HANDLE.cued(this, k)) {
      return; // Twitter/X: jessm
    }
    if (len <= 2 && t.isNum(k + 1) && !alnumAt(t.start[k] - 1)) {
      if (len == 2 && NI.at(this, t.start[k])) {
        return;
      }
      if (t.glued(k + 1) && POSTCODE.at(this, t.start[k], true)) {
        ADDRESS.beforeTown(this, k);
        return;
      }
      if (len == 1 && t.glued(k + 1) && (t.shape[k] & Tokens.UPPER) != 0
          && POSTCODE.foreign(this, t.start[k])) {
        return; // V94 KX2P, V3T 2K5
      }
    }
    if (len == 2 && t.hash[k] == ID && (t.shape[k] & Tokens.UPPER) != 0 && t.isSym(k + 1, ':')
        && t.isNum(k + 2) && t.len(k + 2) >= 5 && t.sameLine(k + 2) && fieldStart(k)
        && !alnumAt(t.end[k + 2])) {
      // Person: Ebuka OKAFOR-REID   ID: 2210457: a field of a case system's header, on a line
      // of its own or after a gap (a meeting's or an interpreter's ID follows other words)
      claim(IdentifierKind.CASE_REFERENCE, t.start[k + 2], t.end[k + 2], 0.8, "record-id");
      return;
    }
    if ((t.shape[k] & Tokens.UPPER) != 0
        // WF-CSC-24-07731: capitals joined by a hyphen first
        && (len <= 5 || len <= 11 && (t.shape[k] & Tokens.JOINED) != 0)
        && !alnumAt(t.start[k] - 1)
        && (t.isNum(k + 1) || t.isSym(k + 1, '-') || t.isSym(k + 1, '/'))
        && t.glued(k + 1)
        && CASE_REFERENCE.shape(this, k)) {
      return;
    }
    if ((t.shape[k] & Tokens.UPPER) != 0
        && len >= 2
        && len <= 5
        && t.isNum(k + 1)
        && t.start[k + 1] == t.end[k] + 1
        && c[t.end[k]] == ' '
        && !alnumAt(t.start[k] - 1)
        && CASE_REFERENCE.spaced(this, k)) {
      return;
    }
    if (DATE_OF_BIRTH.cued(this, k)) {
      return;
    }

    if ((t.shape[k] & Tokens.UPPER) != 0 && len >= 2 && len <= 6 && v == 0
        && NOT_CASE_SYSTEMS.get(t.hash[k]) == 0
        && t.isWord(k + 1) && t.hash[k + 1] == NO_WORD && t.sameLine(k + 1) && !t.glued(k + 1)
        && (t.isSym(k + 2, ':') || t.isSym(k + 2, '.'))) {
      CASE_REFERENCE.cued(this, k); // ICOS No: 22/034418/A01, a court's or a system's number
      return;
    }
    if ((v & (Vocabulary.CASE_SYSTEM | Vocabulary.CASE_NOUN)) != 0) {
      CASE_REFERENCE.cued(this, k);
    } else if ((v & Vocabulary.FLAT) != 0 && t.isNum(k + 1)) {
      int j = k + 2;
      if (t.isSym(j, ',')) {
        j++;
      }
      if (t.isNum(j)) {
        ADDRESS.at(this, j, t.start[k]);
      } else if (j > k + 2 && t.capital(j) && t.sameLine(j)) {
        ADDRESS.building(this, j, t.start[k]); // Flat 42, Tarling House
      }
    }
  }
}
