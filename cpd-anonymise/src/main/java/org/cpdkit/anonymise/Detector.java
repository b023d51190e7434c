package org.cpdkit.anonymise;

import java.util.Collection;

/**
 * A user-supplied finder of one more kind of identifying detail, such as a local authority's own
 * case-number format. Detectors are given to {@link IdentifierScanner.Builder#detector(Detector)}
 * or found with {@link java.util.ServiceLoader} through {@link
 * IdentifierScanner.Builder#loadDetectors(ClassLoader)}; their findings are merged with the
 * built-in ones.
 *
 * <p>A detector must be thread-safe and should be linear in the length of the text; it must not log
 * the text.
 */
@FunctionalInterface
public interface Detector {

  /**
   * Finds identifiers in a text.
   *
   * @param text the text to scan, never null
   * @return the findings, each with a span inside the text; never null
   */
  Collection<IdentifierFinding> detect(CharSequence text);
}
