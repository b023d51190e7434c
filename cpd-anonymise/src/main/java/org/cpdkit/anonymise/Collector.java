package org.cpdkit.anonymise;

import java.util.ArrayList;
import java.util.List;

/** Gathers the findings of one scan. Per-scan state. */
final class Collector {
  final char[] c;
  final int base;
  final List<IdentifierFinding> found;

  Collector(char[] c) {
    this(c, 0, new ArrayList<>(32));
  }

  /** Gathers the findings of a window whose first character is at {@code base} in the text. */
  Collector(char[] c, int base, List<IdentifierFinding> found) {
    this.c = c;
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

  void add(IdentifierKind kind, int start, int end, double confidence, String reason) {
    found.add(
        new IdentifierFinding(
            kind,
            base + start,
            base + end,
            new String(c, start, end - start),
            Math.min(1.0, Math.max(0.0, confidence)),
            reason));
  }
}
