package org.cpdkit.interop.framework;

import java.util.List;
import java.util.Objects;
import org.cpdkit.core.standard.StandardsFramework;

/**
 * What reading a CASE package gave: the standards framework, and a notice for everything in the
 * package the framework could not hold. A package cpdkit wrote gives no notices.
 *
 * @param framework the framework built from the package's document and item tree
 * @param options the package's base URI, change time, language and document fields, so that
 *     exporting the framework with them writes a package cpdkit wrote again byte for byte
 * @param notices what was not carried across, in the package's order
 */
public record CaseImport(StandardsFramework framework, CaseOptions options, List<CaseNotice> notices) {
  /** An import result; the list is copied. */
  public CaseImport {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(options, "options");
    notices = List.copyOf(notices);
  }

  /** Whether everything in the package was carried into the framework. */
  public boolean isComplete() {
    return notices.isEmpty();
  }

  /**
   * The framework, if nothing was left behind.
   *
   * @throws CaseFormatException naming the first notice and how many there were
   */
  public StandardsFramework requireComplete() {
    if (!notices.isEmpty()) {
      CaseNotice first = notices.get(0);
      throw new CaseFormatException(
          first.pointer(),
          first.message() + (notices.size() > 1 ? " (and " + (notices.size() - 1) + " more not carried across)" : ""));
    }
    return framework;
  }
}
