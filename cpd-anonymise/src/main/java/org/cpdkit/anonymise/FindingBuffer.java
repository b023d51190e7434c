package org.cpdkit.anonymise;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The findings of one scan while it runs: kind, span, confidence and reason of each kept in
 * arrays, so that a text with a finding every few characters costs a few array stores per finding
 * and leaves no objects for the collector to trace. Findings below the scanner's confidence or of
 * a kind it does not report are dropped as they are added. {@link #result(CharSequence)} sorts
 * them, settles overlaps and makes the list the scan returns. Per-scan state.
 */
final class FindingBuffer {

  /**
   * Above this many findings, and when the findings as objects would take more memory than the
   * text, the list holds the text and the arrays and makes each finding when it is read.
   */
  static final int LAZY_ABOVE = 256;

  private double minimumConfidence;
  private long kindMask;
  /** The findings as added: each a span and the index of its kind, confidence and reason. */
  private Store raw = new Store();
  /** The kinds, confidences and reasons of this scan's findings: few, shared by many findings. */
  private Styles styles = new Styles();
  /** Findings from the user's detectors, kept as given, at their index; null until there is one. */
  private IdentifierFinding[] given;
  /** Whether the last result holds the arrays, so that a reset must not reuse them. */
  private boolean rawTaken;
  private boolean stylesTaken;
  /** The indices kept when the findings came in order; reused, since no result holds it. */
  private int[] keepScratch = new int[0];

  FindingBuffer(double minimumConfidence, long kindMask) {
    this.minimumConfidence = minimumConfidence;
    this.kindMask = kindMask;
  }

  /** The kinds of a set as bits by ordinal. */
  static long mask(Set<IdentifierKind> kinds) {
    long mask = 0;
    for (IdentifierKind k : kinds) {
      mask |= 1L << k.ordinal();
    }
    return mask;
  }

  /** Makes this ready for another scan, keeping the arrays no result holds. */
  void reset(double minimumConfidence, long kindMask) {
    this.minimumConfidence = minimumConfidence;
    this.kindMask = kindMask;
    raw = rawTaken || raw.large() ? new Store() : raw.clear();
    styles = stylesTaken || styles.large() ? new Styles() : styles.clear();
    rawTaken = false;
    stylesTaken = false;
    if (keepScratch.length > 1 << 16) {
      keepScratch = new int[0]; // not kept for the next scan after a text with very many findings
    }
    given = null;
  }

  int size() {
    return raw.size;
  }

  /** The kind of the finding added i-th. */
  IdentifierKind kind(int i) {
    return styles.kind[raw.style(i)];
  }

  /** The reason of the finding added i-th. */
  String reason(int i) {
    return styles.reason[raw.style(i)];
  }

  /** The start of the finding added i-th. */
  int start(int i) {
    return raw.start(i);
  }

  /** The end of the finding added i-th. */
  int end(int i) {
    return raw.end(i);
  }

  /** Adds a built-in finding; its confidence is clamped to 0..1 first. */
  void add(IdentifierKind k, int s, int e, double conf, String why) {
    if (s < 0 || e <= s) {
      throw new IllegalArgumentException(
          "IdentifierFinding span must satisfy 0 <= start < end, was start=" + s + ", end=" + e);
    }
    double c = Math.min(1.0, Math.max(0.0, conf));
    if (c >= minimumConfidence && (kindMask & (1L << k.ordinal())) != 0) {
      raw.add(s, e, styles.of(k, c, why));
    }
  }

  /** Adds a finding made by one of the user's detectors, kept as it is. */
  void add(IdentifierFinding f) {
    if (f.confidence() >= minimumConfidence && (kindMask & (1L << f.kind().ordinal())) != 0) {
      int i = raw.size;
      raw.add(f.start(), f.end(), styles.of(f.kind(), f.confidence(), f.reason()));
      if (given == null || given.length <= i) {
        given = given == null ? new IdentifierFinding[i + 16] : Arrays.copyOf(given, i * 2 + 16);
      }
      given[i] = f;
    }
  }

  private IdentifierFinding given(int i) {
    return given != null && i < given.length ? given[i] : null;
  }

  /**
   * Start ascending, then the longer first, then by kind; equal findings keep the order they were
   * added in.
   */
  private int compare(int a, int b) {
    int c = Integer.compare(raw.start(a), raw.start(b));
    if (c == 0) {
      c = Integer.compare(raw.end(b), raw.end(a));
    }
    if (c == 0) {
      c = Integer.compare(styles.kind[raw.style(a)].ordinal(), styles.kind[raw.style(b)].ordinal());
    }
    return c != 0 ? c : Integer.compare(a, b);
  }

  /** Where two findings overlap, the structured one wins over a name, then the longer, then the surer. */
  private boolean better(int a, int b) {
    int sa = raw.style(a);
    int sb = raw.style(b);
    boolean aName = styles.kind[sa] == IdentifierKind.PERSON_NAME;
    boolean bName = styles.kind[sb] == IdentifierKind.PERSON_NAME;
    if (aName != bName) {
      return bName;
    }
    int la = raw.end(a) - raw.start(a);
    int lb = raw.end(b) - raw.start(b);
    if (la != lb) {
      return la > lb;
    }
    return styles.confidence[sa] > styles.confidence[sb];
  }

  /**
   * The scan's result: the findings sorted by start, overlaps settled, unmodifiable.
   *
   * @param text the text scanned, for the findings' own text
   */
  List<IdentifierFinding> result(CharSequence text) {
    int size = raw.size;
    if (size == 0) {
      return Collections.emptyList();
    }
    int[] order = sortedOrder();
    int[] keep = order;
    if (keep == null) {
      keep = keepScratch.length >= size ? keepScratch : (keepScratch = new int[size]);
    }
    int w = 0;
    for (int r = 0; r < size; r++) {
      int i = order != null ? order[r] : r;
      if (w > 0 && raw.end(keep[w - 1]) > raw.start(i)) {
        if (better(i, keep[w - 1])) {
          keep[w - 1] = i;
        }
        continue;
      }
      keep[w++] = i;
    }
    boolean lazy =
        text instanceof String
            && w > LAZY_ABOVE
            && (long) w * FINDING_BYTES > 2L * text.length();
    if (lazy) {
      stylesTaken = true;
      if (order == null && w == size) {
        rawTaken = true;
        return new Compact((String) text, raw, styles, given);
      }
      Store kept = new Store();
      IdentifierFinding[] g = null;
      for (int r = 0; r < w; r++) {
        int i = keep[r];
        IdentifierFinding f = given(i);
        if (f != null) {
          if (g == null) {
            g = new IdentifierFinding[w];
          }
          g[r] = f;
        }
        kept.add(raw.start(i), raw.end(i), raw.style(i));
      }
      return new Compact((String) text, kept, styles, g);
    }
    IdentifierFinding[] out = new IdentifierFinding[w];
    for (int r = 0; r < w; r++) {
      int i = keep[r];
      IdentifierFinding f = given(i);
      out[r] = f != null ? f : styles.make(raw.start(i), raw.end(i), raw.style(i), text);
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  /** About what a finding of a few characters takes as objects: the record, its string and array. */
  private static final int FINDING_BYTES = 96;

  /**
   * The indices in sorted order, or null when they already are (the common case: each pass adds
   * in text order). Runs already in order are merged, so the work grows with the number of runs.
   */
  private int[] sortedOrder() {
    int size = raw.size;
    int runs = 1;
    for (int i = 1; i < size; i++) {
      if (compare(i - 1, i) > 0) {
        runs++;
      }
    }
    if (runs == 1) {
      return null;
    }
    int[] a = new int[size];
    for (int i = 0; i < size; i++) {
      a[i] = i;
    }
    int[] b = new int[size];
    int[] bounds = new int[runs + 1];
    int r = 0;
    bounds[r++] = 0;
    for (int i = 1; i < size; i++) {
      if (compare(i - 1, i) > 0) {
        bounds[r++] = i;
      }
    }
    bounds[r] = size;
    // merge neighbouring runs until one is left
    while (runs > 1) {
      int nr = 0;
      for (int q = 0; q < runs; q += 2) {
        int lo = bounds[q];
        if (q + 1 >= runs) {
          System.arraycopy(a, lo, b, lo, size - lo);
          bounds[nr++] = lo;
          continue;
        }
        int mid = bounds[q + 1];
        int hi = bounds[q + 2];
        int x = lo;
        int y = mid;
        int o = lo;
        while (x < mid && y < hi) {
          b[o++] = compare(a[x], a[y]) <= 0 ? a[x++] : a[y++];
        }
        while (x < mid) {
          b[o++] = a[x++];
        }
        while (y < hi) {
          b[o++] = a[y++];
        }
        bounds[nr++] = lo;
      }
      bounds[nr] = size;
      runs = nr;
      int[] swap = a;
      a = b;
      b = swap;
    }
    return a;
  }

  /**
   * Spans and style indices in chunks of a fixed size, so that a text with a million findings
   * grows by small arrays and never copies what it has.
   */
  private static final class Store {
    private static final int SHIFT = 12;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;
    /** Start in the high 32 bits, end in the low. */
    private long[][] spans = new long[1][];
    private int[][] style = new int[1][];
    int size;

    void add(int s, int e, int st) {
      int c = size >>> SHIFT;
      int o = size & MASK;
      if (o == 0) {
        if (c == spans.length) {
          spans = Arrays.copyOf(spans, c * 2);
          style = Arrays.copyOf(style, c * 2);
        }
        // the first chunk starts small: most scans find a few things
        spans[c] = new long[c == 0 ? 16 : CHUNK];
        style[c] = new int[c == 0 ? 16 : CHUNK];
      } else if (c == 0 && o == spans[0].length) {
        spans[0] = Arrays.copyOf(spans[0], Math.min(CHUNK, o * 4));
        style[0] = Arrays.copyOf(style[0], Math.min(CHUNK, o * 4));
      }
      spans[c][o] = ((long) s << 32) | (e & 0xFFFFFFFFL);
      style[c][o] = st;
      size++;
    }

    /** Holds more than a few chunks: not worth keeping for the next scan. */
    boolean large() {
      return spans.length > 16;
    }

    Store clear() {
      size = 0;
      return this;
    }

    int start(int i) {
      return (int) (spans[i >>> SHIFT][i & MASK] >>> 32);
    }

    int end(int i) {
      return (int) spans[i >>> SHIFT][i & MASK];
    }

    int style(int i) {
      return style[i >>> SHIFT][i & MASK];
    }
  }

  /**
   * The distinct kind, confidence and reason of this scan's findings, each kept once and named by
   * its index: a text with a million e-mail addresses has one.
   */
  private static final class Styles {
    IdentifierKind[] kind = new IdentifierKind[8];
    double[] confidence = new double[8];
    String[] reason = new String[8];
    int size;
    private int last = -1;

    /** Open addressing over the styles: index + 1 in each used slot, 0 in a free one. */
    private int[] table = new int[16];

    int of(IdentifierKind k, double c, String why) {
      if (last >= 0 && same(last, k, c, why)) {
        return last;
      }
      int h = hash(k, c, why);
      int m = table.length - 1;
      for (int p = h & m; ; p = (p + 1) & m) {
        int i = table[p] - 1;
        if (i < 0) {
          break;
        }
        if (same(i, k, c, why)) {
          return last = i;
        }
      }
      if (size == kind.length) {
        kind = Arrays.copyOf(kind, size * 2);
        confidence = Arrays.copyOf(confidence, size * 2);
        reason = Arrays.copyOf(reason, size * 2);
      }
      kind[size] = k;
      confidence[size] = c;
      reason[size] = why;
      last = size++;
      if (size * 2 > table.length) {
        rehash();
      } else {
        place(h, last);
      }
      return last;
    }

    boolean large() {
      return table.length > 256;
    }

    Styles clear() {
      Arrays.fill(reason, 0, size, null);
      Arrays.fill(table, 0);
      size = 0;
      last = -1;
      return this;
    }

    private static int hash(IdentifierKind k, double c, String why) {
      int h =
          k.ordinal() * 0x9E3779B1
              ^ Long.hashCode(Double.doubleToRawLongBits(c)) * 31
              ^ why.hashCode();
      return h ^ (h >>> 16);
    }

    private void place(int h, int i) {
      int m = table.length - 1;
      int p = h & m;
      while (table[p] != 0) {
        p = (p + 1) & m;
      }
      table[p] = i + 1;
    }

    private void rehash() {
      table = new int[table.length * 2];
      for (int i = 0; i < size; i++) {
        place(hash(kind[i], confidence[i], reason[i]), i);
      }
    }

    private boolean same(int i, IdentifierKind k, double c, String why) {
      return kind[i] == k
          && Double.doubleToRawLongBits(confidence[i]) == Double.doubleToRawLongBits(c)
          && (reason[i] == why || reason[i].equals(why));
    }

    IdentifierFinding make(int s, int e, int st, CharSequence text) {
      String part =
          text instanceof String str ? str.substring(s, e) : text.subSequence(s, e).toString();
      return new IdentifierFinding(kind[st], s, e, part, confidence[st], reason[st]);
    }
  }

  /**
   * The findings of a text dense with them: the text, the spans and the styles, each finding made
   * when it is read. Equal to the list of those findings; immutable, since the text is a string
   * and nothing else holds the arrays.
   */
  private static final class Compact extends java.util.AbstractList<IdentifierFinding>
      implements java.util.RandomAccess {
    private final String text;
    private final Store store;
    private final Styles styles;
    private final IdentifierFinding[] given;

    Compact(String text, Store store, Styles styles, IdentifierFinding[] given) {
      this.text = text;
      this.store = store;
      this.styles = styles;
      this.given = given;
    }

    @Override
    public IdentifierFinding get(int index) {
      if (index < 0 || index >= store.size) {
        throw new IndexOutOfBoundsException(
            "Index " + index + " out of bounds for length " + store.size);
      }
      if (given != null && index < given.length && given[index] != null) {
        return given[index];
      }
      return styles.make(store.start(index), store.end(index), store.style(index), text);
    }

    @Override
    public int size() {
      return store.size;
    }
  }
}
