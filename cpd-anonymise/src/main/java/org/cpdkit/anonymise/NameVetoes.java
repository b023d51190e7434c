package org.cpdkit.anonymise;

/**
 * The shapes that say a capitalised word is not a person's name however it looks: already
 * anonymised phrases ({@code Child A}), mixed-case acronyms ({@code DoLS}), a lower-case part
 * after a hyphen ({@code Merton-compliant}), a run of capitalised words that ends as an
 * organisation ({@code Fenwick Amos Solicitors}, {@code Marsh Trust}) or follows one ({@code
 * Borough of Croydon}), the parties of a cited case ({@code Iceland Frozen Foods Ltd v Jones}),
 * idioms ({@code Nosey Parker}, {@code Bob's your uncle}) and mythological or fictional figures
 * used as the names of things ({@code Athena}).
 */
final class NameVetoes {
  private static final long OF = Lexicon.hash("of");
  private static final long V = Lexicon.hash("v");
  private static final long RE = Lexicon.hash("re");
  private static final long AND = Lexicon.hash("and");
  private static final long THE = Lexicon.hash("the");
  private static final long Y = Lexicon.hash("y");
  private static final long YR = Lexicon.hash("yr");

  /** Idioms, word by word; the words that look like names are marked in {@link NameWords}. */
  static final String[] IDIOM_PHRASES = {
    "jack of all trades", "nosey parker", "nosy parker", "bob your uncle", "doubting thomas",
    "punch and judy", "robbing peter to pay paul", "rob peter to pay paul", "tom dick or harry",
    "tom dick and harry", "peeping tom", "smart alec", "joe bloggs", "joe public", "john doe",
    "jane doe", "heath robinson", "jack the lad", "billy no mates", "even stevens", "mr right",
    "mr big", "jack and jill", "uncle tom cobley", "johnny come lately", "every tom",
    "billy nomates", "billy big boots", "little miss sunshine", "miss sunshine", "lazy susan",
    "dear john", "john bull", "jack frost", "father christmas", "mother goose", "grim reaper",
    "murphy law", "sod law", "hobson choice", "parkinson law", "peter principle",
    "jock tamson", "inna lillahi", "jazakum allahu", "jazakallah khair", "rome wasnt built",
    "rome was not built", "when in rome", "lead to rome", "keeping up with the joneses",
    "keep up with the joneses", "the real mccoy", "happy as larry", "flash harry", "clever dick",
    "proper charlie", "right charlie", "bobby dazzler", "jack russell", "marks spencer",
    "marks and spencer", "thomas the tank engine", "winnie the pooh",
    // figures of fiction and children's television, named as things are
    "harry potter", "mary poppins", "peter pan", "mona lisa", "mr bean", "uncle sam",
    "fred karno", "santa claus", "bob the builder", "postman pat", "peppa pig",
    "paddington bear", "robin hood", "snow white", "sherlock holmes", "james bond",
    "mickey mouse", "minnie mouse", "danny boy", "tom and jerry", "jack and the beanstalk",
    "tracy beaker", "mrs doubtfire", "miss trunchbull", "tommy shelby", "peaky blinders",
    "full monty", "kia ora", "kia kaha", "valentine day", "trigger broom", "lady muck",
    "mrs brown boys", "david brent", "emily in paris", "oliver twist", "paddy market",
    "nanny mcphee", "fionn mac cumhaill", "mr tumble", "lord muck", "vicky pollard",
    "ted hastings", "phil mitchell", "del boy", "dot cotton"
  };

  /** Function words of the idioms, which alone never make a word worth matching. */
  static final String[] IDIOM_FUNCTION_WORDS = {"of", "the", "and", "to", "or"};

  private static final long[][] IDIOMS = idioms(IDIOM_PHRASES);

  /**
   * For each word of the idioms, the idioms it is in: the word's slot in {@link #IDIOM_WORDS}
   * holds an index into this array, whose entry lists indices into {@link #IDIOMS}.
   */
  private static final int[][] IDIOMS_OF_WORD;

  private static final Lexicon IDIOM_WORDS = new Lexicon(256);

  static {
    java.util.Map<String, int[]> of = new java.util.LinkedHashMap<>();
    for (int i = 0; i < IDIOM_PHRASES.length; i++) {
      for (String w : IDIOM_PHRASES[i].split(" ")) {
        int[] was = of.getOrDefault(w, new int[0]);
        if (was.length == 0 || was[was.length - 1] != i) {
          int[] now = java.util.Arrays.copyOf(was, was.length + 1);
          now[was.length] = i;
          of.put(w, now);
        }
      }
    }
    IDIOMS_OF_WORD = new int[of.size() + 1][];
    IDIOMS_OF_WORD[0] = new int[0];
    int id = 1;
    for (java.util.Map.Entry<String, int[]> e : of.entrySet()) {
      IDIOMS_OF_WORD[id] = e.getValue();
      IDIOM_WORDS.add(e.getKey(), id++);
    }
  }

  private NameVetoes() {}

  private static long[][] idioms(String... phrases) {
    long[][] out = new long[phrases.length][];
    for (int i = 0; i < phrases.length; i++) {
      String[] w = phrases[i].split(" ");
      out[i] = new long[w.length];
      for (int j = 0; j < w.length; j++) {
        out[i][j] = Lexicon.hash(w[j]);
      }
    }
    return out;
  }

  /** The word k is part of an idiom ("Jack of all trades", "robbing Peter to pay Paul"). */
  static boolean idiom(Tokens t, int k) {
    if ((t.words[k] & NameWords.IDIOM_PART) == 0) {
      return false; // most words are in no idiom
    }
    for (int i : IDIOMS_OF_WORD[IDIOM_WORDS.get(t.hash[k])]) {
      long[] idiom = IDIOMS[i];
      for (int at = 0; at < idiom.length; at++) {
        if (idiom[at] == t.hash[k] && matches(t, k, idiom, at)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The words of the idiom around k, skipping punctuation on the same line. */
  private static boolean matches(Tokens t, int k, long[] idiom, int at) {
    int q = k;
    for (int i = at - 1; i >= 0; i--) {
      q = previousWord(t, q);
      if (q < 0 || t.hash[q] != idiom[i]) {
        return false;
      }
    }
    q = k;
    for (int i = at + 1; i < idiom.length; i++) {
      q = nextWord(t, q);
      if (q < 0 || t.hash[q] != idiom[i]) {
        return false;
      }
    }
    return true;
  }

  private static int previousWord(Tokens t, int k) {
    for (int q = k - 1; q >= 0 && q >= k - 3 && t.sameLine(q + 1); q--) {
      if (t.isWord(q)) {
        return q;
      }
    }
    return -1;
  }

  private static int nextWord(Tokens t, int k) {
    for (int q = k + 1; q < t.count && q <= k + 3 && t.sameLine(q); q++) {
      if (t.isWord(q)) {
        return q;
      }
    }
    return -1;
  }

  /**
   * The capitalised run that k belongs to ends in a word that ends an organisation's name ("Fenwick
   * Amos Solicitors", "Leigh Teaching Hospitals", "Hadley Bright LLP"), or k is that word after a
   * capitalised word ("Marsh Trust"); "and" and possessives may stand inside the run ("Guy's and
   * St Thomas' NHS Foundation Trust").
   */
  static boolean organisation(Tokens t, int k) {
    if ((t.words[k] & NameWords.ORG_END) != 0
        && k > 0
        && (t.capital(k - 1) || (t.shape[k - 1] & Tokens.UPPER) != 0)
        && t.sameLine(k)) {
      return !surnameOfAPlace(t, k);
    }
    if ((t.words[k] & NameWords.ORG_END) != 0
        && (t.isSym(k - 1, '&') || (t.isWord(k - 1) && t.hash[k - 1] == AND))
        && t.capital(k - 2)
        && t.sameLine(k)
        && t.sameLine(k - 1)) {
      return true; // Harlow & Co, Smith and Partners
    }
    int j = k;
    for (int n = 0; n < 4; n++) {
      int q = j + 1;
      if ((t.isSym(q, '&') || (t.isWord(q) && t.hash[q] == AND)) && t.sameLine(q)) {
        q++; // Avon and Somerset Police, Ferguson & Tait LLP
      }
      if (q >= t.count || !t.sameLine(q) || t.glued(q) || !(t.capital(q) || upperWord(t, q))) {
        return false;
      }
      if ((t.words[q] & NameWords.ORG_END) != 0) {
        return !surnameOfAPlace(t, q);
      }
      j = q;
    }
    return false;
  }

  private static final long SIR = Lexicon.hash("sir");
  private static final Lexicon CYNGOR =
      Lexicon.words("cyngor gyngor chyngor nghyngor");

  /**
   * Cyngor Sir Ceredigion, CYNGOR SIR DYFFRYN TEIFI: in Welsh "Sir" after "Cyngor" (council) is a
   * county, not a knight's title, so the words after it name the county.
   */
  static boolean welshCounty(Tokens t, int k) {
    for (int p = k - 1; p >= k - 2 && p >= 1; p--) {
      if (t.isWord(p) && t.hash[p] == SIR && t.isWord(p - 1) && CYNGOR.get(t.hash[p - 1]) != 0
          && t.sameLine(p)) {
        return true;
      }
      if (!t.isWord(p) || !t.sameLine(p + 1)) {
        return false;
      }
    }
    return false;
  }

  /** Shops and chains named with an owner's possessive, which people say as places. */
  private static final Lexicon BRANDS =
      Lexicon.words("mcdonald sainsbury nando domino butlin wetherspoon debenham harrod selfridge");

  /**
   * The McDonald's on Soho Road, a trip to Nando's: a chain's name with its possessive, with no
   * given name before it (Sarah McDonald's daughter is a person's).
   */
  static boolean brand(Tokens t, int k) {
    return (t.shape[k] & Tokens.POSSESSIVE) != 0 && BRANDS.get(t.hash[k]) != 0
        && !(k > 0 && t.sameLine(k) && !t.glued(k)
            && (t.capital(k - 1) || (t.shape[k - 1] & Tokens.UPPER) != 0));
  }

  /** The last words of a building's or a room's name that no one bears as a surname. */
  private static final Lexicon BUILDING_ENDS =
      Lexicon.words(
          "suite library building room rooms wing block annexe pavilion lounge auditorium museum"
              + " gallery theatre centre center hospital infirmary academy college school surgery"
              + " clinic chapel");

  /**
   * Lord Collingwood Suite, Sir Kenneth Green Library: a titled name that a building or a room is
   * named after. The run of capitalised words after k ends in a building's word, and the line goes
   * on in lower case, with a number or a symbol, not with a role ({@code Dr Amir Khan Centre
   * Manager} is a person).
   */
  static boolean titledBuilding(Tokens t, int k) {
    int q = k + 1;
    for (int n = 0; n < 3 && q < t.count; n++, q++) {
      if (!t.sameLine(q) || t.glued(q) || (t.shape[q] & Tokens.CAP) == 0
          || (t.shape[q] & Tokens.POSSESSIVE) != 0) {
        return false;
      }
      if (BUILDING_ENDS.get(t.hash[q]) != 0) {
        int a = q + 1;
        return a >= t.count || !t.sameLine(a) || t.type[a] != Tokens.WORD
            || (t.shape[a] & Tokens.LOWER) != 0 && (t.vocab[a] & Vocabulary.ROLE) == 0;
      }
    }
    return false;
  }

  /** Surnames that are also the last word of a building's, a park's or a firm's name. */
  private static final Lexicon SURNAMES_OF_PLACES =
      Lexicon.words("hall park lane law cross bank bridge");

  private static final Lexicon PLAIN_TITLES = Lexicon.words("mr mrs ms miss mx dr");

  /**
   * Jessica Hall said, Mrs Amy Park: a surname that also ends the names of buildings and firms is a
   * person's when a given name no list holds as a word or a place stands right before it, nothing
   * but a plain title before that, and the sentence goes on in lower case (not the Albert Hall,
   * Lady Margaret Hall, Victoria Park, Jessica Hall Primary). House, Court, Lodge and Church are
   * left out: they name care homes and churches after given names (Oliver House, Emmanuel Church)
   * more often than people.
   */
  static boolean surnameOfAPlace(Tokens t, int q) {
    int p = q - 1;
    if (SURNAMES_OF_PLACES.get(t.hash[q]) == 0
        || p < 0
        || !t.isWord(p)
        || !t.sameLine(q)
        || t.glued(q)
        || (t.shape[p] & (Tokens.CAP | Tokens.POSSESSIVE)) != Tokens.CAP
        || (t.shape[q] & Tokens.CAP) == 0
        || (t.nameFlags[p] & (Lexicon.GIVEN | Lexicon.COMMON)) != Lexicon.GIVEN
        || (t.ctx[p] & (Lexicon.PLACE | Lexicon.WORD)) != 0) {
      return false;
    }
    int b = p - 1;
    if (b >= 0 && t.sameLine(p) && t.isWord(b)
        && ((t.vocab[b] & (Vocabulary.DETERMINER | Vocabulary.POSS_DET)) != 0
            || ((t.shape[b] & (Tokens.CAP | Tokens.UPPER)) != 0
                && PLAIN_TITLES.get(t.hash[b]) == 0
                && !NameCues.sentenceStart(t, p)))) {
      return false; // the Albert Hall, Lady Margaret Hall
    }
    int a = q + 1;
    return a >= t.count
        || !t.sameLine(a)
        || t.type[a] == Tokens.SYM
        || (t.isWord(a) && (t.shape[a] & Tokens.LOWER) != 0);
  }

  /**
   * A word in capitals that can stand inside an organisation's name: not a preposition, article or
   * verb, so that on a line in capitals {@code LEILA AT THE CONTACT CENTRE} is not one name.
   */
  private static boolean upperWord(Tokens t, int k) {
    return t.isWord(k) && (t.shape[k] & Tokens.UPPER) != 0 && t.len(k) >= 2
        && (t.vocab[k] & NOT_IN_A_NAME) == 0;
  }

  private static final int NOT_IN_A_NAME =
      Vocabulary.PLACE_PREP | Vocabulary.DETERMINER | Vocabulary.POSS_DET | Vocabulary.AUX
          | Vocabulary.REPORTING | Vocabulary.LINK | Vocabulary.CONTACT;

  /** "London Borough of Croydon", "Republic of Moldova", "Church of Pentecost". */
  static boolean afterOrganisationOf(Tokens t, int k) {
    int p = k - 1;
    if (t.isWord(p) && t.hash[p] == THE) {
      p--;
    }
    return t.isWord(p)
        && (t.hash[p] == OF || (t.words[p] & NameWords.OF_ABROAD) != 0)
        && t.sameLine(p + 1)
        && t.isWord(p - 1)
        && (t.shape[p - 1] & (Tokens.CAP | Tokens.UPPER)) != 0
        && (t.words[p - 1] & (NameWords.ORG_OF | NameWords.ORG_END)) != 0;
  }

  private static final long IN = Lexicon.hash("in");
  private static final long COMMUNITY = Lexicon.hash("community");

  /** Albion in the Community, Everton in the Community: a club's charity, not a person. */
  static boolean inTheCommunity(Tokens t, int k) {
    return t.isWord(k + 1) && t.hash[k + 1] == IN && t.isWord(k + 2) && t.hash[k + 2] == THE
        && t.isWord(k + 3) && t.hash[k + 3] == COMMUNITY && t.capital(k + 3) && t.sameLine(k + 3);
  }

  private static final long UK = Lexicon.hash("uk");

  /**
   * Age UK Lindsey, Carers UK Wales: a capitalised word right after "UK" in capitals that ends
   * a capitalised name is the local branch of a national body.
   */
  static boolean branchOfANationalBody(Tokens t, int k) {
    int p = k - 1;
    return t.isWord(p)
        && t.hash[p] == UK
        && (t.shape[p] & Tokens.UPPER) != 0
        && !t.glued(k)
        && t.sameLine(k)
        && t.isWord(p - 1)
        && t.capital(p - 1)
        && t.sameLine(p);
  }

  /** A party of a cited case: "Trust v James [2013]", "Re Buckley [2013]", "Smith v Jones". */
  static boolean caseName(Tokens t, int k) {
    int p = k - 1;
    if (t.isWord(p) && t.len(p) == 1 && t.hash[p] == V && t.sameLine(k)) {
      return true;
    }
    if (t.isSym(p, '.') && t.glued(p) && t.isWord(p - 1) && t.len(p - 1) == 1
        && t.hash[p - 1] == V && (t.shape[p - 1] & Tokens.LOWER) != 0 && t.sameLine(k)) {
      return true; // Santosky v. Kramer: the American way of writing a case's name
    }
    if (t.isWord(p) && t.hash[p] == RE && t.capital(p) && t.sameLine(k)) {
      return t.isSym(k + 1, '[') || t.isSym(k + 1, '(');
    }
    int q = k + 1;
    if (t.isSym(p, '(') && t.isSym(q, ')') && t.isWord(p - 1) && t.len(p - 1) == 1
        && t.c[t.start[p - 1]] == 'R' && t.isWord(q + 1) && t.hash[q + 1] == V) {
      return true; // R (Davey) v Oxfordshire County Council: the claimant of a judicial review
    }
    if (t.isWord(q) && t.len(q) == 1 && t.hash[q] == V && (t.shape[q] & Tokens.LOWER) != 0
        && t.isSym(q + 1, '.') && t.glued(q + 1) && t.capital(q + 2) && t.sameLine(q)) {
      return true; // Santosky v. Kramer
    }
    return t.isWord(q) && t.len(q) == 1 && t.hash[q] == V && t.sameLine(q) && t.capital(q + 1);
  }

  private static final long INSTRUCTED = Lexicon.hash("instructed");
  private static final long BY = Lexicon.hash("by");

  /**
   * Mr Young (instructed by Maxwell Hodge), Ms Jenkins (instructed by Parry Roberts & Eames): in
   * a judgment the words after "instructed by" in the brackets after counsel are a firm of
   * solicitors, named after its founders.
   */
  static boolean instructingFirm(Tokens t, int k) {
    for (int p = k - 1, seen = 0; p > 0 && seen < 8 && t.sameLine(p + 1); p--, seen++) {
      if (t.type[p] == Tokens.SYM) {
        char ch = t.c[t.start[p]];
        if (ch == ')' || ch == ';' || ch == '.' || ch == '(') {
          return false;
        }
      } else if (t.isWord(p) && t.hash[p] == BY && t.isWord(p - 1) && t.hash[p - 1] == INSTRUCTED
          && (t.shape[p] & Tokens.LOWER) != 0) {
        return true;
      } else if (t.has(p, Vocabulary.TITLE | Vocabulary.ROLE)) {
        return false; // instructed by INQUEST caseworker Ms Ruth Adjei: a person after all
      }
    }
    return false;
  }

  /**
   * EDI-CP33-24, MCS-EH-2406-5531: letters in capitals glued to the digits of a code, after a
   * hyphen or right after them, are part of a reference, not a name.
   */
  static boolean partOfACode(Tokens t, int k) {
    if ((t.shape[k] & Tokens.UPPER) == 0) {
      return false;
    }
    int q = k + 1;
    if (t.isNum(q) && t.glued(q)) {
      return true;
    }
    return t.isSym(q, '-') && t.glued(q) && t.isNum(q + 1) && t.glued(q + 1);
  }

  private static final long ST = Lexicon.hash("st");
  private static final long SAINT = Lexicon.hash("saint");

  /** St Nicholas Market, St Thomas' Hospital: a saint's name is a place or a building's. */
  static boolean saint(Tokens t, int k) {
    int p = k - 1;
    if (t.isSym(p, '.') && t.glued(p)) {
      p--;
    }
    return t.isWord(p) && t.capital(p) && t.sameLine(k) && (t.hash[p] == ST || t.hash[p] == SAINT);
  }

  /**
   * "The Public Guardian", "the Morwenna Rose", "the Lord Mayor": a capitalised run after "the"
   * names an office or a thing.
   */
  static boolean afterThe(Tokens t, int k) {
    int p = k - 1;
    for (int n = 0; n < 3 && p >= 0 && t.sameLine(p + 1) && !t.glued(p + 1)
        && (t.capital(p) || upperWord(t, p)) && t.hash[p] != THE; n++) {
      p--;
    }
    return t.isWord(p) && t.hash[p] == THE && t.sameLine(p + 1);
  }

  /**
   * The Harry Potter studio, the Munro review, the Taylor Swift concert: a capitalised run of one
   * to three words between "the" and a noun of a thing names the thing, after a person or not.
   */
  static boolean theNameOfAThing(Tokens t, int k) {
    int p = k - 1;
    for (int n = 0; n < 3 && p >= 0 && t.sameLine(p + 1) && !t.glued(p + 1) && t.capital(p)
        && t.hash[p] != THE; n++) {
      p--;
    }
    if (!(t.isWord(p) && t.hash[p] == THE && t.sameLine(p + 1))) {
      return false;
    }
    int q = k + 1;
    for (int n = 0; n < 3 && q < t.count && t.sameLine(q) && !t.glued(q) && t.capital(q); n++) {
      q++;
    }
    return q < t.count
        && q - p <= 5
        && t.isWord(q)
        && t.sameLine(q)
        && !t.glued(q)
        && (t.shape[q] & Tokens.LOWER) != 0
        && (t.shape[q - 1] & Tokens.POSSESSIVE) == 0
        && (t.words[q] & NameWords.THING_NOUN) != 0;
  }

  /** The courts of neutral citations, before their divisions: EWCA Crim, EWHC Fam, UKUT AAC. */
  private static final Lexicon NEUTRAL_COURTS =
      Lexicon.words("ewca ewhc ewcop ewfc uksc ukhl ukpc ukut ukftt ukeat ukait nica niqb nifam"
          + " csih csoh hcj ewmc");

  /** [2019] EWCA Crim 123, [2024] EWHC 1234 (Fam): a court's division, not a name. */
  static boolean neutralCitation(Tokens t, int k) {
    int p = k - 1;
    if (t.isSym(p, '(')) {
      p--;
      if (t.isNum(p)) {
        p--; // EWHC 1234 (Fam)
      }
    }
    return t.isWord(p) && (t.shape[p] & Tokens.UPPER) != 0 && t.sameLine(k)
        && NEUTRAL_COURTS.get(t.hash[p]) != 0;
  }

  private static final String[] WEEKDAYS = {
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday"
  };

  private static final Lexicon COUNCILLOR = Lexicon.words("cllr councillor cllrs councillors");

  /**
   * Cllr Rosie Atherton-Mbeki (Lindley): the ward or the party in brackets after a councillor's
   * name, one or two capitalised words alone in the brackets.
   */
  static boolean councillorsWard(Tokens t, int k) {
    int open = k - 1;
    if (!t.isSym(open, '(') || !t.sameLine(k)) {
      return false;
    }
    int close = k + 1;
    if (t.capital(close) && t.sameLine(close)) {
      close++;
    }
    if (!t.isSym(close, ')') && !t.isSym(close, ',')) {
      return false;
    }
    for (int p = open - 1; p >= 0 && p >= open - 5 && t.sameLine(p + 1); p--) {
      if (t.isWord(p) && COUNCILLOR.get(t.hash[p]) != 0) {
        return true;
      }
      if (t.isWord(p) && t.hash[p] == t.hash[k]) {
        return false; // Cllr Amy Patel (Amy): the name she goes by
      }
      if (!(t.capital(p) || t.isSym(p, '.') || (t.isWord(p) && t.len(p) == 1))) {
        return false;
      }
    }
    return false;
  }

  /** Mon-Fri, Monday-Friday: a range of days, joined by a hyphen. */
  static boolean dayRange(Tokens t, int k) {
    if ((t.shape[k] & Tokens.JOINED) == 0 || t.len(k) > 20) {
      return false;
    }
    char[] c = t.c;
    int s = t.start[k];
    int e = t.end[k];
    int dash = s + 3;
    while (dash < e && dash < s + 10 && c[dash] != '-') {
      dash++;
    }
    return dash < e && c[dash] == '-' && dayEnd(c[dash - 1]) && dayEnd(c[e - 1])
        && day(c, s, dash) && day(c, dash + 1, e);
  }

  /** The last letters of the days and their short forms: Mon, Tue, Tues, Thur, Fri, Sat, Monday. */
  private static boolean dayEnd(char ch) {
    char l = (char) (ch | 0x20);
    return l == 'n' || l == 'e' || l == 'd' || l == 'u' || l == 'r' || l == 'i' || l == 't'
        || l == 's' || l == 'y';
  }

  private static boolean day(char[] c, int s, int e) {
    for (String d : WEEKDAYS) {
      if (d.length() == e - s) {
        int i = 0;
        while (i < e - s && (c[s + i] | 0x20) == d.charAt(i)) {
          i++;
        }
        if (i == e - s) {
          return true;
        }
      }
    }
    return false;
  }

  /** Storm Agnes, HMS Victory, a god's or a fictional figure's name used for a thing. */
  static boolean thing(Tokens t, int k, boolean kinds) {
    if ((t.words[k] & NameWords.MYTH) != 0) {
      return true;
    }
    if (maoriArticle(t, k) && (maoriKind(t, k + 1)
            || t.isWord(k + 1) && t.sameLine(k + 1) && (t.shape[k + 1] & Tokens.LOWER) != 0)
        || maoriArticle(t, k - 1) && maoriKind(t, k)) {
      return true; // Te Whare Awhina, Te Rūnanga o Ngāti Porou, Ngā mihi: a body or a greeting
    }
    if (t.isWord(k) && t.len(k) == 2 && t.hash[k] == CO && t.isSym(k + 1, '.') && t.glued(k + 1)
        && t.capital(k + 2) && t.sameLine(k + 2)) {
      return true; // Ballinasloe, Co. Galway: an Irish county
    }
    if (!kinds) {
      return false; // no word of the window opens a thing's name
    }
    if ((t.words[k] & NameWords.THING_BEFORE) != 0
        && t.isWord(k + 1)
        && t.sameLine(k + 1)
        && !t.glued(k + 1)
        && ((t.shape[k + 1] & (Tokens.CAP | Tokens.UPPER)) != 0
            || (t.len(k + 1) <= 2 && (t.hash[k + 1] == Y || t.hash[k + 1] == YR)
                && t.capital(k + 2) && t.sameLine(k + 2)))) {
      return true; // Storm Agnes, Plas y Bryn, Ysgol Maes y Mynydd: the kind of the thing named
    }
    // Ysgol y Felin, Ysgol Gynradd Cae'r Gwenyn: the capitalised words (and y, yr) after the
    // kind that opens a Welsh name of a place or a body belong to that name
    for (int p = k - 1, n = 0; n < 4 && p >= 0 && t.isWord(p) && t.sameLine(p + 1); p--, n++) {
      boolean article = t.len(p) <= 2 && (t.hash[p] == Y || t.hash[p] == YR)
          && (t.shape[p] & Tokens.LOWER) != 0;
      if (!article && (t.shape[p] & (Tokens.CAP | Tokens.UPPER)) == 0) {
        return false;
      }
      if (!article && (t.words[p] & NameWords.THING_BEFORE) != 0) {
        return true;
      }
    }
    return false;
  }

  private static final Lexicon PARTIES =
      Lexicon.words("lab con ld libdem snp pc dup sf sdlp uup alliance green reform ind");
  private static final long FOR = Lexicon.hash("for");
  private static final Lexicon MEMBER = Lexicon.words("member members mp candidate");

  /**
   * Mr Chinedu Ibe (Stockton North) (Lab), the hon. Member for Stockton North: the words of a
   * constituency, in the brackets before a party's, or after "Member for", are a place.
   */
  static boolean constituency(Tokens t, int k) {
    int p = k;
    for (int n = 0; n < 4 && p > 0 && t.sameLine(p) && t.capital(p - 1); n++) {
      p--; // back to the first capitalised word
    }
    if (t.isWord(p - 1) && t.hash[p - 1] == FOR && (t.shape[p - 1] & Tokens.LOWER) != 0
        && t.isWord(p - 2) && MEMBER.get(t.hash[p - 2]) != 0 && t.sameLine(p)) {
      return true;
    }
    if (!t.isSym(p - 1, '(') || !t.sameLine(p)) {
      return false;
    }
    int q = k;
    for (int n = 0; n < 5 && q + 1 < t.count && !t.isSym(q + 1, ')'); n++) {
      q++;
      if (!(t.capital(q) || t.isSym(q, '-') || t.isWord(q) && t.len(q) <= 3)) {
        return false;
      }
    }
    q++;
    return t.isSym(q, ')') && t.isSym(q + 1, '(') && t.isWord(q + 2) && t.sameLine(q + 2)
        && PARTIES.get(t.hash[q + 2]) != 0 && (t.shape[q + 2] & Tokens.LOWER) == 0;
  }

  private static final long CO = Lexicon.hash("co");
  private static final long TE = Lexicon.hash("te");
  private static final long NGA = Lexicon.hash("ngā");
  private static final long NGA_PLAIN = Lexicon.hash("nga");

  /** Te or Ngā, capitalised: the articles of te reo Māori. */
  private static boolean maoriArticle(Tokens t, int k) {
    return t.isWord(k) && t.capital(k)
        && (t.hash[k] == TE || t.hash[k] == NGA || t.hash[k] == NGA_PLAIN);
  }

  /**
   * Word q, after a Māori article on its line, names a kind of body or place (Whare, Kura,
   * Rūnanga) or is written with a macron, as te reo is: not a person's given name after "Te".
   */
  private static boolean maoriKind(Tokens t, int q) {
    if (!t.isWord(q) || !t.sameLine(q) || t.glued(q)) {
      return false;
    }
    if ((t.words[q] & NameWords.THING_BEFORE) != 0) {
      return true;
    }
    for (int i = t.start[q]; i < t.end[q]; i++) {
      char ch = t.c[i];
      if (ch == 'ā' || ch == 'ē' || ch == 'ī' || ch == 'ō' || ch == 'ū' || ch == 'Ā' || ch == 'Ō') {
        return true;
      }
    }
    return false;
  }

  private static final long AT = Lexicon.hash("at");
  private static final long[] WORKS_AT = {
    Lexicon.hash("works"), Lexicon.hash("worked"), Lexicon.hash("working"), Lexicon.hash("work"),
    Lexicon.hash("employed"), Lexicon.hash("volunteers"), Lexicon.hash("volunteered"),
    Lexicon.hash("volunteering"), Lexicon.hash("job")
  };

  /** Works at Sainsbury's, a job at Greggs: k, right after "works at", begins the employer. */
  static boolean afterWorksAt(Tokens t, int k) {
    int p = k - 1;
    if (!(t.isWord(p) && t.hash[p] == AT && t.sameLine(k) && t.isWord(p - 1) && t.sameLine(p))) {
      return false;
    }
    long h = t.hash[p - 1];
    for (long w : WORKS_AT) {
      if (w == h) {
        return true;
      }
    }
    return false;
  }

  private static final long[] ROYAL = {
    Lexicon.hash("princess"), Lexicon.hash("prince"), Lexicon.hash("duke"),
    Lexicon.hash("duchess"), Lexicon.hash("king"), Lexicon.hash("queen"), Lexicon.hash("earl"),
    Lexicon.hash("countess")
  };

  private static final Lexicon SCRIPTURE =
      Lexicon.words(
          "genesis exodus leviticus numbers deuteronomy joshua judges ruth samuel kings chronicles"
              + " ezra nehemiah esther job psalm psalms proverbs ecclesiastes isaiah jeremiah"
              + " lamentations ezekiel daniel hosea joel amos obadiah jonah micah nahum habakkuk"
              + " zephaniah haggai zechariah malachi matthew mark luke john acts romans corinthians"
              + " galatians ephesians philippians colossians thessalonians timothy titus philemon"
              + " hebrews james peter jude revelation tobit judith sirach maccabees baruch");

  /**
   * Isaiah 40:1-5, 2 Peter 3:8, John 3:16: a book of the Bible before a chapter and verse is a
   * reading, not a person.
   */
  static boolean scripture(Tokens t, int k) {
    if (!(t.isNum(k + 1)
        && t.sameLine(k + 1)
        && t.isSym(k + 2, ':')
        && t.glued(k + 2)
        && t.isNum(k + 3)
        && t.glued(k + 3)
        && SCRIPTURE.get(t.hash[k]) != 0)) {
      return false;
    }
    if (BOOKS_THAT_ARE_NAMES.get(t.hash[k]) == 0) {
      return true;
    }
    // John 9:00-17:00 on a rota is a person and a time: a book that is also a given name needs a
    // number before it (2 Peter), a chapter no clock has, or a range of verses after it
    return (t.isNum(k - 1) && t.sameLine(k))
        || t.value(k + 1) > 24
        || ((t.isSym(k + 4, '-') || t.isSym(k + 4, '\u2013')) && t.glued(k + 4)
            && t.isNum(k + 5) && t.glued(k + 5) && !t.isSym(k + 6, ':'));
  }

  private static final Lexicon BOOKS_THAT_ARE_NAMES =
      Lexicon.words(
          "ruth samuel esther job daniel joel amos jonah matthew mark luke john timothy titus"
              + " james peter jude judith");

  private static final Lexicon MEDICAL_NOUNS =
      Lexicon.words(
          "disease syndrome palsy oesophagus esophagus lymphoma sarcoma tumour tumor fracture"
              + " contracture chorea ulcer ulcers dementia encephalopathy thyroiditis phenomenon"
              + " reflex scale criteria classification manoeuvre maneuver sarcoidosis cyst cysts"
              + " node nodes anomaly anaemia anemia neuralgia paralysis deformity neuroma"
              + " arteritis diverticulum law style referencing");

  /**
   * Barrett's oesophagus, Bell's palsy, Colles' fracture, Lewy body: a name before a medical noun
   * is an eponym, the name of a condition, a sign or a procedure, not of a person in the text.
   */
  private static final long STYLE_WORD = Lexicon.hash("style");
  private static final long REFERENCING_WORD = Lexicon.hash("referencing");
  private static final long BASKET_WORD = Lexicon.hash("basket");

  static boolean eponym(Tokens t, int k) {
    int j = k + 1;
    if ((t.shape[k] & Tokens.POSSESSIVE) == 0) {
      if (t.isWord(j) && (t.hash[j] == BODY_WORD || t.hash[j] == BODIES_WORD)) {
        return (t.shape[j] & Tokens.LOWER) != 0 && t.sameLine(j); // Lewy body dementia
      }
      if (t.isWord(j) && (t.hash[j] == STYLE_WORD || t.hash[j] == REFERENCING_WORD
          || t.hash[j] == BASKET_WORD)) {
        return (t.shape[j] & Tokens.LOWER) != 0 && t.sameLine(j); // Harvard style, Moses basket
      }
      if (!(t.isSym(j, '\'') || t.isSym(j, '\u2019')) || !t.glued(j)) {
        return false;
      }
      j++; // Colles' fracture, when the apostrophe stands apart
    }
    return t.isWord(j)
        && (t.shape[j] & Tokens.LOWER) != 0
        && t.sameLine(j)
        && MEDICAL_NOUNS.get(t.hash[j]) != 0;
  }

  /**
   * Basingstoke: Palgrave Macmillan. London: Jessica Kingsley.: the capitalised words after a
   * place and a colon, up to a full stop or a comma, in a line that cites a year in brackets, are
   * a reference's publisher.
   */
  static boolean publisher(Tokens t, int k) {
    int p = k;
    for (int n = 0; n < 3 && t.capital(p - 1) && t.sameLine(p) && !t.glued(p); n++) {
      p--;
    }
    if (!(t.isSym(p - 1, ':') && t.sameLine(p) && !t.glued(p) && t.glued(p - 1)
        && t.capital(p - 2))) {
      return false;
    }
    int e = k;
    for (int n = 0; n < 3 && t.capital(e + 1) && t.sameLine(e + 1) && !t.glued(e + 1); n++) {
      e++;
    }
    if (!(t.isSym(e + 1, '.') || t.isSym(e + 1, ',')) || !t.glued(e + 1)) {
      return false;
    }
    for (int q = p - 3; q >= Math.max(1, p - 60) && t.sameLine(q + 1); q--) {
      if (t.isNum(q) && t.len(q) == 4 && t.isSym(q - 1, '(') && t.glued(q)) {
        return true;
      }
    }
    return false;
  }


  /** Age UK, Carers UK, Mind UK: a capitalised word before UK names a national charity or body. */
  static boolean nationalBody(Tokens t, int k) {
    int j = k + 1;
    return t.capital(k) && t.isWord(j) && t.hash[j] == UK && (t.shape[j] & Tokens.UPPER) != 0
        && t.sameLine(j) && !t.glued(j) && (t.shape[k] & Tokens.POSSESSIVE) == 0
        && !(t.capital(k - 1) && t.sameLine(k) && !t.glued(k)); // but Jane Smith, UK lead
  }

  private static final long CHILDREN = Lexicon.hash("children");
  private static final long ADULT = Lexicon.hash("adult");
  private static final long ADULTS = Lexicon.hash("adults");
  private static final long SOCIAL = Lexicon.hash("social");
  private static final long SERVICES = Lexicon.hash("services");
  private static final long CARE = Lexicon.hash("care");

  /**
   * Rotherdale children's services, Barnet adult social care, Fife social services: a word before
   * a council's services names the council's area, not a person.
   */
  static boolean servicesOfAnArea(Tokens t, int k) {
    int j = k + 1;
    if (!t.isWord(j) || !t.sameLine(j) || t.glued(j) || (t.shape[k] & Tokens.POSSESSIVE) != 0) {
      return false;
    }
    long h = t.hash[j];
    if (h == CHILDREN && (t.shape[j] & Tokens.POSSESSIVE) != 0) {
      return t.isWord(j + 1) && (t.hash[j + 1] == SERVICES || t.hash[j + 1] == SOCIAL);
    }
    if (h == ADULT || h == ADULTS) {
      return t.isWord(j + 1) && (t.hash[j + 1] == SOCIAL || t.hash[j + 1] == SERVICES);
    }
    return h == SOCIAL && t.isWord(j + 1) && (t.hash[j + 1] == SERVICES || t.hash[j + 1] == CARE);
  }

  private static final long BODY_WORD = Lexicon.hash("body");
  private static final long BODIES_WORD = Lexicon.hash("bodies");

  private static final long RIVER = Lexicon.hash("river");
  private static final Lexicon FEATURE_WORDS = Lexicon.words("loch lough lake mount llyn");

  /**
   * The River Tay, Loch Lomond, Mount Snowdon, Lough Neagh: a river's, a lake's or a mountain's
   * word before a capitalised word, and that word (River only after "the": River Phoenix).
   */
  static boolean naturalFeature(Tokens t, int k) {
    if (featureWord(t, k) && t.capital(k + 1) && t.sameLine(k + 1) && !t.glued(k + 1)) {
      return true;
    }
    return featureWord(t, k - 1) && t.sameLine(k) && !t.glued(k);
  }

  private static boolean featureWord(Tokens t, int k) {
    if (!t.capital(k)) {
      return false;
    }
    if (t.hash[k] == RIVER) {
      return t.isWord(k - 1) && t.hash[k - 1] == THE && t.sameLine(k);
    }
    return FEATURE_WORDS.get(t.hash[k]) != 0;
  }

  /**
   * Diana, Princess of Wales: a royal style after the name, the name of a public figure or of
   * something named after one, not of a person in the text.
   */
  static boolean royalStyle(Tokens t, int k) {
    int q = k + 2;
    if (!(t.isSym(k + 1, ',') && t.capital(q) && t.sameLine(q) && t.isWord(q + 1)
        && t.hash[q + 1] == OF && t.capital(q + 2))) {
      return false;
    }
    for (long w : ROYAL) {
      if (w == t.hash[q]) {
        return true;
      }
    }
    return false;
  }

  /** "the second named storm of the season, after Agnes": a storm's name in a storm's sentence. */
  static boolean namedStorm(Tokens t, int k) {
    for (int p = k - 1, n = 0; p >= 0 && n < 8 && t.sameLine(p + 1); p--, n++) {
      if (t.isSym(p, '.') || t.isSym(p, ';') || t.isSym(p, '!') || t.isSym(p, '?')) {
        return false;
      }
      if (t.isWord(p) && (t.shape[p] & Tokens.LOWER) != 0
          && (t.words[p] & NameWords.WEATHER) != 0) {
        return true;
      }
    }
    return false;
  }

  /** An opening or closing double quote. */
  static boolean quote(Tokens t, int k) {
    if (k < 0 || k >= t.count || t.type[k] != Tokens.SYM) {
      return false;
    }
    char ch = t.c[t.start[k]];
    return ch == '"' || ch == '\u201c' || ch == '\u201d';
  }

  private static final long PRINCIPLE = Lexicon.hash("principle");
  private static final long DOCTRINE = Lexicon.hash("doctrine");

  /**
   * After e, the last word of a quoted capitalised run: the closing quote and a lower-case word
   * for an organisation or a principle ({@code ("Blue Sky" group)}, the {@code "Eddie Stobart"
   * principle}). A review or a case named in quotes is named after a person (the "Lewis" review).
   */
  static boolean quotedThingAfter(Tokens t, int e) {
    int w = e + 2;
    return quote(t, e + 1)
        && t.glued(e + 1)
        && t.isWord(w)
        && t.sameLine(w)
        && (t.shape[w] & Tokens.LOWER) != 0
        && ((t.vocab[w] & Vocabulary.ORG_NEXT) != 0 || t.hash[w] == PRINCIPLE
            || t.hash[w] == DOCTRINE);
  }

  static boolean lowerPartAfterHyphen(Tokens t, int k) {
    for (int i = t.start[k] + 1; i + 3 < t.end[k]; i++) {
      if (t.c[i] == '-' && Character.isLowerCase(t.c[i + 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The endings of English place and house names (Thixendale, Kirkby Underdale, Ashgrove,
   * Brightwater, Hollinsfield): a word no list knows that ends with one of them, after a stem of
   * three letters or more, is a place's or a home's name rather than a person's. Only asked of
   * words no name list holds, so listed surnames of the same shape (Greenwood, Lonsdale) are
   * still names.
   */
  static boolean placeShaped(Tokens t, int k) {
    int s = t.start[k];
    int e = t.end[k];
    for (String end : PLACE_ENDINGS) {
      int from = e - end.length();
      if (from - s >= 3 && endsWith(t.c, from, end)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] PLACE_ENDINGS = {
    "dale", "thorpe", "borough", "brough", "minster", "mouth", "caster", "chester", "cester",
    "grove", "field", "fields", "wood", "water", "side", "brook", "bridge", "croft", "hurst",
    "combe", "holme", "stead", "wick", "gate", "moor", "vale", "haven", "ridge", "lands"
  };

  private static boolean endsWith(char[] c, int from, String end) {
    for (int i = 0; i < end.length(); i++) {
      if ((c[from + i] | 0x20) != end.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * DoLS, CaMHS: two capitals together after a lower-case letter; but not a Scottish or Irish
   * surname written in capitals after its prefix ({@code McALLISTER}, {@code MacDONALD}).
   */
  static boolean mixedAcronym(Tokens t, int k) {
    if ((t.shape[k] & Tokens.CAP) == 0 || capitalsAfterMac(t, k)) {
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

  /** Mc or Mac, then only capitals, at least three: McALLISTER, MacDONALD. */
  private static boolean capitalsAfterMac(Tokens t, int k) {
    char[] c = t.c;
    int s = t.start[k];
    int e = t.end[k];
    if (c[s] != 'M' || e - s < 5 || c[s + 1] != 'a' && c[s + 1] != 'c') {
      return false;
    }
    int from = c[s + 1] == 'c' ? s + 2 : (c[s + 2] == 'c' ? s + 3 : -1);
    if (from < 0 || e - from < 3) {
      return false;
    }
    for (int i = from; i < e; i++) {
      if (!Character.isUpperCase(c[i])) {
        return false;
      }
    }
    return true;
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
        && j > k
        && t.c[t.start[j]] < 128 // Ó Briain: a particle, not a letter standing for a name
        && !(t.sameLine(j + 1) && !t.glued(j + 1) && t.capital(j + 1)) // Liam J. Smith
        && !labelAfterGap(t, j)
        // Yes Gaz I know that: the pronoun before its verb, not a letter standing for a name
        && !(t.c[t.start[j]] == 'I' && t.isWord(j + 1) && (t.shape[j + 1] & Tokens.LOWER) != 0
            && t.sameLine(j + 1) && !t.glued(j + 1));
  }

  /**
   * Name: Amir Khan  D.O.B: 1.2.2015: a letter after two spaces or a tab, or before a colon or an
   * abbreviation's dotted letters, starts a form's next field, not an anonymised name.
   */
  private static boolean labelAfterGap(Tokens t, int j) {
    int s = t.start[j];
    char[] c = t.c;
    return (s >= 2 && (c[s - 1] == '\t' || (c[s - 1] == ' ' && c[s - 2] == ' ')))
        || (t.isSym(j + 1, ':') && t.glued(j + 1))
        || (t.isSym(j + 1, '.') && t.glued(j + 1) && t.isWord(j + 2) && t.len(j + 2) == 1
            && t.glued(j + 2));
  }
}
