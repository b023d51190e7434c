package org.cpdkit.anonymise;

/**
 * Finds street addresses ({@code 14 Elm Road}, {@code Flat 3, 22 Mill Lane}): a house number of
 * at most three digits (an optional letter glued to it), then up to four capitalised words on the
 * same line of which the last is a street type; or, with no street type, capitalised words right
 * before a comma and a postcode ({@code 41 Cae Glas, SA1 8PU}). A number after {@code section},
 * {@code page}, {@code aged} and the like is not a house number.
 */
final class StreetAddressDetector extends KindDetector {

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
        && StructuredPass.POSTCODE.at(p, t.start[j + 1], false)) {
      last = j - 1; // 41 Cae Glas, SA1 8PU: a street without a street type, then a postcode
    }
    if (last < 0) {
      return;
    }
    p.claim(
        IdentifierKind.STREET_ADDRESS,
        flatStart >= 0 ? flatStart : t.start[k],
        t.end[last],
        0.9,
        flatStart >= 0 ? "flat+street-type" : "number+street-type");
  }
}
