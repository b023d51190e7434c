package org.cpdkit.testing;

import org.cpdkit.core.Limits;
import org.cpdkit.core.portfolio.Regulator;

/** Opaque identifiers and registration numbers, mostly short, sometimes as long as allowed. */
final class Ids {
  private Ids() {}

  private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
  private static final String ALNUM = "abcdefghijkmnpqrstuvwxyz23456789";
  private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-";

  /**
   * Identifiers such as {@code entry-k3vq8mze}; one in twenty is an edge: a single character or
   * up to {@link Limits#MAX_ID_LENGTH} characters using every allowed symbol.
   */
  static Gen<String> ids(String prefix) {
    return random -> {
      int edge = random.nextInt(20);
      if (edge == 0) {
        return String.valueOf(LOWER.charAt(random.nextInt(LOWER.length())));
      }
      if (edge == 1) {
        int length = random.nextInt(2, Limits.MAX_ID_LENGTH + 1);
        StringBuilder sb = new StringBuilder().append(LOWER.charAt(random.nextInt(LOWER.length())));
        while (sb.length() < length) {
          sb.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
        }
        return sb.toString();
      }
      return prefix + "-" + letters(random, 8);
    };
  }

  /** Lower-case letters and digits 2–9 that never form a run of more than two digits. */
  static String letters(java.util.random.RandomGenerator random, int length) {
    StringBuilder sb = new StringBuilder(length);
    int digits = 0;
    while (sb.length() < length) {
      char c = ALNUM.charAt(random.nextInt(ALNUM.length()));
      if (Character.isDigit(c)) {
        if (digits == 2) {
          continue;
        }
        digits++;
      } else {
        digits = 0;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Registration numbers in the shape each regulator issues them (fictional numbers). */
  static Gen<String> registrationNumbers(Regulator regulator) {
    return random -> {
      String digits6 = String.format("%06d", random.nextInt(1_000_000));
      switch (regulator) {
        case SOCIAL_WORK_ENGLAND:
          return "SW" + digits6;
        case HCPC:
          return "SW" + String.format("%05d", random.nextInt(100_000));
        case NMC:
          return String.format("%02dA%04d", random.nextInt(100), random.nextInt(10_000))
              + (char) ('A' + random.nextInt(26));
        default:
          return String.format("%07d", random.nextInt(10_000_000));
      }
    };
  }
}
