package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Vocabulary.ORG_NEXT;
import static org.cpdkit.anonymise.Vocabulary.ROLE;
import static org.cpdkit.anonymise.Vocabulary.STOP;
import static org.cpdkit.anonymise.Vocabulary.THEORIST;
import static org.cpdkit.anonymise.Vocabulary.TITLE;

/**
 * What one text says of its own words, carried from mention to mention and from one scanning
 * window to the next: a word found as a person's name with good evidence once is a name wherever
 * it appears capitalised later ("Jade was embarrassed" after "Jade's mum"); a word found as a place
 * or an organisation ("in Hackney", "Marsh Trust") is not read as a name on weak evidence
 * elsewhere. Per-scan state, bounded: at most {@link #MAX} words of each kind are kept.
 */
final class DocumentEvidence {
  /** A table whose rows ran to the end of the window scanned last, for the next window. */
  TablePass.Open openTable;

  static final int NAME = 1;
  static final int PLACE = 2;
  private static final int UNKNOWN_ONCE = 4;
  private static final int UNKNOWN_TWICE = 8;
  /** Cited with a year somewhere in the text: Munro (2011), Ferguson, 2019. */
  static final int CITED = 16;
  /**
   * Found with a cue that only a person has (a title, a role after a possessive, an age): a place
   * cue elsewhere in the text ("from Tendai herself") does not undo it, unless the word is a known
   * place.
   */
  static final int PERSON_CUE = 32;
  private static final int MAX = 4096;

  private long[] keys = new long[64];
  private int[] values = new int[64];
  private int size;

  int get(long h) {
    int mask = keys.length - 1;
    int i = slot(h, mask);
    while (true) {
      long k = keys[i];
      if (k == h) {
        return values[i];
      }
      if (k == 0) {
        return 0;
      }
      i = (i + 1) & mask;
    }
  }

  void add(long h, int flag) {
    if (h == 0) {
      return;
    }
    int mask = keys.length - 1;
    int i = slot(h, mask);
    while (true) {
      long k = keys[i];
      if (k == h) {
        values[i] |= flag;
        return;
      }
      if (k == 0) {
        if (size >= MAX) {
          return;
        }
        keys[i] = h;
        values[i] = flag;
        if (++size * 2 > keys.length) {
          grow();
        }
        return;
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        add(oldKeys[i], oldValues[i]);
      }
    }
  }

  /**
   * Forgets every word, so that one instance serves a thread's scans one after the other; a table
   * grown large by a long text is given up rather than cleared.
   */
  void clear() {
    openTable = null;
    if (keys.length > 1024) {
      keys = new long[64];
      values = new int[64];
    } else if (size > 0) {
      java.util.Arrays.fill(keys, 0L);
    }
    size = 0;
  }

  private static int slot(long h, int mask) {
    return (int) (h ^ (h >>> 32) ^ (h >>> 17)) & mask;
  }

  /** Counts a mention in running text of a capitalised word no list knows. */
  void countUnknown(long h) {
    add(h, (get(h) & UNKNOWN_ONCE) != 0 ? UNKNOWN_TWICE : UNKNOWN_ONCE);
  }

  /** Whether such a word was counted at least twice. */
  boolean unknownRepeated(long h) {
    return (get(h) & UNKNOWN_TWICE) != 0;
  }

  /** A copy of what this evidence holds, to be changed apart from it. */
  DocumentEvidence copy() {
    DocumentEvidence c = new DocumentEvidence();
    c.keys = keys.clone();
    c.values = values.clone();
    c.size = size;
    return c;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /**
   * Records the names found in this window, then marks their other capitalised mentions in it as
   * names too.
   */
  void propagate(NamePass pass, Tokens t, int[] cands, int nc, double[] score, String[] reason,
      boolean[] cite, int[] ctx, double threshold) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (score[k] >= threshold && (t.shape[k] & Tokens.CAP) != 0) {
        add(t.hash[k], personCue(reason[k]) ? NAME | PERSON_CUE : NAME);
      }
    }
    if (size == 0) {
      return;
    }
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (score[k] < threshold
          && ((t.shape[k] & Tokens.CAP) != 0
              // shadowed gemma (Gemma Hope), supervision with jo: a name found capitalised
              // elsewhere, written in lower case in hurried notes, when no English word spells it
              || (t.shape[k] & Tokens.LOWER) != 0 && (ctx[k] & Lexicon.WORD) == 0
                  && !pass.commonWord(k)
              // SEGUN 😭 you absolute legend: in capitals, three letters or more, no word
              || (t.shape[k] & Tokens.UPPER) != 0 && t.len(k) >= 3 && (ctx[k] & Lexicon.WORD) == 0
                  && t.vocab[k] == 0 && t.words[k] == 0)
          && named(get(t.hash[k]), ctx[k])
          && t.len(k) >= 2
          && !cite[k]
          && (t.vocab[k] & (STOP | THEORIST | TITLE | ROLE | Vocabulary.DETERMINER
                  | Vocabulary.POSS_DET | Vocabulary.PLACE_PREP | Vocabulary.AND | Vocabulary.AUX))
              == 0
          && !((t.shape[k] & Tokens.JOINED) != 0 && NameLexicon.contraction(t, k))
          && !pass.vetoed(k)
          && !pass.loneParticle(k)
          && !NameVetoes.afterThe(t, k)
          && !(t.has(k + 1, ORG_NEXT) && t.capital(k + 1))) {
        score[k] = 0.75;
        reason[k] = "same-name-elsewhere";
      }
    }
  }

  /** A name found elsewhere, and no place found, or a person's cue that outweighs a place's. */
  private static boolean named(int evidence, int ctx) {
    int e = evidence & (NAME | PLACE);
    return e == NAME
        || e == (NAME | PLACE) && (evidence & PERSON_CUE) != 0 && (ctx & Lexicon.PLACE) == 0;
  }

  private static boolean personCue(String reason) {
    return reason != null
        && (reason.contains("title") || reason.contains("possessive+role")
            || reason.endsWith("+age") || reason.contains("role-after")
            // a given name and a surname side by side (Rāwiri Kingi) outweigh "a mihi from Rāwiri"
            || reason.equals("capitalised-pair") || reason.equals("given+surname"));
  }
}
