package org.cpdkit.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cpdkit.anonymise.IdentifierFinding;

/**
 * Shows findings in their surrounding text with every identifier masked (its first character
 * followed by asterisks), so a person can locate each one without it being printed again. Only
 * the text around a finding is masked, when it is shown, so a large text is never copied.
 */
final class Context {
  private static final int AROUND = 30;

  private final String text;
  private final List<IdentifierFinding> findings;
  /** For each finding in text order, the furthest end of it and every finding before it. */
  private final int[] maxEnd;

  Context(String text, List<IdentifierFinding> findings) {
    this.text = text;
    // the scanner's findings come in text order: used as they are, not copied
    List<IdentifierFinding> sorted = findings;
    for (int i = 1; i < findings.size(); i++) {
      if (findings.get(i).start() < findings.get(i - 1).start()) {
        sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(IdentifierFinding::start));
        break;
      }
    }
    this.findings = sorted;
    this.maxEnd = new int[sorted.size()];
    int m = 0;
    for (int i = 0; i < sorted.size(); i++) {
      m = Math.max(m, sorted.get(i).end());
      maxEnd[i] = m;
    }
  }

  /** The findings in text order, as {@link #around(int)} numbers them. */
  List<IdentifierFinding> findings() {
    return findings;
  }

  /** The masked text around finding {@code k}, on one line, the finding itself in brackets. */
  String around(int k) {
    IdentifierFinding f = findings.get(k);
    int from = Math.max(0, f.start() - AROUND);
    int to = Math.min(text.length(), f.end() + AROUND);
    char[] window = text.substring(from, to).toCharArray();
    for (int j = k; j >= 0 && maxEnd[j] > from; j--) {
      mask(window, from, to, findings.get(j));
    }
    for (int j = k + 1; j < findings.size() && findings.get(j).start() < to; j++) {
      mask(window, from, to, findings.get(j));
    }
    return (from > 0 ? "…" : "")
        + flat(window, 0, f.start() - from)
        + "["
        + flat(window, f.start() - from, f.end() - from)
        + "]"
        + flat(window, f.end() - from, to - from)
        + (to < text.length() ? "…" : "");
  }

  private static void mask(char[] window, int from, int to, IdentifierFinding g) {
    for (int i = Math.max(g.start() + 1, from); i < Math.min(g.end(), to); i++) {
      window[i - from] = Character.isWhitespace(window[i - from]) ? ' ' : '*';
    }
  }

  private static String flat(char[] window, int from, int to) {
    return Main.printable(new String(window, from, to - from).replaceAll("\\s+", " "));
  }
}
