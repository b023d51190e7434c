package org.cpdkit.anonymise;

/**
 * Finds street addresses ({@code 14 Elm Road}, {@code Flat 3, 22 Mill Lane}, {@code Unit 4, 18-20
 * Market Street}, {@code Flat 11, Chestnut House, 2 Orchard Place}): a house number of at most
 * three digits (an optional letter glued to it, or a range {@code 27–29}), then up to four
 * capitalised words on the same line of which the last is a street type ({@code Road}, {@code
 * Approach}, {@code Wynd}, or abbreviated: {@code High St}, {@code Church Rd}); a Welsh street
 * whose type comes first ({@code 12 Heol y Bont}); or, with no street type, capitalised words
 * right before a comma and a postcode ({@code 41 Cae Glas, SA1 8PU}). A flat, unit, room or suite number and a
 * building name before the house number are inside the span. A number after {@code section},
 * {@code page}, {@code aged} and the like is not a house number.
 */
final class StreetAddressDetector extends KindDetector {

  /** Street types the shared vocabulary does not list, as UK addresses write them. */
  private static final Lexicon MORE_TYPES =
      Lexicon.words(
          "approach broadway ringway causeway embankment esplanade promenade wynd brae gait vennel"
              + " loke ginnel twitten alley arcade courtyard cottages crossway highway bypass dene"
              + " drove garth glen grange heights knoll leys mead nook paddock pastures precinct"
              + " ridge spur estate");

  /** Abbreviated street types: never after a month ({@code 12 May St Helens}). */
  private static final Lexicon ABBREVIATED =
      Lexicon.words("st rd ave av ln cres cl gdns pl sq ter terr ct gr pde");

  /** Welsh street types, written before the name ({@code Heol y Bont}, {@code Lôn Las}). */
  private static final Lexicon TYPE_FIRST =
      Lexicon.words("heol ffordd stryd lon lôn rhodfa cilgant clos cae maes llys"
          // and Irish: 27 Páirc na Coille, 8 Bóthar an Phiarsaigh, Sráid Mhuire
          + " bóthar bothar sráid sraid páirc pairc ascaill lána lana cearnóg cearnog ard"
          + " cluain");

  /** Welsh and Irish articles inside a street name. */
  private static final Lexicon ARTICLE = Lexicon.words("y yr r na an");

  /** Words before a flat or unit number ({@code Unit 9, 2 Oldbury Ringway}). */
  private static final Lexicon UNIT =
      Lexicon.words("flat apartment apt unit room suite studio maisonette block");

  StreetAddressDetector() {
    super(IdentifierKind.STREET_ADDRESS);
  }

  /**
   * Claims the address whose house number is token k.
   *
   * @param flatStart the offset of a {@code Flat}/{@code Apartment} before it, or -1
   */
  void at(StructuredPass p, int k, int flatStart) {
    Tokens t = p.t;
    char[] c = p.c;
    // 1843 Linwood Avenue, 13580 104 Avenue: a house number of four or five digits, as American,
    // Canadian and South African addresses have, only where an address starts (after a comma, a
    // colon or at a line's start), so that "In 2019 Leeds Road" is no address
    boolean longNumber = t.len(k) > 3;
    if (t.len(k) > 5 || t.value(k) <= 0
        || longNumber && (flatStart >= 0
            || t.sameLine(k) && !t.isSym(k - 1, ',') && !t.isSym(k - 1, ':')
                && !(t.isWord(k - 1) && t.hash[k - 1] == AT))) {
      return; // but dropped off at 1423 Mooki Street
    }
    if (flatStart < 0) {
      if ((t.has(k - 1, Vocabulary.NUMBER_NOUN | Vocabulary.AGE_WORD | Vocabulary.YEARS)
              && !houseNumberWord(t, k - 1))
          || (k > 0
              && t.type[k - 1] == Tokens.SYM
              && t.glued(k)
              && ".,/-:\u2013".indexOf(c[t.start[k - 1]]) >= 0)) {
        return;
      }
      flatStart = unitBefore(t, k);
      if (flatStart < 0 && t.has(k - 1, Vocabulary.FLAT) && t.sameLine(k) && !t.glued(k)) {
        flatStart = t.start[k - 1]; // Flat 3 Rose Court: the flat's number is the house number
      }
    }
    int j = k + 1;
    if (t.isWord(j) && t.glued(j) && t.len(j) == 1) {
      j++;
    } else if (t.isSym(j, ',')
        && !longNumber
        && t.glued(j)
        && t.capital(j + 1)
        && t.sameLine(j + 1)
        && flatStart < 0
        && !(t.isWord(k - 1) && (t.shape[k - 1] & (Tokens.CAP | Tokens.UPPER)) != 0)) {
      j++; // 12, Elm Road; not Civic Centre 3, High Street
    } else if ((t.isSym(j, '-') || t.isSym(j, '\u2013') || t.isSym(j, '/'))
        && t.glued(j)
        && t.isNum(j + 1)
        && t.glued(j + 1)
        && t.len(j + 1) <= 3) {
      j += 2; // 18-20 Market Street; 6/19 Clifton St, flat 6 at number 19
    }
    int last = -1;
    int words = 0;
    int first = j;
    boolean typeFirst = t.isWord(j) && TYPE_FIRST.get(t.hash[j]) != 0;
    while (words < 4
        && t.isWord(j)
        && t.sameLine(j)
        && !t.glued(j)
        && ((t.shape[j] & (Tokens.CAP | Tokens.UPPER)) != 0 && t.len(j) > 1
            || (typeFirst && words >= 1 && ARTICLE.get(t.hash[j]) != 0 && t.capital(j + 1)))) {
      words++;
      if (words >= 2 && streetType(t, j, first)) {
        last = j;
      }
      if (typeFirst && words >= 2 && (t.shape[j] & Tokens.CAP) != 0) {
        last = j; // Heol y Bont, Lôn Las
      }
      j++;
    }
    if (last < 0 && words == 1 && !longNumber && wayStreet(t, first)
        && (!t.sameLine(first + 1) || t.isSym(first + 1, ',') || t.isSym(first + 1, '.'))) {
      last = first; // 33a Kingsway, Manchester; 2 Parkway.: a street's name that ends in its type
    }
    if (last < 0
        && words >= 1
        && !longNumber
        && flatStart < 0
        && t.isSym(j, ',')
        && t.glued(j)
        && t.isWord(j + 1)
        && t.sameLine(j + 1)
        && StructuredPass.POSTCODE.at(p, t.start[j + 1], false)) {
      last = j - 1; // 41 Cae Glas, SA1 8PU: a street without a street type, then a postcode
    }
    if (last < 0 && words == 0 && !longNumber && flatStart < 0) {
      last = lowerCaseStreet(p, first); // 22 larch close m40 7xd: a street said in lower case
    }
    if (last < 0 || publicAddress(t, k, first, last)) {
      return;
    }
    p.claim(
        IdentifierKind.STREET_ADDRESS,
        flatStart >= 0 ? flatStart : t.start[k],
        t.end[last],
        0.9,
        flatStart >= 0 ? "flat+street-type" : "number+street-type");
  }

  /**
   * The last word of a street written in lower case from token j (one to three words, the last a
   * street's type) when a postcode follows it, or -1: a transcript writes what was said so.
   */
  private static int lowerCaseStreet(StructuredPass p, int j) {
    Tokens t = p.t;
    for (int q = j; q < j + 3 && t.isWord(q) && t.sameLine(q) && !t.glued(q)
        && (t.shape[q] & Tokens.LOWER) != 0; q++) {
      if (q > j && t.has(q, Vocabulary.STREET)) {
        int r = t.isSym(q + 1, ',') ? q + 2 : q + 1;
        return t.isWord(r) && t.sameLine(r) && !t.glued(r)
            && StructuredPass.POSTCODE.at(p, t.start[r], false) ? q : -1;
      }
    }
    return -1;
  }

  private static final long AT = Lexicon.hash("at");
  private static final long NUMBER = Lexicon.hash("number");
  private static final long NO = Lexicon.hash("no");

  /**
   * Number 14 Mill Lane, at no. 7 Ashby Gardens: "number" or "no" before a house number, which
   * the street type after it still has to confirm.
   */
  private static boolean houseNumberWord(Tokens t, int q) {
    return t.isWord(q) && (t.hash[q] == NUMBER || t.hash[q] == NO) && t.sameLine(q + 1);
  }

  /** The last word of a block's or a building's name: Tarling House, Ash Court, Kelvin Tower. */
  private static final Lexicon BUILDING =
      Lexicon.words("house court tower towers lodge mansions buildings heights point apartments"
          + " hall block estate");

  /**
   * Claims a flat in a named building with no street number: {@code Flat 42, Tarling House}, from
   * the flat's word to the building's last word; j is the first word of the building's name.
   */
  void building(StructuredPass p, int j, int flatStart) {
    Tokens t = p.t;
    int last = -1;
    for (int q = j, words = 0; words < 4 && t.capital(q) && t.sameLine(q) && !t.glued(q);
        q++, words++) {
      if (words >= 1 && BUILDING.get(t.hash[q]) != 0) {
        last = q;
      }
    }
    if (last >= 0) {
      p.claim(IdentifierKind.STREET_ADDRESS, flatStart, t.end[last], 0.85, "flat+building");
    }
  }

  private static final long DOWNING = Lexicon.hash("downing");

  /**
   * 10 and 11 Downing Street: the addresses of offices of state, as in "10 Downing Street
   * announced", not of a person's home.
   */
  private static boolean publicAddress(Tokens t, int k, int first, int last) {
    int v = t.value(k);
    return (v == 10 || v == 11) && last == first + 1 && t.hash[first] == DOWNING;
  }

  private static final Lexicon RESIDENCE_PREP = Lexicon.words("on in at to");
  private static final long ON = Lexicon.hash("on");

  /**
   * She lives on Elm Road, the family moved to Tennyson Avenue: a street without a house number
   * after a verb of living somewhere, up to four capitalised words of which the last is a street
   * type. Token k is the verb; claims the street and returns whether it did.
   */
  boolean residence(StructuredPass p, int k) {
    Tokens t = p.t;
    if ((t.words[k] & NameWords.RESIDES) == 0 || !t.isWord(k + 1)
        || RESIDENCE_PREP.get(t.hash[k + 1]) == 0) {
      return false;
    }
    int first = k + 2;
    int last = streetFrom(t, first);
    if (last < 0) {
      return false; // moved to Elm Road Surgery: a place on the street, not the street
    }
    if (BUILDING.get(t.hash[last]) != 0 && t.hash[k + 1] != ON) {
      return false; // has lived at Rosehill Court, a care home: a building's name, not a street
    }
    if (t.has(first, Vocabulary.STOP) && (t.vocab[first] & Vocabulary.MONTH) == 0) {
      return false; // lives in London: the first word is a city the vocabulary knows
    }
    p.claim(IdentifierKind.STREET_ADDRESS, t.start[first], t.end[last], 0.7,
        "residence+street-type");
    return true;
  }

  /**
   * Doreen Wallace, 78, of Ashfield Road; Kieran Hollingworth, 27, of Meir View, Longton: the
   * street after an age and "of", as news and court reports give where someone lives. Token k is
   * "of".
   */
  boolean afterAge(StructuredPass p, int k) {
    Tokens t = p.t;
    int first = k + 1;
    int last = streetFrom(t, first);
    if (last < 0
        || BUILDING.get(t.hash[last]) != 0
        || t.has(first, Vocabulary.STOP) && (t.vocab[first] & Vocabulary.MONTH) == 0) {
      return false;
    }
    p.claim(IdentifierKind.STREET_ADDRESS, t.start[first], t.end[last], 0.7, "age+of+street");
    return true;
  }

  /**
   * The last word of a street's name of two to four capitalised words from token first, ending in
   * a street type and with no capitalised word after it, or -1.
   */
  private static int streetFrom(Tokens t, int first) {
    int last = -1;
    int j = first;
    for (int words = 0;
        words < 4 && t.capital(j) && t.sameLine(j) && !t.glued(j) && t.len(j) > 1;
        words++, j++) {
      if (words >= 1 && streetType(t, j, first)) {
        last = j;
      }
    }
    if (last >= 0 && t.capital(last + 1) && t.sameLine(last + 1) && !t.glued(last + 1)) {
      return -1;
    }
    return last;
  }

  /** A house's name: The Vicarage, Bryn Awel, Ivy Cottage, Glebe Farm. */
  private static final Lexicon HOUSE_WORDS =
      Lexicon.words("vicarage rectory manse presbytery parsonage cottage cottages farm farmhouse"
          + " lodge barn mill villa bungalow bryn ty tŷ hafod plas house");

  /**
   * Eastgate Road, Gloucester GL1 4RX; Unit 4, Coychurch Court, Bridgend CF31 3QX; The Vicarage,
   * Church Lane, Kirkby Underdale, York YO41 1RX; Bryn Awel, Heol y Dŵr, Tregaron SY25 6JN: the
   * lines of a postal address with no house number before its town and postcode. Token k starts
   * the postcode, just claimed; the street is the comma-separated part before the town (and a
   * locality), and a unit or a house's name before the street joins it. Adds the street without
   * moving the pass, since the postcode is already claimed.
   */
  void beforeTown(StructuredPass p, int k) {
    Tokens t = p.t;
    int q = k - 1;
    if (t.isSym(q, ',')) {
      q--;
    }
    for (int part = 0; part < 2; part++) {
      int end = q; // the last word of the part before q's comma
      int first = capitalisedRun(t, end);
      if (first < 0 || !t.isSym(first - 1, ',') || !t.glued(first - 1)
          || !t.sameLine(first) || !t.sameLine(first - 1)) {
        return;
      }
      int streetEnd = first - 2;
      int streetFirst = capitalisedRun(t, streetEnd);
      if (streetFirst < 0) {
        return;
      }
      if (!isStreet(t, streetFirst, streetEnd)) {
        q = streetEnd; // Kirkby Underdale, York: a locality before the town; one more part back
        continue;
      }
      int from = streetFirst;
      if (t.isNum(streetFirst - 1) && t.sameLine(streetFirst)) {
        if (!hasParticle(t, streetFirst, streetEnd)) {
          return; // 41 Bickershaw Lane: the house number's own address, claimed before
        }
        from = streetFirst - 1; // 18 De la Beche Road: a particle the house number's path stops at
      }
      int b = streetFirst - 1;
      if (t.isSym(b, ',') && t.glued(b) && t.sameLine(b)) {
        int unitEnd = b - 1;
        if (t.isNum(unitEnd) && t.len(unitEnd) <= 4 && t.isWord(unitEnd - 1)
            && UNIT.get(t.hash[unitEnd - 1]) != 0 && t.capital(unitEnd - 1)
            && t.sameLine(unitEnd)) {
          from = unitEnd - 1; // Unit 4, Coychurch Court
        } else {
          int house = capitalisedRun(t, unitEnd);
          if (house >= 0 && unitEnd - house <= 2 && houseName(t, house, unitEnd)) {
            from = house; // The Vicarage, Church Lane; Bryn Awel, Heol y Dŵr
          }
        }
      }
      p.out.add(IdentifierKind.STREET_ADDRESS, t.start[from], t.end[streetEnd], 0.8,
          "street+town+postcode");
      return;
    }
  }

  /**
   * The first token of the run of capitalised words (Welsh articles between them) that ends at
   * token e, within a line and after a comma, a colon or the line's start; -1 when e is no such
   * word or the run is longer than five words.
   */
  private static int capitalisedRun(Tokens t, int e) {
    if (!t.capital(e) && !(t.isWord(e) && (t.shape[e] & Tokens.UPPER) != 0 && t.len(e) > 1)) {
      return -1;
    }
    int f = e;
    int words = 1;
    while (f > 0 && t.sameLine(f) && !t.glued(f) && words < 6
        && (t.capital(f - 1) || (t.isWord(f - 1) && (ARTICLE.get(t.hash[f - 1]) != 0
            || PARTICLE.get(t.hash[f - 1]) != 0) && t.capital(f - 2)))) {
      f--;
      words++;
    }
    if (words >= 6) {
      return -1;
    }
    int b = f - 1;
    if (t.isNum(b) && t.len(b) <= 3 && t.sameLine(f) && !t.glued(f)) {
      b--; // 18 De la Beche Road: the house number opens the line's part
      if (b >= 0 && t.sameLine(b + 1) && !(t.isSym(b, ',') || t.isSym(b, ':'))) {
        return -1;
      }
    }
    boolean opens = b < 0 || !t.sameLine(b + 1) || t.isSym(b, ',') || t.isSym(b, ':')
        || t.isSym(b, ';') || t.isSym(b, '\u00b7') || t.isSym(b, '|');
    return opens && !(t.isWord(f) && ARTICLE.get(t.hash[f]) != 0) ? f : -1;
  }

  /** Lower-case particles inside a street's name: De la Beche Road, Rue du Marché. */
  private static final Lexicon PARTICLE = Lexicon.words("de la le du des van von der den of");

  private static boolean hasParticle(Tokens t, int f, int e) {
    for (int i = f; i <= e; i++) {
      if ((t.shape[i] & Tokens.LOWER) != 0 && PARTICLE.get(t.hash[i]) != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isStreet(Tokens t, int f, int e) {
    if (e > f && TYPE_FIRST.get(t.hash[f]) != 0) {
      return true; // Heol y Dŵr
    }
    return e > f && streetType(t, e, f);
  }

  private static final long THE = Lexicon.hash("the");

  private static boolean houseName(Tokens t, int f, int e) {
    if (t.hash[f] == THE && e > f) {
      return true; // The Vicarage, The Old School
    }
    for (int i = f; i <= e; i++) {
      if (HOUSE_WORDS.get(t.hash[i]) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Kingsway, Parkway, Broadway: one capitalised word of six letters or more ending in "way". */
  private static boolean wayStreet(Tokens t, int j) {
    int e = t.end[j];
    return t.isWord(j) && t.len(j) >= 6 && (t.shape[j] & (Tokens.CAP | Tokens.UPPER)) != 0
        && (t.c[e - 3] | 0x20) == 'w' && (t.c[e - 2] | 0x20) == 'a' && (t.c[e - 1] | 0x20) == 'y';
  }

  private static boolean streetType(Tokens t, int j, int first) {
    if ((t.vocab[j] & Vocabulary.STREET) != 0 || MORE_TYPES.get(t.hash[j]) != 0) {
      return true;
    }
    return ABBREVIATED.get(t.hash[j]) != 0 && !t.has(first, Vocabulary.MONTH);
  }

  /**
   * The offset of a flat or unit before house number k ({@code Flat 3, }, {@code Unit 9, }, {@code
   * Flat 2B, }, {@code Flat 3/2, }), with a building name between ({@code Flat 11, Chestnut House,
   * }), or -1.
   */
  private static int unitBefore(Tokens t, int k) {
    int b = k - 1;
    if (!t.isSym(b, ',') || !t.sameLine(k)) {
      return -1;
    }
    if (!t.sameLine(b)) {
      return -1;
    }
    b--;
    int names = 0;
    while (names < 4 && t.capital(b) && t.sameLine(b)) {
      b--;
      names++;
    }
    if (names > 0) {
      if (!t.isSym(b, ',') || !t.sameLine(b)) {
        return -1;
      }
      b--;
    }
    if (!t.sameLine(b)) {
      return -1;
    }
    if (t.isWord(b) && t.len(b) <= 2 && (t.shape[b] & Tokens.UPPER) != 0 && !t.glued(b)) {
      // Flat A, Block B2: a letter for a number
      return UNIT.get(t.hash[b - 1]) != 0 || t.has(b - 1, Vocabulary.FLAT) ? t.start[b - 1] : -1;
    }
    if (t.isWord(b) && t.len(b) == 1 && t.glued(b)) {
      b--; // Flat 2B
    }
    if (t.isNum(b) && t.isSym(b - 1, '/') && t.glued(b) && t.isNum(b - 2) && t.glued(b - 1)) {
      int w = b - 3;
      if (names == 0 && t.len(b) == 1 && t.len(b - 2) == 1 && !t.glued(b - 2)
          && !t.has(w, Vocabulary.FLAT) && !(t.isWord(w) && UNIT.get(t.hash[w]) != 0)
          && !t.isSym(w, '/')) {
        return t.start[b - 2]; // 2/1, 45 Byres Road: a Scottish tenement flat, floor and door
      }
      b -= 2; // Flat 3/2
    }
    if (!t.isNum(b) || t.len(b) > 4 || !t.isWord(b - 1) || t.glued(b)) {
      return -1;
    }
    return UNIT.get(t.hash[b - 1]) != 0 || t.has(b - 1, Vocabulary.FLAT) ? t.start[b - 1] : -1;
  }
}
