package org.cpdkit.report;

import java.time.Duration;

/** Plain words for where a finding is and for durations, so pages never show raw pointers alone. */
final class Fields {

  private Fields() {}

  /**
   * A JSON Pointer in words: {@code /entries/2/impactOnPractice} is {@code Entry 3, impact on
   * practice}; the pointer itself is shown next to it.
   */
  static String words(String pointer) {
    if (pointer.isEmpty() || "/".equals(pointer)) {
      return "The portfolio";
    }
    String[] parts = pointer.substring(1).split("/", -1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].replace("~1", "/").replace("~0", "~");
      String words = camel(p);
      if (i + 1 < parts.length && isIndex(parts[i + 1])) {
        words = singular(words) + " " + (Integer.parseInt(parts[i + 1]) + 1);
        i++;
      }
      b.append(b.length() == 0 ? capital(words) : ", " + words);
    }
    return b.toString();
  }

  private static boolean isIndex(String p) {
    return !p.isEmpty() && p.length() < 10 && p.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static String singular(String words) {
    if (words.endsWith("ies")) {
      return words.substring(0, words.length() - 3) + "y";
    }
    return words.endsWith("s") ? words.substring(0, words.length() - 1) : words;
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** {@code whatIDid} as {@code what I did}. */
  static String camel(String name) {
    StringBuilder b = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (b.length() > 0) {
          b.append(' ');
        }
        boolean alone = (i + 1 == name.length() || Character.isUpperCase(name.charAt(i + 1))) && c == 'I';
        b.append(alone ? c : Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A duration as {@code 1 h 30 min}, {@code 45 min}, {@code 6 h}. */
  static String duration(Duration d) {
    long minutes = d.toMinutes();
    long h = minutes / 60;
    long m = minutes % 60;
    if (h == 0) {
      return m + " min";
    }
    return m == 0 ? h + " h" : h + " h " + m + " min";
  }
}
