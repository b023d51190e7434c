package org.cpdkit.json;

import java.util.Arrays;
import java.util.Locale;

/** "Did you mean": the known name closest to a mistyped one, when one is close enough. */
final class Suggest {
  private Suggest() {}

  static String closest(String given, String... known) {
    return closest(given, Arrays.asList(known));
  }

  static String closest(String given, Iterable<String> known) {
    if (given.length() > 100) {
      return null;
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = given.toLowerCase(Locale.ROOT);
    for (String k : known) {
      if (k.toLowerCase(Locale.ROOT).equals(lower)) {
        return k;
      }
      int d = distance(lower, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    int allowed = Math.max(1, Math.min(3, given.length() / 4));
    return bestDistance <= allowed ? best : null;
  }

  /** Damerau-Levenshtein distance (optimal string alignment), so swapped letters count once. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
