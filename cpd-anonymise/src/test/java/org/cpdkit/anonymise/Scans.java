package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Shared helpers for the per-kind tests: each case is checked through the kind's own detector
 * ({@link IdentifierKind#detector()}) and through the whole scanner, which must agree.
 */
final class Scans {
  static final IdentifierScanner SCANNER = IdentifierScanner.standard();

  private Scans() {}

  static List<String> found(IdentifierKind kind, String text) {
    return SCANNER.scan(text).stream()
        .filter(f -> f.kind() == kind)
        .map(IdentifierFinding::text)
        .toList();
  }

  static List<String> foundAlone(IdentifierKind kind, String text) {
    return kind.detector().detect(text).stream()
        .peek(f -> assertThat(f.kind()).isEqualTo(kind))
        .map(IdentifierFinding::text)
        .toList();
  }

  static void reports(IdentifierKind kind, String text, String expected) {
    assertThat(found(kind, text))
        .as("%s in: %s", kind, text)
        .anyMatch(s -> s.contains(expected) || expected.contains(s));
    assertThat(foundAlone(kind, text))
        .as("%s alone in: %s", kind, text)
        .anyMatch(s -> s.contains(expected) || expected.contains(s));
  }

  /** The whole scanner and the kind's own detector both report {@code expected}, maybe more. */
  static void reportsAmong(IdentifierKind kind, String text, String expected) {
    assertThat(found(kind, text)).as("%s in: %s", kind, text).contains(expected);
    assertThat(foundAlone(kind, text)).as("%s alone in: %s", kind, text).contains(expected);
  }

  /** The whole scanner and the kind's own detector both report {@code expected} alone. */
  static void reportsOnly(IdentifierKind kind, String text, String expected) {
    assertThat(found(kind, text)).as("%s in: %s", kind, text).containsExactly(expected);
    assertThat(foundAlone(kind, text)).as("%s alone in: %s", kind, text).containsExactly(expected);
  }

  static void silent(IdentifierKind kind, String text) {
    assertThat(found(kind, text)).as("%s in: %s", kind, text).isEmpty();
    assertThat(foundAlone(kind, text)).as("%s alone in: %s", kind, text).isEmpty();
  }
}
