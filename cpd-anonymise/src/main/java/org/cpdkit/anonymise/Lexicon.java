package org.cpdkit.anonymise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Open-addressing tables of 64-bit hashes of lower-cased words with their flags. Words are hashed
 * while scanning, letter by letter, so a lookup never allocates. Immutable once built.
 */
final class Lexicon {
  // name flags, from the derived resource
  static final int GIVEN = 1;
  static final int SURNAME = 1 << 1;
  static final int COMMON = 1 << 2;
  static final int FREQUENT = 1 << 3;

  // context flags, from the derived place gazetteer and word list
  static final int PLACE = 1 << 8;
  static final int COUNTRY = 1 << 9;
  static final int AUTHORITY = 1 << 10;
  static final int MULTI = 1 << 11; // the first word of a place of several words
  static final int WORD = 1 << 12; // an ordinary English word (lower case in SCOWL)
  static final int UK_PLACE = 1 << 13; // a place in the United Kingdom or Ireland

  static final long EMPTY = 0L;

  /**
   * Slot i is {@code slots[2 * i]}, the hash (0 when empty), and {@code slots[2 * i + 1]}, the flags
   * in the low 32 bits and a second set of flags in the high 32: a look-up reads one cache line.
   */
  private final long[] slots;

  private final int mask;
  private int size;

  Lexicon(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[cap * 2];
    mask = cap - 1;
  }

  /** FNV-1a step over a lower-cased character. */
  static long step(long h, char c) {
    return (h ^ c) * 0x100000001b3L;
  }

  static final long SEED = 0xcbf29ce484222325L;

  static char lower(char c) {
    if (c < 128) {
      return (c >= 'A' && c <= 'Z') ? (char) (c | 0x20) : c;
    }
    return Character.toLowerCase(c);
  }

  static long hash(CharSequence s) {
    long h = SEED;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        h = step(h, lower(c));
      }
    }
    return h == EMPTY ? 1 : h;
  }

  void add(long h, int flags) {
    int i = claim(h);
    slots[i + 1] |= flags & 0xffffffffL;
  }

  /** A table of the space-separated words of {@code list}, each with flag 1. */
  static Lexicon words(String list) {
    String[] all = list.split(" ");
    Lexicon l = new Lexicon(Math.max(16, all.length));
    for (String w : all) {
      l.add(w, 1);
    }
    return l;
  }

  void add(String word, int flags) {
    add(hash(word), flags);
  }

  /** Adds flags to the word's second set, returned by {@link #entry} in its high 32 bits. */
  void addSecond(String word, int flags) {
    int i = claim(hash(word));
    slots[i + 1] |= (long) flags << 32;
  }

  /** The index in {@link #slots} of h's slot, taken if it was free. */
  private int claim(long h) {
    int i = slot(h);
    while (true) {
      long k = slots[2 * i];
      if (k == EMPTY) {
        slots[2 * i] = h;
        size++;
        if (size * 4 > (mask + 1) * 3) {
          throw new IllegalStateException("Lexicon over capacity");
        }
        return 2 * i;
      }
      if (k == h) {
        return 2 * i;
      }
      i = (i + 1) & mask;
    }
  }

  /** The flags of the word with hash h, or 0. */
  int get(long h) {
    return (int) entry(h);
  }

  /**
   * Both sets of flags of the word with hash h, the second in the high 32 bits; 0 when the word is
   * not in the table.
   */
  long entry(long h) {
    int i = slot(h);
    while (true) {
      long k = slots[2 * i];
      if (k == h) {
        return slots[2 * i + 1];
      }
      if (k == EMPTY) {
        return 0;
      }
      i = (i + 1) & mask;
    }
  }

  private int slot(long h) {
    return (int) (h ^ (h >>> 32) ^ (h >>> 17)) & mask;
  }

  int size() {
    return size;
  }

  /**
   * Loads the name lexicon, the place gazetteer and the English word list, one table so that a
   * word's name, place and word flags come from one look-up. The table ships ready-made
   * ({@code names.table}, made from the three lists by {@link #namesFromLists}), so loading it
   * costs tens of milliseconds, not the hashing of every line of the lists.
   */
  static NameTable loadNames() {
    try (InputStream in = Lexicon.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TABLE);
      }
      return NameTable.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TABLE, e);
    }
  }

  /** The resource holding the ready-made table of {@link #loadNames}. */
  static final String TABLE = "names.table";

  /** Builds the table of {@link #loadNames} from the derived lists shipped beside it. */
  static NameTable namesFromLists() {
    NameTable lex = new NameTable(200_000);
    read(lex, "names.lex.gz", 0);
    read(lex, "places.lex.gz", 0);
    // the English word list: its WORD flag is asked about only for words no name list knows
    read(lex, "words.lex.gz", WORD);
    return lex;
  }

  private static void read(NameTable lex, String resource, int always) {
    try (InputStream raw = Lexicon.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      try (BufferedReader r =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isEmpty() || line.charAt(0) == '#') {
            continue;
          }
          int tab = line.indexOf('\t');
          int flags = always;
          for (int i = tab + 1; tab > 0 && i < line.length(); i++) {
            switch (line.charAt(i)) {
              case 'G' -> flags |= GIVEN;
              case 'S' -> flags |= SURNAME;
              case 'C' -> flags |= always == 0 && resource.startsWith("places") ? COUNTRY : COMMON;
              case 'F' -> flags |= FREQUENT;
              case 'P' -> flags |= PLACE;
              case 'L' -> flags |= AUTHORITY;
              case 'U' -> flags |= UK_PLACE;
              case 'M' -> flags |= MULTI;
              default -> {}
            }
          }
          lex.add(hash(tab > 0 ? line.substring(0, tab) : line), flags);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
