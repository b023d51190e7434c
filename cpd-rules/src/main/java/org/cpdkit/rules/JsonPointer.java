package org.cpdkit.rules;

import java.util.Comparator;

/**
 * JSON Pointers (RFC 6901) into a record, built from the domain's property names and list
 * indexes, such as {@code /entries/2/impactOnPractice}: the location of every {@link Finding}.
 * Because JSON property names are the domain's property names, the same pointer names the value
 * in memory and in the record's JSON document.
 *
 * <p>A rule of your own builds the location of what it reports with it:
 *
 * <pre>{@code
 * context.report(JsonPointer.of("entries", i, "impactOnPractice"), "the impact on practice is empty");
 * }</pre>
 *
 * Pointers are plain strings ({@code ""} is the whole record); sort them with {@link #ORDER}.
 */
public final class JsonPointer {

  /**
   * Orders pointers segment by segment, numeric segments by value, so {@code /entries/10} comes
   * after {@code /entries/9} and a parent comes before its children.
   */
  public static final Comparator<String> ORDER = JsonPointer::compare;

  private JsonPointer() {}

  /** The pointer with one more segment, escaped as RFC 6901 requires. */
  public static String append(String pointer, String segment) {
    return pointer + "/" + segment.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer with one more segment: a list index. */
  public static String append(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** The pointer built from segments, each a property name or an index. */
  public static String of(Object... segments) {
    String p = "";
    for (Object s : segments) {
      p = s instanceof Integer ? append(p, (Integer) s) : append(p, String.valueOf(s));
    }
    return p;
  }

  /**
   * Compares segment by segment in place: sorting the findings of a large check compares many
   * pointers, and splitting each into an array of strings was a good part of the cost.
   */
  static int compare(String a, String b) {
    // the start of the current segment of each, or -1 when it has no more
    int i = a.isEmpty() ? -1 : 1;
    int j = b.isEmpty() ? -1 : 1;
    while (i >= 0 && j >= 0) {
      int ie = segmentEnd(a, i);
      int je = segmentEnd(b, j);
      int c = compareSegment(a, i, ie, b, j, je);
      if (c != 0) {
        return c;
      }
      i = ie < a.length() ? ie + 1 : -1;
      j = je < b.length() ? je + 1 : -1;
    }
    return i < 0 ? (j < 0 ? 0 : -1) : 1;
  }

  private static int segmentEnd(String s, int from) {
    int end = s.indexOf('/', from);
    return end < 0 ? s.length() : end;
  }

  private static int compareSegment(String a, int i, int ie, String b, int j, int je) {
    boolean xn = isIndex(a, i, ie);
    boolean yn = isIndex(b, j, je);
    if (xn && yn) {
      int c = Integer.compare(ie - i, je - j);
      return c != 0 ? c : compareText(a, i, ie, b, j, je);
    }
    if (xn != yn) {
      return xn ? -1 : 1;
    }
    return compareText(a, i, ie, b, j, je);
  }

  /** As {@link String#compareTo} of the two ranges. */
  private static int compareText(String a, int i, int ie, String b, int j, int je) {
    int n = Math.min(ie - i, je - j);
    for (int k = 0; k < n; k++) {
      char x = a.charAt(i + k);
      char y = b.charAt(j + k);
      if (x != y) {
        return x - y;
      }
    }
    return (ie - i) - (je - j);
  }

  private static boolean isIndex(String s, int from, int to) {
    if (from == to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
