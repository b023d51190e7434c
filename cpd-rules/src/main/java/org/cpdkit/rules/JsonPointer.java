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

  private static int compare(String a, String b) {
    String[] x = a.isEmpty() ? new String[0] : a.substring(1).split("/", -1);
    String[] y = b.isEmpty() ? new String[0] : b.substring(1).split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareSegment(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareSegment(String x, String y) {
    boolean xn = isIndex(x);
    boolean yn = isIndex(y);
    if (xn && yn) {
      int c = Integer.compare(x.length(), y.length());
      return c != 0 ? c : x.compareTo(y);
    }
    if (xn != yn) {
      return xn ? -1 : 1;
    }
    return x.compareTo(y);
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
