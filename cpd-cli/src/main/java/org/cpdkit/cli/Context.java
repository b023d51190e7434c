package org.cpdkit.cli;

/** Shows a finding in its surrounding text with the identifier itself masked. */
final class Context {
  private static final int AROUND = 30;

  private Context() {}

  /**
   * The text around {@code [start, end)} on one line, with the identifier replaced by its first
   * character followed by asterisks, so a person can find it without it being printed again.
   */
  static String masked(String text, int start, int end) {
    int from = Math.max(0, start - AROUND);
    int to = Math.min(text.length(), end + AROUND);
    StringBuilder b = new StringBuilder();
    b.append(from > 0 ? "…" : "");
    b.append(flat(text, from, start));
    b.append('[').append(text.charAt(start));
    for (int i = start + 1; i < end; i++) {
      b.append(Character.isWhitespace(text.charAt(i)) ? ' ' : '*');
    }
    b.append(']');
    b.append(flat(text, end, to));
    b.append(to < text.length() ? "…" : "");
    return b.toString();
  }

  private static String flat(String text, int from, int to) {
    return text.substring(from, to).replaceAll("\\s+", " ");
  }
}
