package org.cpdkit.cli;

import java.util.List;
import org.cpdkit.anonymise.IdentifierFinding;

/**
 * Shows findings in their surrounding text with every identifier masked (its first character
 * followed by asterisks), so a person can locate each one without it being printed again.
 */
final class Context {
  private static final int AROUND = 30;

  private final String masked;

  Context(String text, List<IdentifierFinding> findings) {
    char[] chars = text.toCharArray();
    for (IdentifierFinding f : findings) {
      for (int i = f.start() + 1; i < f.end(); i++) {
        chars[i] = Character.isWhitespace(chars[i]) ? ' ' : '*';
      }
    }
    this.masked = new String(chars);
  }

  /** The masked text around one finding, on one line, the finding itself in brackets. */
  String around(IdentifierFinding f) {
    int from = Math.max(0, f.start() - AROUND);
    int to = Math.min(masked.length(), f.end() + AROUND);
    return (from > 0 ? "…" : "")
        + flat(from, f.start())
        + "["
        + flat(f.start(), f.end())
        + "]"
        + flat(f.end(), to)
        + (to < masked.length() ? "…" : "");
  }

  private String flat(int from, int to) {
    return masked.substring(from, to).replaceAll("\\s+", " ");
  }
}
