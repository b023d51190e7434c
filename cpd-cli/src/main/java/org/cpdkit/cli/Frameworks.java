package org.cpdkit.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.core.standard.StandardsFrameworks;
import org.cpdkit.interop.framework.CaseOptions;
import org.cpdkit.interop.framework.CasePackages;
import org.cpdkit.json.CpdFormatException;
import org.cpdkit.json.CpdJson;
import org.cpdkit.json.DocumentType;

/** A framework named on the command line: a built-in id or a framework document, and its CASE options. */
final class Frameworks {
  private Frameworks() {}

  static StandardsFramework resolve(String idOrFile) {
    var builtIn = StandardsFrameworks.byId(idOrFile);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    Path file = Path.of(idOrFile);
    if (!Files.isRegularFile(file)) {
      throw new CliException("'" + idOrFile + "' is neither a built-in framework id (see 'cpd standards') nor a file");
    }
    try {
      return CpdJson.standard().read(DocumentType.STANDARDS_FRAMEWORK, file);
    } catch (CpdFormatException e) {
      throw new CliException(Main.oneLine(e.getMessage()));
    } catch (UncheckedIOException e) {
      throw new CliException(file + ": cannot read (" + e.getCause().getClass().getSimpleName() + ")");
    }
  }

  /** The CASE options: the built-in Social Work England ones for that framework, else the defaults. */
  static CaseOptions options(StandardsFramework framework, String baseUri, java.time.Instant lastChange) {
    CaseOptions base = framework.equals(StandardsFrameworks.socialWorkEngland2019())
        ? CasePackages.SOCIAL_WORK_ENGLAND_OPTIONS
        : CaseOptions.defaults();
    if (baseUri == null && lastChange == null) {
      return base;
    }
    CaseOptions.Builder b = CaseOptions.builder()
        .baseUri(base.baseUri())
        .lastChange(base.lastChange())
        .language(base.language());
    base.officialSourceUrl().ifPresent(b::officialSourceUrl);
    base.adoptionStatus().ifPresent(b::adoptionStatus);
    base.notes().ifPresent(b::notes);
    try {
      if (baseUri != null) {
        b.baseUri(baseUri);
      }
    } catch (IllegalArgumentException e) {
      throw new CliException("--base-uri: " + e.getMessage().replaceFirst("^CaseOptions\\.baseUri: ", ""));
    }
    if (lastChange != null) {
      b.lastChange(lastChange);
    }
    return b.build();
  }
}
