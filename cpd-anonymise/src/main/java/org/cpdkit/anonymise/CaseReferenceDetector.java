package org.cpdkit.anonymise;

/**
 * Finds case, file and system references of a person's record: a number after a case system or a
 * case noun with a connector ({@code LCS ID 1234567}, {@code case ref CR-20391}, {@code Mosaic
 * number 884213}), or a reference shape with no cue, capitals glued to digits ({@code CR-004512},
 * {@code MOS/2231/77}). A year after a case noun, and numbers after {@code Section} or {@code
 * Standard}, are not references; a phone or NHS number after a cue is reported as that kind.
 */
final class CaseReferenceDetector extends KindDetector {

  CaseReferenceDetector() {
    super(IdentifierKind.CASE_REFERENCE);
  }

  /** CR-004512, MOS/2231/77, LCS123456: capitals, then digits, with no cue word. */
  boolean shape(StructuredPass p, int k) {
    Tokens t = p.t;
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
    if (p.alnumAt(e)) {
      return false;
    }
    p.claim(IdentifierKind.CASE_REFERENCE, t.start[k], e, 0.75, "reference-shape");
    return true;
  }

  void cued(StructuredPass p, int k) {
    Tokens t = p.t;
    char[] c = p.c;
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
    if (t.isNum(j) && !p.alnumAt(t.start[j] - 1)) {
      // a phone or NHS number after "referral:" or "number for": the stricter kind wins
      boolean realSystem = (v & Vocabulary.CASE_SYSTEM) != 0 && (v & Vocabulary.CONNECTOR) == 0;
      if ((c[t.start[j]] == '0' && StructuredPass.PHONE.at(p, t.start[j]))
          || (!realSystem && StructuredPass.NHS.at(p, j))) {
        return;
      }
    }
    int s = t.start[j];
    int e = s;
    int digits = 0;
    int q = j;
    if (t.isWord(j)
        && (t.shape[j] & Tokens.UPPER) != 0
        && t.len(j) >= 2
        && t.len(j) <= 5
        && t.isNum(j + 1)
        && t.len(j + 1) >= 4
        && t.start[j + 1] == t.end[j] + 1
        && c[t.end[j]] == ' ') {
      q = j + 1; // Case No: COP 13948217, a court's letters and the number after a space
    }
    int first = q;
    while (q < t.count && (q == first || t.glued(q))) {
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
    p.claim(IdentifierKind.CASE_REFERENCE, s, e, 0.9, "case-cue");
    more(p, q, digits);
  }

  /** MOSAIC: 5503118 / 5503119: further references of the same length after the first. */
  private static void more(StructuredPass p, int q, int digits) {
    Tokens t = p.t;
    while (q + 1 < t.count
        && (t.isSym(q, '/') || t.isSym(q, ',') || t.isSym(q, '&'))
        && !t.glued(q)
        && t.sameLine(q)
        && t.isNum(q + 1)
        && t.sameLine(q + 1)
        && Math.abs(t.len(q + 1) - digits) <= 1
        && !p.alnumAt(t.end[q + 1])
        && !t.glued(q + 1)) {
      p.claim(IdentifierKind.CASE_REFERENCE, t.start[q + 1], t.end[q + 1], 0.85, "case-cue");
      q += 2;
    }
  }
}
