package org.cpdkit.json;

import java.time.Duration;

/**
 * Durations in the format: ISO 8601 days, hours, minutes and seconds ({@code P1DT2H30M}, {@code
 * PT90M}, {@code PT0.5S}), without signs, years, months or weeks, whose length is unambiguous.
 */
final class Durations {
  /** The pattern the schema publishes for durations. */
  static final String REGEX =
      "^P(?=\\d|T\\d)(\\d{1,6}D)?(T(?=\\d)(\\d{1,8}H)?(\\d{1,10}M)?(\\d{1,12}(\\.\\d{1,9})?S)?)?$";

  private Durations() {}

  static boolean isValid(String s) {
    return parse(s) != null;
  }

  /** The duration, or null when the text is not one as {@link #REGEX} describes. */
  static Duration parse(String s) {
    int n = s.length();
    if (n < 3 || n > 60 || s.charAt(0) != 'P') {
      return null;
    }
    int i = 1;
    long days = 0;
    long hours = 0;
    long minutes = 0;
    long seconds = 0;
    long nanos = 0;
    int j = digitsEnd(s, i);
    if (j > i) {
      if (j >= n || s.charAt(j) != 'D' || j - i > 6) {
        return null;
      }
      days = value(s, i, j);
      i = j + 1;
    }
    if (i < n) {
      if (s.charAt(i) != 'T') {
        return null;
      }
      i++;
      boolean any = false;
      j = digitsEnd(s, i);
      if (j > i && j < n && s.charAt(j) == 'H') {
        if (j - i > 8) {
          return null;
        }
        hours = value(s, i, j);
        i = j + 1;
        any = true;
        j = digitsEnd(s, i);
      }
      if (j > i && j < n && s.charAt(j) == 'M') {
        if (j - i > 10) {
          return null;
        }
        minutes = value(s, i, j);
        i = j + 1;
        any = true;
        j = digitsEnd(s, i);
      }
      if (j > i) {
        if (j - i > 12) {
          return null;
        }
        seconds = value(s, i, j);
        int k = j;
        if (k < n && s.charAt(k) == '.') {
          int f = digitsEnd(s, k + 1);
          int len = f - k - 1;
          if (len < 1 || len > 9) {
            return null;
          }
          nanos = value(s, k + 1, f);
          for (int z = len; z < 9; z++) {
            nanos *= 10;
          }
          k = f;
        }
        if (k >= n || s.charAt(k) != 'S') {
          return null;
        }
        i = k + 1;
        any = true;
      }
      if (!any) {
        return null;
      }
    } else if (i == 1) {
      return null;
    }
    if (i != n) {
      return null;
    }
    return Duration.ofSeconds(days * 86_400 + hours * 3_600 + minutes * 60 + seconds, nanos);
  }

  private static int digitsEnd(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static long value(String s, int from, int to) {
    long v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  /** The canonical form written: {@link Duration#toString()}, hours, minutes and seconds. */
  static String format(Duration d) {
    return d.toString();
  }
}
