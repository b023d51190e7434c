package org.cpdkit.anonymise;

import java.util.Objects;

/**
 * One identifying detail found in a text: its kind, where it is (UTF-16 offsets, end exclusive),
 * the text itself, how sure the scanner is, and a short code saying which evidence fired (such as
 * {@code title}, {@code gazetteer+reporting-verb} or {@code checksum}).
 *
 * <p>{@link #toString()} masks the text, so a finding logged by accident does not carry the
 * personal data it points at; {@link #text()} returns it on purpose.
 *
 * @param kind the kind of identifier
 * @param start the UTF-16 offset of the first character
 * @param end the UTF-16 offset after the last character
 * @param text the identifying text, {@code end - start} characters long
 * @param confidence how sure the scanner is, from 0 to 1
 * @param reason a short code naming the evidence, for a person to see why
 */
public record IdentifierFinding(
    IdentifierKind kind, int start, int end, String text, double confidence, String reason) {

  /**
   * Checks the finding's structure.
   *
   * @throws NullPointerException if kind, text or reason is null
   * @throws IllegalArgumentException if the span is empty or negative, the text's length does not
   *     match the span, or the confidence is outside 0..1
   */
  public IdentifierFinding {
    Objects.requireNonNull(kind, "IdentifierFinding.kind must not be null");
    Objects.requireNonNull(text, "IdentifierFinding.text must not be null");
    Objects.requireNonNull(reason, "IdentifierFinding.reason must not be null");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "IdentifierFinding span must satisfy 0 <= start < end, was start="
              + start
              + ", end="
              + end);
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "IdentifierFinding.text length must equal end - start ("
              + (end - start)
              + "), was "
              + text.length());
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException(
          "IdentifierFinding.confidence must be between 0 and 1, was " + confidence);
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("IdentifierFinding.reason must not be blank");
    }
  }

  /**
   * The length of the span in UTF-16 units.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /** Describes the finding without its text. */
  @Override
  public String toString() {
    return "IdentifierFinding[kind="
        + kind
        + ", start="
        + start
        + ", end="
        + end
        + ", text=<"
        + (end - start)
        + " chars>, confidence="
        + confidence
        + ", reason="
        + reason
        + "]";
  }
}
