package org.cpdkit.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cpdkit.json.CpdFormatException;
import org.cpdkit.json.CpdJson;
import org.cpdkit.json.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cpd validate-json}: checks documents against the format alone. */
@Command(
    name = "validate-json",
    description = "Check cpdkit JSON documents against the format (schema and the values' own rules), not against a regulator.",
    footer = {
      "",
      "Directories are searched for *.json files. Each document names its kind in \"$format\".",
      "A path that cannot be read is reported on one line and the others are still validated.",
      "",
      "Examples:",
      "  cpd validate-json examples/",
      "  cpd validate-json export/portfolio-17.json",
      "",
      "Exit status: 0 all valid, 1 any invalid, 2 unreadable."
    },
    mixinStandardHelpOptions = true)
final class ValidateJsonCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Documents or directories.")
  private List<Path> paths;

  private final Terminal terminal;

  ValidateJsonCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  private record Outcome(Path file, String kind, String invalid, String unreadable) {}

  @Override
  public Integer call() {
    List<Inputs.Item> files = Inputs.expand(paths, ".json");
    CpdJson json = CpdJson.standard();
    int[] invalid = {0};
    boolean[] unreadable = {false};
    try (Progress progress = new Progress(terminal, "validated", files.size())) {
      Ordered.process(
          files.iterator(),
          item -> item.problem() != null ? new Outcome(item.path(), null, null, item.problem()) : validate(json, item.path()),
          o -> {
            progress.step();
            if (o.unreadable() != null) {
              unreadable[0] = true;
              terminal.err().println("cpd validate-json: " + o.unreadable());
            } else if (o.invalid() != null) {
              invalid[0]++;
              terminal.out().println(terminal.red("invalid") + " " + o.invalid());
            } else {
              terminal.out().println(terminal.green("valid") + "   " + Main.printable(o.file().toString()) + " (" + o.kind() + ")");
            }
          },
          Ordered.defaultThreads());
    }
    if (unreadable[0]) {
      return Main.ERROR;
    }
    return invalid[0] == 0 ? Main.OK : Main.FINDINGS;
  }

  private static Outcome validate(CpdJson json, Path file) {
    try {
      Document d = json.readAny(file);
      return new Outcome(file, d.type().toString(), null, null);
    } catch (CpdFormatException e) {
      return new Outcome(file, null, Main.oneLine(e.getMessage()), null);
    } catch (UncheckedIOException e) {
      return new Outcome(file, null, null, Main.printable(file.toString()) + ": " + Inputs.why(e.getCause()));
    }
  }
}
