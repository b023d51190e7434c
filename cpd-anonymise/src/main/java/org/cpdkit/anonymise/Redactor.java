package org.cpdkit.anonymise;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.CharBuffer;
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
   * Replaces every identifier in the text with its placeholder. Long texts are redacted window by
   * window, as the scanner scans them, so the work and the scanner's memory stay bounded by the
   * window; the placeholders' numbering and what the text says of its names run through the
   * whole text.
   *
   * @param text the text to redact
   * @return the redacted text
   * @throws NullPointerException if text is null
   */
  public String redact(CharSequence text) {
    Objects.requireNonNull(text, "Redactor.redact: text must not be null");
    Numbering numbering = new Numbering();
    DocumentEvidence evidence = new DocumentEvidence();
    int n = text.length();
    StringBuilder out = new StringBuilder(n + 16);
    int from = 0;
    do {
      int to = n - from <= IdentifierScanner.WINDOW ? n : IdentifierScanner.cut(text, from, from + IdentifierScanner.WINDOW);
      out.append(redactWindow(text.subSequence(from, to).toString(), numbering, evidence));
      from = to;
    } while (from < n);
    return out.toString();
  }

  /**
   * Reads a text, replaces every identifier with its placeholder and writes the result, a window
   * of about 64K characters at a time: memory is bounded by the window (and the placeholders
   * given so far), not by the length of the text. Neither stream is closed.
   *
   * @param in the text to redact
   * @param out where the redacted text is written
   * @throws IOException if reading or writing fails
   * @throws NullPointerException if in or out is null
   */
  public void redact(Reader in, Writer out) throws IOException {
    Objects.requireNonNull(in, "Redactor.redact: in must not be null");
    Objects.requireNonNull(out, "Redactor.redact: out must not be null");
    Numbering numbering = new Numbering();
    DocumentEvidence evidence = new DocumentEvidence();
    int window = IdentifierScanner.WINDOW;
    char[] buf = new char[window * 2];
    int len = 0;
    boolean eof = false;
    while (true) {
      while (!eof && len < window) {
        int r = in.read(buf, len, buf.length - len);
        if (r < 0) {
          eof = true;
        } else {
          len += r;
        }
      }
      if (len == 0) {
        return;
      }
      int cut = eof && len <= window ? len : IdentifierScanner.cut(CharBuffer.wrap(buf, 0, len), 0, window);
      if (cut < len && cut > 0 && Character.isHighSurrogate(buf[cut - 1])) {
        cut--; // never split a character in two
      }
      out.write(redactWindow(new String(buf, 0, cut), numbering, evidence));
      System.arraycopy(buf, cut, buf, 0, len - cut);
      len -= cut;
    }
  }

  private String redactWindow(String window, Numbering numbering, DocumentEvidence evidence) {
    String current = window;
    // What the earlier windows said, as a scan of the redacted text will know it: the later rounds
    // start from it afresh, so that evidence this window's first round drew from words it then
    // replaced (a place's "between", a handle) cannot hide a name the redacted text shows
    DocumentEvidence before = evidence.copy();
    // A replacement can change the context of a word next to it; repeat until the scanner is
    // satisfied, keeping the numbering.
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<IdentifierFinding> found = scanner.scan(current, round == 0 ? evidence : before.copy());
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
    private final int[] last = new int[IdentifierKind.values().length];

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
      int number = known != null ? known : ++last[f.kind().ordinal()];
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
