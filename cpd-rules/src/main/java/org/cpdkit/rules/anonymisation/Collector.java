package org.cpdkit.rules.anonymisation;

import java.util.ArrayList;
import java.util.List;

/** Gathers the findings of one scan. Per-scan state. */
final class Collector {
    final char[] c;
    final List<IdentifierFinding> found = new ArrayList<>();

    Collector(char[] c) {
        this.c = c;
    }

    void add(IdentifierKind kind, int start, int end, double confidence, String reason) {
        found.add(new IdentifierFinding(kind, start, end, new String(c, start, end - start),
                Math.min(1.0, Math.max(0.0, confidence)), reason));
    }
}
