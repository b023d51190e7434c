package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Vocabulary.AGE_WORD;
import static org.cpdkit.anonymise.Vocabulary.CONTACT;
import static org.cpdkit.anonymise.Vocabulary.NAMING;
import static org.cpdkit.anonymise.Vocabulary.OBJECT;
import static org.cpdkit.anonymise.Vocabulary.YEARS;

/**
 * The context that says a word is a person's name: titles and family titles before it, role words
 * before or after, an age or a date of birth after it, a contact or naming verb before it, and
 * where sentences start. Each test looks a bounded number of tokens either side.
 */
final class NameCues {
  private static final long TO = Lexicon.hash("to");
  private static final long WITH = Lexicon.hash("with");
  private static final long AS = Lexicon.hash("as");
  private static final long KNOWN = Lexicon.hash("known");

  private NameCues() {}

  static boolean sentenceStart(Tokens t, int k) {
    int p = k - 1;
    while (p >= 0
        && t.type[p] == Tokens.SYM
        && "\"'\u201c\u2018(*-\u2022".indexOf(t.c[t.start[p]]) >= 0
        && (t.shape[p + 1] & Tokens.NEWLINE_BEFORE) == 0) {
      p--;
    }
    if (p < 0 || (t.shape[p + 1] & Tokens.NEWLINE_BEFORE) != 0) {
      return true;
    }
    if (t.type[p] == Tokens.SYM) {
      char ch = t.c[t.start[p]];
      return ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == ';';
    }
    return false;
  }

  /** spoke to X, talked with X, phoned X, met X. */
  static boolean contactBefore(Tokens t, int k, int flags) {
    if (!t.sameLine(k)) {
      return false;
    }
    if (t.isWord(k - 1) && (t.hash[k - 1] == TO || t.hash[k - 1] == WITH)) {
      return t.has(k - 2, CONTACT) && t.sameLine(k - 1);
    }
    if (t.has(k - 1, CONTACT) && (t.shape[k - 1] & Tokens.CAP) != 0
        && IMPERATIVES.get(t.hash[k - 1]) != 0 && (flags & Lexicon.GIVEN) != 0
        && (t.shape[k] & Tokens.CAP) != 0 && !t.glued(k) && sentenceStart(t, k - 1)) {
      // Ask Tom if he minds, Call Amir back: a verb of asking or calling that opens a sentence,
      // before a given name the lists hold and a lower-case word
      int q = k + 1;
      return q < t.count && t.sameLine(q) && t.isWord(q) && (t.shape[q] & Tokens.LOWER) != 0;
    }
    return t.has(k - 1, CONTACT)
        && (t.shape[k - 1] & Tokens.LOWER) != 0
        && ((flags & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0
            // I met Mthunzi at the hub: a word no list knows, alone, after a verb of meeting
            || (flags == 0 && MEETING.get(t.hash[k - 1]) != 0 && aloneAfterVerb(t, k)));
  }

  /** Verbs that open a request to ask, call or tell someone. */
  private static final Lexicon IMPERATIVES =
      Lexicon.words("ask tell call phone ring text email e-mail remind chase");

  /** Verbs of meeting or calling someone, which are not said of visiting a place or a shop. */
  private static final Lexicon MEETING =
      Lexicon.words("met meet meeting phoned rang texted emailed told tell telling thanked");

  /** A capitalised word that stands alone: no capital, number or organisation's word after it. */
  private static boolean aloneAfterVerb(Tokens t, int k) {
    int q = k + 1;
    return (t.shape[k] & Tokens.CAP) != 0
        && (q >= t.count
            || !t.sameLine(q)
            || !(t.capital(q) || t.isNum(q) || (t.shape[q] & Tokens.UPPER) != 0
                || t.isSym(q, '&')));
  }

  /** called Tyler, named her Lily, known as Gaz, called him tj. */
  static boolean namingBefore(Tokens t, int k) {
    if (!t.sameLine(k)) {
      return false;
    }
    int p = k - 1;
    if (t.isSym(p, '"') || t.isSym(p, '\u201c') || t.isSym(p, '\'') || t.isSym(p, '\u2018')) {
      p--;
    }
    if (t.has(p, OBJECT)) {
      p--;
    }
    if (t.isWord(p) && t.hash[p] == AS && t.isWord(p - 1)
        && (t.hash[p - 1] == KNOWN || t.hash[p - 1] == KNOW || t.hash[p - 1] == GOES)) {
      return true; // known as "Spider", the police know as "Spider", goes by "Kez"
    }
    if (p == k - 1 && (t.hash[p] == NAME || t.hash[p] == SURNAME || t.hash[p] == FORENAME)
        && (t.shape[k] & Tokens.LOWER) != 0) {
      return false; // a lecture in her name will be held: a verb after the noun, not a name
    }
    return t.has(p, NAMING) && (t.shape[p] & Tokens.LOWER) != 0;
  }

  private static final long NAME = Lexicon.hash("name");
  private static final long SURNAME = Lexicon.hash("surname");
  private static final long FORENAME = Lexicon.hash("forename");

  static boolean dobCue(Tokens t, int j) {
    return t.has(j, Vocabulary.DOB_CUE)
        || (t.isWord(j) && t.len(j) == 1 && (t.c[t.start[j]] | 0x20) == 'd' && t.isSym(j + 1, '.'));
  }

  /** Tyler (7), Tyler (aged 7), Tyler, aged 7, Tyler, 7, and Tyler aged 7. */
  static boolean age(Tokens t, int k) {
    int j = k + 1;
    if (t.isSym(j, '(')) {
      int q = j + 1;
      if (t.has(q, AGE_WORD)) {
        q++;
      }
      if (t.isNum(q) && t.len(q) <= 2) {
        q++;
        if (t.has(q, YEARS)) {
          q++;
        }
        return t.isSym(q, ')') || t.isSym(q, ',');
      }
      return false;
    }
    if (t.isSym(j, ',')) {
      j++;
      if (t.has(j, AGE_WORD) && t.isNum(j + 1)) {
        return true;
      }
      return t.isNum(j)
          && t.len(j) <= 2
          && (t.isSym(j + 1, ',') || t.isSym(j + 1, '.') || t.has(j + 1, YEARS));
    }
    return t.has(j, AGE_WORD) && t.isNum(j + 1);
  }

  /** Norwegian, Congolese, Philippine: a word no list knows that ends like a nationality. */
  static boolean demonym(Tokens t, int k) {
    int e = t.end[k];
    if (t.len(k) < 6) {
      return false;
    }
    char a = Character.toLowerCase(t.c[e - 3]);
    char b = Character.toLowerCase(t.c[e - 2]);
    char c = Character.toLowerCase(t.c[e - 1]);
    return (b == 'a' && c == 'n' && (a == 'i' || a == 'e'))
        || (a == 'e' && b == 's' && c == 'e')
        || (a == 'i' && b == 's' && c == 'h')
        || (a == 'i' && b == 'n' && c == 'e'); // Philippine, Argentine
  }

  static final long BETWEEN = Lexicon.hash("between");
  static final long AND_WORD = Lexicon.hash("and");
  private static final long I_WORD = Lexicon.hash("i");
  private static final long ME = Lexicon.hash("me");
  private static final long MYSELF = Lexicon.hash("myself");

  /**
   * Tunde and I, Kemi and me, me and Tunde, myself and Kemi: a word paired with the writer is a
   * person.
   */
  static boolean withMe(Tokens t, int k) {
    if ((t.shape[k] & Tokens.POSSESSIVE) != 0) {
      return false; // in a McDonald's and I crossed things out: a place of the owner's name
    }
    if (t.isWord(k + 1) && t.hash[k + 1] == AND_WORD && t.isWord(k + 2) && t.sameLine(k + 2)) {
      long h = t.hash[k + 2];
      if ((h == I_WORD && (t.shape[k + 2] & Tokens.UPPER) != 0) || h == ME || h == MYSELF) {
        return true;
      }
    }
    if (t.isWord(k - 1) && t.hash[k - 1] == AND_WORD && t.isWord(k - 2) && t.sameLine(k - 1)) {
      long h = t.hash[k - 2];
      return h == ME || h == MYSELF;
    }
    return false;
  }
  private static final long IN = Lexicon.hash("in");
  /** Verbs of moving before "to" and a place: moved to Rome, fled to Kabul, flew back to Lagos. */
  private static final Lexicon MOVING =
      Lexicon.words(
          "moved move moves moving relocated relocate emigrated fled flee travelled traveled"
              + " travel flew fly returned return went go goes going deported back trip journey"
              + " transferred");
  static final long UPON = Lexicon.hash("upon");

  /**
   * How many initials stand right before k: single capitals with or without a dot ({@code J. R.
   * Tolley}, {@code Mr J Wolanczyk}) or hyphenated ({@code A-M.}), at most three.
   */
  static int initialsBefore(Tokens t, int k) {
    int n = 0;
    int p = k - 1;
    while (n < 3 && p >= 0 && t.sameLine(p + 1)) {
      int q = p;
      if (t.isSym(q, '.') && t.glued(q)) {
        q--;
      }
      if (!initial(t, q) || !t.sameLine(q + 1)) {
        break;
      }
      n++;
      p = q - 1;
    }
    return n;
  }

  /** The token before the initials that stand right before k (k - 1 when there are none). */
  static int beforeInitials(Tokens t, int k) {
    int n = initialsBefore(t, k);
    int p = k - 1;
    for (int i = 0; i < n; i++) {
      if (t.isSym(p, '.') && t.glued(p)) {
        p--;
      }
      p--;
    }
    return p;
  }

  /** Mr, Mrs, Dr… right before k or before its initials. */
  static boolean personalTitleBefore(Tokens t, int k) {
    int p = beforeInitials(t, k);
    if (t.isSym(p, '.') && t.glued(p)) {
      p--;
    }
    return t.isWord(p)
        && t.sameLine(p + 1)
        && (t.shape[p] & (Tokens.CAP | Tokens.UPPER)) != 0
        && (t.words[p] & NameWords.PERSONAL_TITLE) != 0
        && !t.has(p - 1, Vocabulary.POSS_DET);
  }

  /** k is in a run of capitalised words after a personal title: Mrs Irene Marsh. */
  static boolean titledRun(Tokens t, int k) {
    int q = k;
    for (int n = 0; n < 3; n++) {
      if (personalTitleBefore(t, q)) {
        return true;
      }
      int p = beforeInitials(t, q);
      if (!(t.capital(p) || (t.isWord(p) && (t.shape[p] & Tokens.UPPER) != 0)) || !t.sameLine(p + 1)
          || (t.shape[p] & Tokens.POSSESSIVE) != 0) {
        return false;
      }
      q = p;
    }
    return false;
  }

  /**
   * k, a single word in a list ("Hessle, Cottingham and Beverley"), has a list-mate that is a
   * place and no listed name; looks at most three members either way.
   */
  static boolean placeListMate(Tokens t, int k) {
    if (t.capital(k + 1) && t.sameLine(k + 1) || t.capital(k - 1) && t.sameLine(k)) {
      return false;
    }
    int p = k - 1;
    for (int n = 0; n < 3 && listJoin(t, p) && t.sameLine(p + 1); n++) {
      int q = p - 1;
      if (!t.capital(q) || !t.sameLine(q + 1) || t.len(q) < 2
          || (t.capital(q - 1) && t.sameLine(q))) {
        break;
      }
      if (plainPlace(t, q)) {
        return true;
      }
      if ((t.ctx[q] & Lexicon.PLACE) == 0) {
        break;
      }
      p = q - 1;
    }
    p = k + 1;
    for (int n = 0; n < 3 && listJoin(t, p) && t.sameLine(p); n++) {
      int q = p + 1;
      if (!t.capital(q) || !t.sameLine(q) || t.len(q) < 2
          || (t.capital(q + 1) && t.sameLine(q + 1))) {
        break;
      }
      if (plainPlace(t, q)) {
        return true;
      }
      if ((t.ctx[q] & Lexicon.PLACE) == 0) {
        break;
      }
      p = q + 1;
    }
    return false;
  }

  private static boolean listJoin(Tokens t, int p) {
    return t.isSym(p, ',') || (t.isWord(p) && t.hash[p] == AND_WORD);
  }

  private static boolean plainPlace(Tokens t, int q) {
    return (t.ctx[q] & Lexicon.PLACE) != 0
        && (t.nameFlags[q] & (Lexicon.GIVEN | Lexicon.SURNAME)) == 0
        && (t.shape[q] & Tokens.POSSESSIVE) == 0;
  }

  /** A single capital letter, or capitals joined by hyphens (A-M). */
  private static boolean initial(Tokens t, int k) {
    if (!t.isWord(k) || (t.shape[k] & Tokens.UPPER) == 0) {
      return false;
    }
    int len = t.len(k);
    if (len == 1) {
      // 7-B, Year 10-C: a class's letter after its number is no one's initial
      return !(t.glued(k) && t.isSym(k - 1, '-') && t.glued(k - 1) && t.isNum(k - 2));
    }
    if (len == 3 && t.c[t.start[k] + 1] == '-') {
      return true;
    }
    return false;
  }

  /** Lord Justice X, Mr Justice X, Employment Judge X, HHJ X, His Honour Judge X. */
  static boolean judicialBefore(Tokens t, int k) {
    int p = k - 1;
    if (!t.isWord(p)
        || !t.sameLine(k)
        || (t.shape[p] & (Tokens.CAP | Tokens.UPPER)) == 0
        || (t.words[p] & NameWords.JUDICIAL) == 0) {
      return false;
    }
    if (t.hash[p] == JUSTICE || t.hash[p] == JUDGE) {
      // Lord Justice, Mr Justice, Employment Judge, His Honour Judge; not Family Justice Board
      int q = p - 1;
      return q < 0
          || !t.sameLine(p)
          || t.isSym(q, ':')
          || (t.isWord(q) && (t.words[q] & (NameWords.PERSONAL_TITLE | NameWords.JUDICIAL)) != 0)
          || (t.isWord(q) && t.hash[p] == JUDGE && (t.shape[q] & (Tokens.CAP | Tokens.UPPER)) != 0
              && (t.vocab[q] & Vocabulary.STOP) == 0);
    }
    return true;
  }

  /**
   * Andrei Popescu (2007-2024), Ivy Brown (1931–2019): the years of a life in brackets after a
   * name.
   */
  static boolean lifeYears(Tokens t, int k) {
    int q = k + 1;
    if (!t.isSym(q, '(') || !t.sameLine(q) || !t.isNum(q + 1) || t.len(q + 1) != 4) {
      return false;
    }
    int born = t.value(q + 1);
    int d = q + 2;
    if (!(t.isSym(d, '-') || t.isSym(d, '\u2013')) || !t.isNum(d + 1) || t.len(d + 1) != 4
        || !t.isSym(d + 2, ')')) {
      return false;
    }
    int died = t.value(d + 1);
    return born >= 1880 && died >= born && died - born <= 115;
  }

  /** Nguyễn Thị Lan, l.nguyen@example.org: an e-mail address right after a name. */
  static boolean emailAfter(Tokens t, int k) {
    int q = k + 1;
    if (q < t.count && t.type[q] == Tokens.SYM && ",(<:\u2013-".indexOf(t.c[t.start[q]]) >= 0) {
      q++;
    }
    if (q >= t.count || !t.sameLine(q) || !t.isWord(q)) {
      return false;
    }
    for (int r = q + 1; r < t.count && r <= q + 10 && t.glued(r); r++) {
      if (t.isSym(r, '@')) {
        return t.isWord(r + 1) && t.glued(r + 1);
      }
    }
    return false;
  }

  private static final long FROM = Lexicon.hash("from");
  private static final long BY = Lexicon.hash("by");
  private static final Lexicon POSTING =
      Lexicon.words("posted reply replied written comment commented message submitted shared"
          + " quoted sent started answered post");

  /** Reply from Gwenllian, posted by Dave: the name a forum prints after a word of posting. */
  static boolean postedBy(Tokens t, int k) {
    int p = k - 1;
    if (t.isSym(k + 1, '.') && t.glued(k + 1) && t.isWord(k + 2) && t.glued(k + 2)) {
      return false; // Reply from Kasia.W: a user name
    }
    return t.isWord(p) && (t.hash[p] == FROM || t.hash[p] == BY) && t.sameLine(k)
        && t.isWord(p - 1) && t.sameLine(p) && POSTING.get(t.hash[p - 1]) != 0;
  }

  private static final long YEAR = Lexicon.hash("year");
  private static final long OLD = Lexicon.hash("old");

  /** A 23-year-old mother: an age written as an adjective, then a role. */
  static boolean ageAdjectiveThenRole(Tokens t, int q) {
    if (!t.isNum(q) || t.len(q) > 3 || !t.isSym(q + 1, '-') || !t.isWord(q + 2)) {
      return false;
    }
    int r;
    if (t.hash[q + 2] == YEAR_OLD) {
      r = q + 3; // the tokenizer keeps "year-old" as one word
    } else if (t.hash[q + 2] == YEAR && t.isSym(q + 3, '-') && t.isWord(q + 4)
        && t.hash[q + 4] == OLD) {
      r = q + 5;
    } else {
      return false;
    }
    return t.has(r, Vocabulary.ROLE) && (t.shape[r] & Tokens.LOWER) != 0;
  }

  private static final long YEAR_OLD = Lexicon.hash("yearold");

  private static final long KNOW = Lexicon.hash("know");
  private static final long GOES = Lexicon.hash("goes");
  private static final long JUSTICE = Lexicon.hash("justice");
  private static final long JUDGE = Lexicon.hash("judge");

  /** X LJ, X J, Ms X KC: post-nominal letters in capitals right after the name. */
  static boolean postNominalAfter(Tokens t, int k) {
    int q = k + 1;
    if (!t.isWord(q)
        || !t.sameLine(q)
        || t.glued(q)
        || (t.shape[q] & Tokens.UPPER) == 0
        || (t.words[q] & NameWords.POST_NOMINAL) == 0) {
      return false;
    }
    // a single J only at the end of a phrase: "Carr J:", "Carr J." or the end of the line, and
    // not after a title, whose initial it is: "Cllr J. Ferreira-Hale"
    if (t.len(q) == 1) {
      if ((t.vocab[k] & (Vocabulary.TITLE | Vocabulary.ROLE | Vocabulary.STOP)) != 0
          || (t.words[k] & NameWords.PERSONAL_TITLE) != 0) {
        return false; // Cllr J. Ferreira-Hale, Child P, Mother J: an initial or a label
      }
      int r = q + 1;
      return r >= t.count
          || !t.sameLine(r)
          || (t.type[r] == Tokens.SYM && ".,:;)".indexOf(t.c[t.start[r]]) >= 0)
          || (t.isWord(r) && (t.shape[r] & Tokens.LOWER) != 0);
    }
    return true;
  }

  /** Ó Briain, Ní Bhriain, Mac Giolla: a Gaelic particle right before a capitalised word. */
  static boolean gaelicParticleBefore(Tokens t, int k) {
    int p = k - 1;
    return t.isWord(p)
        && t.sameLine(k)
        && !t.glued(k)
        && (t.shape[p] & (Tokens.CAP | Tokens.UPPER)) != 0
        && (t.words[p] & NameWords.GAELIC) != 0;
  }

  /** Dana Whitlock (@danawhit): a handle in brackets right after the name. */
  static boolean handleAfter(Tokens t, int k) {
    return t.isSym(k + 1, '(') && t.isSym(k + 2, '@') && t.sameLine(k + 1) && t.isWord(k + 3);
  }

  /** INGRID SOLBERG (Applicant), Mr Liban Jama (father): a party or family role in brackets. */
  static boolean partyAfter(Tokens t, int k) {
    if (!t.isSym(k + 1, '(') || !t.sameLine(k + 1)) {
      return false;
    }
    int q = k + 2;
    if (t.isWord(q) && (t.words[q] & NameWords.PARTY) != 0) {
      return t.isSym(q + 1, ')') || t.isSym(q + 1, ',');
    }
    // Ekow (the child's father), Dean (Tyler's stepdad), Sue (her maternal grandmother)
    if (t.has(q, Vocabulary.DETERMINER | Vocabulary.POSS_DET)) {
      q++;
    }
    if (t.isWord(q) && t.isWord(q + 1)
        && ((t.shape[q] & Tokens.POSSESSIVE) != 0
            || ((t.shape[q] & Tokens.LOWER) != 0 && !t.has(q, Vocabulary.ROLE)))) {
      q++; // the child's, maternal
    }
    return q > k + 2
        && t.isWord(q)
        && (t.shape[q] & Tokens.LOWER) != 0
        && (t.has(q, Vocabulary.ROLE) || (t.words[q] & NameWords.PARTY) != 0)
        && t.sameLine(q)
        && (t.isSym(q + 1, ')') || t.isSym(q + 1, ','));
  }

  /**
   * Words around k that make it a place: a preposition before a known place ("in Hackney"),
   * "between" before a list ("between Stratford, Leyton and Ilford"), a list of known places after
   * "in" ("in Selby and Thirsk"). 0 when none, else how it was found.
   */
  static int placeContext(Tokens t, int k, int contextFlags) {
    boolean place = (contextFlags & Lexicon.PLACE) != 0;
    if (place && t.has(k - 1, Vocabulary.PLACE_PREP)) {
      return 1;
    }
    if (place
        && t.isWord(k - 1)
        && t.hash[k - 1] == TO
        && t.isWord(k - 2)
        && MOVING.get(t.hash[k - 2]) != 0
        && (t.shape[k] & Tokens.POSSESSIVE) == 0) {
      return 1; // moved to Rome, fled to Kabul: a place the gazetteer knows after a journey
    }
    if (place && placeListMate(t, k)) {
      return 1; // Hessle, Cottingham and Beverley: a list with a place no name list knows
    }
    if ((place || (t.nameFlags[k] & Lexicon.GIVEN) == 0)
        && t.isSym(k - 1, ',')
        && t.has(k - 2, Vocabulary.ROLE)
        && (t.shape[k - 2] & Tokens.LOWER) != 0
        && t.isSym(k - 3, ',')) {
      // Oksana Melnyk, teacher, Lublin; Shona, mum, Lochee: a place after a role, in a line of
      // affiliations, whether the gazetteer knows it or not
      return 1;
    }
    if (!place
        && !t.isSym(k - 1, ',')
        && !(t.isWord(k - 1)
            && (t.hash[k - 1] == AND_WORD || t.hash[k - 1] == BETWEEN || t.hash[k - 1] == UPON))) {
      return 0; // only a list after "between" makes an unknown word a place
    }
    if (place
        && t.isSym(k + 1, ',')
        && t.isWord(k + 2)
        && (t.shape[k + 2] & Tokens.UPPER) != 0
        && t.len(k + 2) <= 2
        && t.isNum(k + 3)
        && t.glued(k + 3)) {
      return 1; // Bickershaw Lane, Abram, WN2 5TB
    }
    if (place
        && t.isSym(k - 1, ',')
        && t.isWord(k - 2)
        && (t.words[k - 2] & NameWords.ORG_END) != 0) {
      return 1; // Civic Centre, Brixton; 52 Alfreton Road, Radford
    }
    if (t.isWord(k - 1) && t.hash[k - 1] == UPON && t.capital(k - 2) && t.sameLine(k)) {
      return 1; // Kingston upon Thames, Newcastle upon Tyne
    }
    if (t.isSym(k - 1, ',') && t.has(k - 2, Vocabulary.STREET) && t.sameLine(k)) {
      // 52 Alfreton Road, Radford: the district of a street address, known to the gazetteer or not
      for (int p = k - 3; p >= 0 && p >= k - 6 && t.sameLine(p + 1); p--) {
        if (t.isNum(p)) {
          return 1;
        }
      }
    }
    for (int p = k - 1, n = 0; p >= 0 && n < 8 && t.sameLine(p + 1); p--, n++) {
      if (t.isWord(p) && t.hash[p] == BETWEEN) {
        if ((t.shape[k] & Tokens.POSSESSIVE) != 0) {
          return 0; // the link between Frank's withdrawal and his loss: an owner, not a place
        }
        return 2; // between Stratford, Leyton and Ilford: every one a place
      }
      if (t.isWord(p) && t.hash[p] == IN) {
        return place ? 1 : 0;
      }
      boolean listWord = t.isSym(p, ',') || (t.isWord(p) && t.hash[p] == AND_WORD) || t.capital(p);
      if (!listWord) {
        return 0;
      }
    }
    return 0;
  }
}
