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
    return t.has(k - 1, CONTACT)
        && (t.shape[k - 1] & Tokens.LOWER) != 0
        && (flags & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0;
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
    if (t.isWord(p) && t.hash[p] == AS && t.isWord(p - 1) && t.hash[p - 1] == KNOWN) {
      return true;
    }
    return t.has(p, NAMING) && (t.shape[p] & Tokens.LOWER) != 0;
  }

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
}
