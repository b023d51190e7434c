package org.cpdkit.rules.registration;

/** Plain words for counts and amounts of time in reports. */
final class Amount {
  private Amount() {}

  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  static String minutes(long minutes) {
    long h = minutes / 60;
    long m = minutes % 60;
    String hours = h == 1 ? "1 hour" : h + " hours";
    if (m == 0) {
      return hours;
    }
    return (h == 0 ? "" : hours + " ") + (m == 1 ? "1 minute" : m + " minutes");
  }
}
