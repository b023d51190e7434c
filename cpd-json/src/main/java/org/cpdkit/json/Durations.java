package org.cpdkit.json;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Durations in the format: ISO 8601 days, hours, minutes and seconds ({@code P1DT2H30M}, {@code
 * PT90M}, {@code PT0.5S}), without signs, years, months or weeks, whose length is unambiguous.
 */
final class Durations {
  /** The pattern the schema publishes for durations. */
  static final String REGEX =
      "^P(?=\\d|T\\d)(\\d{1,6}D)?(T(?=\\d)(\\d{1,8}H)?(\\d{1,10}M)?(\\d{1,12}(\\.\\d{1,9})?S)?)?$";

  private static final Pattern PATTERN = Pattern.compile(REGEX);

  private Durations() {}

  static boolean isValid(String s) {
    return s.length() <= 60 && PATTERN.matcher(s).matches();
  }

  static Duration parse(String s) {
    return Duration.parse(s);
  }

  /** The canonical form written: {@link Duration#toString()}, hours, minutes and seconds. */
  static String format(Duration d) {
    return d.toString();
  }
}
