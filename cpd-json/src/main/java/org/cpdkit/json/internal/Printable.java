package org.cpdkit.json.internal;

/**
 * Not API: makes a text safe to print on a terminal on one line. Shared by the JSON format's
 * error messages and the command line's file names; exported only to cpdkit's own modules.
 */
public final class Printable {

  private Printable() {}

  /**
   * The text with every character that could move the cursor, change the terminal or hide text
   * written as an escape ({@code \\n}, {@code \\u001B}): C0 and C1 controls (newlines included,
   * so a message is one line), DEL, line and paragraph separators, bidirectional controls and lone
   * surrogates.
   */
  public static String of(String s) {
    int i = 0;
    while (i < s.length() && !needsEscape(s, i)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!needsEscape(s, i)) {
        b.append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else {
        b.append(String.format("\\u%04X", (int) c));
      }
    }
    return b.toString();
  }

  private static boolean needsEscape(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029) {
      return true;
    }
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
