package org.cpdkit.anonymise;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Takes the identifying details out of a CPD text, writing a placeholder per kind such as {@code
 * [PERSON 1]} or {@code [EMAIL 1]}. Within one text the same person (or the same e-mail, phone…)
 * keeps the same placeholder, so the reflection still reads; the scanner finds nothing in the
 * result. Immutable and thread-safe.
 */
public final class Redactor {
  private static final int MAX_ROUNDS = 8;

  private final IdentifierScanner scanner;

  private Redactor(IdentifierScanner scanner) {
    this.scanner = scanner;
  }

  /**
   * A redactor that takes out what the given scanner finds.
   *
   * @param scanner the scanner to use
   * @return the redactor
   * @throws NullPointerException if scanner is null
   */
  public static Redactor of(IdentifierScanner scanner) {
    return new Redactor(Objects.requireNonNull(scanner, "Redactor.of: scanner must not be null"));
  }

  /**
   * Replaces every identifier in the text with its placeholder.
   *
   * @param text the text to redact
   * @return the redacted text
   * @throws NullPointerException if text is null
   */
  public String redact(CharSequence text) {
    Objects.requireNonNull(text, "Redactor.redact: text must not be null");
    Numbering numbering = new Numbering();
    String current = text.toString();
    // A replacement can change the context of a word next to it; repeat until the scanner is
    // satisfied, keeping the numbering.
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<IdentifierFinding> found = scanner.scan(current);
      if (found.isEmpty()) {
        return current;
      }
      StringBuilder out = new StringBuilder(current.length());
      int at = 0;
      for (IdentifierFinding f : found) {
        out.append(current, at, f.start());
        out.append('[')
            .append(f.kind().placeholderLabel())
            .append(' ')
            .append(numbering.number(f))
            .append(']');
        at = f.end();
      }
      out.append(current, at, current.length());
      current = out.toString();
    }
    return current;
  }

  /** Gives the same number to the same identifier, and to a person's name and its parts. */
  private static final class Numbering {
    private final Map<IdentifierKind, Map<String, Integer>> seen =
        new EnumMap<>(IdentifierKind.class);

    int number(IdentifierFinding f) {
      Map<String, Integer> byText = seen.computeIfAbsent(f.kind(), k -> new HashMap<>());
      String key = normalise(f.text());
      Integer known = byText.get(key);
      if (known == null && f.kind() == IdentifierKind.PERSON_NAME) {
        for (String part : key.split(" ")) {
          known = byText.get(part);
          if (known != null) {
            break;
          }
        }
      }
      int number =
          known != null
              ? known
              : byText.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
      byText.putIfAbsent(key, number);
      if (f.kind() == IdentifierKind.PERSON_NAME) {
        for (String part : key.split(" ")) {
          byText.putIfAbsent(part, number);
        }
      }
      return number;
    }

    private static String normalise(String s) {
      StringBuilder b = new StringBuilder(s.length());
      boolean space = false;
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (Character.isLetterOrDigit(ch) || ch == '@' || ch == '.') {
          if (space && b.length() > 0) {
            b.append(' ');
          }
          b.append(ch);
          space = false;
        } else {
          space = true;
        }
      }
      return b.toString().toLowerCase(Locale.ROOT);
    }
  }
}
