package org.cpdkit.anonymise;

/** Gathers the findings of one scan. Per-scan state. */
final class Collector {
  final int base;
  final FindingBuffer found;

  /** Gathers the findings of a window whose first character is at {@code base} in the text. */
  Collector(int base, FindingBuffer found) {
    this.base = base;
    this.found = found;
  }

  /** Dates found with no cue: token index of the start and end offset, for the name pass. */
  int[] looseDates = new int[0];

  int looseCount;

  void looseDate(int token, int end) {
    if (looseCount * 2 == looseDates.length) {
      looseDates = java.util.Arrays.copyOf(looseDates, Math.max(8, looseDates.length * 2));
    }
    looseDates[looseCount * 2] = token;
    looseDates[looseCount * 2 + 1] = end;
    looseCount++;
  }

  /** Token ranges of a table's header lines, start and end in pairs: never a name. */
  int[] headers;

  int headerCount;

  void header(int from, int to) {
    if (headers == null) {
      headers = new int[8];
    } else if (headerCount * 2 == headers.length) {
      headers = java.util.Arrays.copyOf(headers, headers.length * 2);
    }
    headers[headerCount * 2] = from;
    headers[headerCount * 2 + 1] = to;
    headerCount++;
  }

  void add(IdentifierKind kind, int start, int end, double confidence, String reason) {
    found.add(kind, base + start, base + end, confidence, reason);
  }
}
