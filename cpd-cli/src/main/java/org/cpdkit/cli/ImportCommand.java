package org.cpdkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cpdkit.interop.framework.CaseFormatException;
import org.cpdkit.interop.framework.CaseImport;
import org.cpdkit.interop.framework.CaseNotice;
import org.cpdkit.interop.framework.CasePackages;
import org.cpdkit.json.CpdJson;
import org.cpdkit.json.DocumentType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpd import --case}: a CASE package as a cpdkit standards-framework document. */
@Command(
    name = "import",
    description = "Read a 1EdTech CASE 1.1 package as a cpdkit standards-framework document.",
    footer = {
      "",
      "Examples:",
      "  cpd import --case swe-2019.case.json -o swe-2019.json",
      "",
      "Whatever the package holds that a framework has no place for (other association types,",
      "rubrics, items below a standard) is named on stderr, one line each.",
      "",
      "Exit status: 0 everything carried across, 1 something not carried across, 2 error."
    },
    mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

  @Option(names = "--case", required = true, description = "The input is a CASE 1.1 package (getCFPackage JSON).")
  private boolean caseFormat;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  private Path output;

  @Parameters(arity = "1", paramLabel = "PACKAGE", description = "A CASE package (.json).")
  private Path file;

  private final Terminal terminal;

  ImportCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    CaseImport read;
    try {
      read = CasePackages.read(file);
    } catch (CaseFormatException e) {
      throw new CliException(file + ": " + Main.oneLine(e.getMessage()));
    } catch (UncheckedIOException e) {
      throw new CliException(file + ": cannot read (" + e.getCause().getClass().getSimpleName() + ")");
    }
    if (output == null) {
      CpdJson.standard().write(DocumentType.STANDARDS_FRAMEWORK, read.framework(), terminal.out());
      terminal.out().flush();
    } else {
      try (OutputStream out = Files.newOutputStream(output)) {
        CpdJson.standard().write(DocumentType.STANDARDS_FRAMEWORK, read.framework(), out);
      } catch (IOException e) {
        throw new CliException(output + ": cannot write (" + e.getClass().getSimpleName() + ")");
      }
    }
    for (CaseNotice n : read.notices()) {
      terminal.err().println("not carried across: " + n);
    }
    return read.isComplete() ? Main.OK : Main.FINDINGS;
  }
}
