package org.cpdkit.anonymise;

import java.util.Collection;
import java.util.EnumSet;

/**
 * A built-in detector of one kind. Inside a scan it is not called through {@link
 * #detect(CharSequence)}: the scanner's single pass over the tokens offers each candidate token to
 * the detectors in a fixed order. On its own, {@link #detect(CharSequence)} scans the text for its
 * kind alone, with the same decisions the full scanner makes.
 */
abstract class KindDetector implements Detector {
  private final IdentifierKind kind;
  private volatile IdentifierScanner alone;

  KindDetector(IdentifierKind kind) {
    this.kind = kind;
  }

  /** The kind this detector finds. */
  final IdentifierKind kind() {
    return kind;
  }

  @Override
  public final Collection<IdentifierFinding> detect(CharSequence text) {
    IdentifierScanner s = alone;
    if (s == null) {
      s = IdentifierScanner.builder().kinds(EnumSet.of(kind)).build();
      alone = s;
    }
    return s.scan(text);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
