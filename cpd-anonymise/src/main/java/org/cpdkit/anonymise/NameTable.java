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

  /** The home slot of a key: from its hash bits alone, so a stored key finds its slot again. */
  private int slot(long key) {
    return (int) ((key >>> FLAG_BITS) ^ (key >>> 40)) & mask;
  }

  void add(long h, int flags) {
    if ((flags & ~FLAG_MASK) != 0) {
      throw new IllegalArgumentException("flags outside the table's " + FLAG_BITS + " bits: " + flags);
    }
    long k = key(h);
    int i = slot(k);
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
    int i = slot(k);
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

  /** The header of the table's binary form: "cpdkit names" and the format's version. */
  static final long MAGIC = 0x6370646b69746e01L;

  /**
   * Writes the table's entries, sorted, as big-endian longs after {@link #MAGIC} and their count:
   * a form that loads in tens of milliseconds in a cold JVM ({@link #read}).
   */
  void write(java.io.OutputStream out) throws java.io.IOException {
    long[] entries = new long[size];
    int n = 0;
    for (long s : slots) {
      if (s != 0) {
        entries[n++] = s;
      }
    }
    java.util.Arrays.sort(entries);
    java.io.DataOutputStream d = new java.io.DataOutputStream(new java.io.BufferedOutputStream(out));
    d.writeLong(MAGIC);
    d.writeInt(n);
    for (long e : entries) {
      d.writeLong(e);
    }
    d.flush();
  }

  /** Reads a table written by {@link #write}. */
  static NameTable read(java.io.InputStream in) throws java.io.IOException {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(in.readAllBytes());
    if (b.remaining() < 12 || b.getLong() != MAGIC) {
      throw new java.io.IOException("not a cpdkit name table of this version");
    }
    int n = b.getInt();
    if (n < 0 || b.remaining() != (long) n * Long.BYTES) {
      throw new java.io.IOException("name table truncated: " + n + " entries announced");
    }
    long[] entries = new long[n];
    b.asLongBuffer().get(entries);
    NameTable t = new NameTable(n);
    long[] slots = t.slots;
    int mask = t.mask;
    for (int j = 0; j < n; j++) {
      long e = entries[j];
      int i = (int) ((e >>> FLAG_BITS) ^ (e >>> 40)) & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = e;
    }
    t.size = n;
    return t;
  }

  /** Whether two tables hold the same words with the same flags. */
  boolean sameAs(NameTable other) {
    java.io.ByteArrayOutputStream a = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    try {
      write(a);
      other.write(b);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return java.util.Arrays.equals(a.toByteArray(), b.toByteArray());
  }
}
