package org.cpdkit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cpdkit.anonymise.IdentifierScanner;
import org.cpdkit.anonymise.Redactor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cpd redact}: prints a text with its identifying details replaced by placeholders. */
@Command(
    name = "redact",
    description = "Print a UTF-8 text file with identifying details replaced by placeholders such as [PERSON 1].",
    footer = {
      "",
      "The same person keeps the same placeholder throughout the text.",
      "",
      "Examples:",
      "  cpd redact reflection.txt",
      "  cpd redact reflection.txt > reflection-anonymised.txt",
      "",
      "Exit status: 0 printed, 2 error."
    },
    mixinStandardHelpOptions = true)
final class RedactCommand implements Callable<Integer> {

  @Parameters(arity = "1", paramLabel = "PATH", description = "A UTF-8 text file.")
  private Path path;

  private final Terminal terminal;

  RedactCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    // checked first, so a malformed byte is reported before anything is printed; then redacted
    // as a stream, so a text of any length needs only the memory of a window
    Inputs.requireRegularFile(path);
    TextStreams.check(path);
    Writer out = new BufferedWriter(new OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8), 1 << 16);
    try (Reader in = TextStreams.reader(path)) {
      Redactor.of(IdentifierScanner.standard()).redact(in, out);
      out.flush();
    } catch (IOException e) {
      throw new CliException(path + ": cannot read (" + e.getClass().getSimpleName() + ")");
    }
    terminal.out().flush();
    return Main.OK;
  }
}
