package org.cpdkit.json;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A cpdkit JSON document could not be read: it is not JSON, breaks the format, or holds a value
 * that can never be true. Says what is wrong and where, as a JSON Pointer and a line and column,
 * in one line; it never echoes the document's free text, and prints control characters in names
 * and pointers escaped (an escape character as <code>&#92;u001B</code>, a newline as
 * <code>&#92;n</code>), so a document cannot write to the terminal.
 *
 * <p>The message reads {@code source:line:column: pointer: what}, for example {@code
 * portfolio.json:7:7: /entries/0/whatILearnt: unknown property "whatILearnt"; did you mean
 * "whatILearned"?}.
 */
public final class CpdFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of mistake a document made; each has a stable lower-kebab {@link #code()}. */
  public enum Kind {
    /** Not JSON at all: a syntax error, a truncated document, NaN or Infinity. */
    MALFORMED_JSON,
    /** Not UTF-8: invalid byte sequences, or UTF-16 or UTF-32 text. */
    INVALID_ENCODING,
    /** Nothing but whitespace. */
    EMPTY_INPUT,
    /** More after the document's closing brace. */
    TRAILING_CONTENT,
    /** A property given twice in one object. */
    DUPLICATE_PROPERTY,
    /** A property the format does not define (and not an {@code x-} extension). */
    UNKNOWN_PROPERTY,
    /** A required property is absent. */
    MISSING_PROPERTY,
    /** A value of the wrong JSON type, such as a number where a string belongs. */
    WRONG_TYPE,
    /** A value of the right type that is not allowed: a bad date, an unknown code, a broken rule. */
    INVALID_VALUE,
    /** The {@code $format} property is missing or names no cpdkit document. */
    UNKNOWN_FORMAT,
    /** A different cpdkit document than the one asked for, or a version this reader does not know. */
    UNSUPPORTED_FORMAT,
    /** The document exceeds a size, depth, string, number or name length limit. */
    LIMIT_EXCEEDED;

    /** The stable code, such as {@code unknown-property}, for programs and JSON output. */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Kind kind;
  private final String source;
  private final String pointer;
  private final int line;
  private final int column;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param kind what kind of mistake
   * @param source the file or stream the document came from, or {@code null} when unnamed
   * @param pointer the JSON Pointer of the offending value ({@code ""} for the whole document)
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param detail what is wrong, for a person; must not contain the document's free text
   */
  CpdFormatException(
      Kind kind, String source, String pointer, int line, int column, String detail) {
    super(message(source, pointer, line, column, detail));
    this.kind = Objects.requireNonNull(kind, "kind");
    this.source = source;
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  private static String message(String source, String pointer, int line, int column, String detail) {
    return printable(source == null ? "<input>" : source)
        + ":"
        + line
        + ":"
        + column
        + ": "
        + (pointer.isEmpty() ? "(document)" : printable(pointer))
        + ": "
        + printable(detail);
  }

  /**
   * The text with every character that could move the cursor, change the terminal or hide text
   * written as an escape: C0 and C1 controls (newlines included, so a message is one line),
   * DEL, line and paragraph separators, bidirectional overrides and lone surrogates.
   */
  static String printable(String s) {
    return org.cpdkit.json.internal.Printable.of(s);
  }

  /** What kind of mistake this is. */
  public Kind kind() {
    return kind;
  }

  /** The stable code of the kind, such as {@code unknown-property}. */
  public String code() {
    return kind.code();
  }

  /** The file or stream name, when the document was read from a named source. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** The JSON Pointer of the offending value or property; {@code ""} for the whole document. */
  public String pointer() {
    return pointer;
  }

  /** The 1-based line of the offending token, or 0 when unknown. */
  public int line() {
    return line;
  }

  /**
   * The 1-based column of the offending token, or 0 when unknown. For byte input (streams, files)
   * it counts bytes of UTF-8 from the start of the line; for text input, characters.
   */
  public int column() {
    return column;
  }

  /** What is wrong, without the location: the last part of the message. */
  public String detail() {
    return detail;
  }
}
