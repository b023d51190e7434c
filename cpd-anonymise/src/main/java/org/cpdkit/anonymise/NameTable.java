package org.cpdkit.anonymise;

/**
 * The name lexicon, the place gazetteer and the English word list in one open-addressing table,
 * each slot one {@code long}: the word's hash in the high bits and its flags in the low
 * {@link #FLAG_BITS}. A candidate word is looked up once, with one memory load in the common case,
 * instead of once per list. Immutable once built; safe to share between threads.
 */
final class NameTable {
  /** The low bits of a slot that hold the flags ({@link Lexicon#GIVEN} to {@link Lexicon#UK_PLACE}). */
  static final int FLAG_BITS = 14;

  private static final long FLAG_MASK = (1L << FLAG_BITS) - 1;
  private static final long KEY_MASK = ~FLAG_MASK;

  private final long[] slots;
  private final int mask;
  private int size;

  NameTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[cap];
    mask = cap - 1;
  }

  /** A hash's key part, never 0 (0 marks an empty slot). */
  private static long key(long h) {
    long k = h & KEY_MASK;
    return k == 0 ? 1L << FLAG_BITS : k;
  }

  private int slot(long h) {
    return (int) (h ^ (h >>> 32) ^ (h >>> 17)) & mask;
  }

  void add(long h, int flags) {
    if ((flags & ~FLAG_MASK) != 0) {
      throw new IllegalArgumentException("flags outside the table's " + FLAG_BITS + " bits: " + flags);
    }
    long k = key(h);
    int i = slot(h);
    while (true) {
      long s = slots[i];
      if (s == 0) {
        slots[i] = k | flags;
        if (++size * 2 > slots.length) {
          throw new IllegalStateException("NameTable over capacity");
        }
        return;
      }
      if ((s & KEY_MASK) == k) {
        slots[i] = s | flags;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** Every flag of the word with hash h, from all three lists; 0 when no list has it. */
  int get(long h) {
    long k = key(h);
    int i = slot(h);
    while (true) {
      long s = slots[i];
      if ((s & KEY_MASK) == k) {
        return (int) (s & FLAG_MASK);
      }
      if (s == 0) {
        return 0;
      }
      i = (i + 1) & mask;
    }
  }

  /** The name and place flags of the word with hash h: what the name lists and gazetteer say. */
  int names(long h) {
    return get(h) & ~Lexicon.WORD;
  }

  int size() {
    return size;
  }
}
