package org.cpdkit.report;

/**
 * Where a practitioner stands against a registration period's requirements as of a day, in the
 * four words a manager acts on. Each has a symbol and a label so no page depends on colour alone.
 */
public enum Outcome {
  /** Every requirement is met. */
  COMPLIANT("Compliant", "✓"),
  /** Not met yet, with the deadline further away than the at-risk window. */
  ON_TRACK("On track", "→"),
  /** Not met yet, with the deadline within the at-risk window. */
  AT_RISK("At risk", "!"),
  /** Not met, and the deadline has passed (or no deadline can be known). */
  NOT_COMPLIANT("Not compliant", "✗");

  private final String label;
  private final String symbol;

  Outcome(String label, String symbol) {
    this.label = label;
    this.symbol = symbol;
  }

  /** The outcome in words, such as {@code At risk}. */
  public String label() {
    return label;
  }

  /** A symbol shown next to the label, so the outcome never rests on colour. */
  public String symbol() {
    return symbol;
  }

  /** The lower-case code used in CSV and CSS, such as {@code at-risk}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
