package org.cpdkit.rules;

import org.cpdkit.core.entry.Coded;

/**
 * How much a finding matters. Only {@link #ERROR} makes a record non-compliant; the order of the
 * constants is the order findings of equal location are listed in.
 */
public enum Severity implements Coded {
  /** The record does not meet a requirement; it is not compliant until this is fixed. */
  ERROR,
  /** Probably wrong or below good practice, but the requirement is still met. */
  WARNING,
  /** Worth knowing; nothing to fix. */
  INFO;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static Severity fromCode(String code) {
    return Coded.fromCode(Severity.class, code);
  }
}
