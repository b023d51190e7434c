package org.cpdkit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cpdkit.anonymise.IdentifierFinding;
import org.cpdkit.anonymise.IdentifierScanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpd scan}: finds identifying details in UTF-8 text files. */
@Command(
    name = "scan",
    description = "Find identifying details (names, addresses, phone numbers, NHS numbers…) in UTF-8 text files.",
    footer = {
      "",
      "Directories are searched for *.txt and *.md files. A path that cannot be read (a broken",
      "link, a named pipe, no permission) is reported on one line and the others are still scanned.",
      "",
      "Examples:",
      "  cpd scan reflection.txt",
      "  cpd scan --format json notes/",
      "",
      "Exit status: 0 nothing found, 1 identifiers found, 2 error."
    },
    mixinStandardHelpOptions = true)
final class ScanCommand implements Callable<Integer> {

  enum Format {
    TEXT,
    JSON
  }

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Text files or directories.")
  private List<Path> paths;

  private final Terminal terminal;

  ScanCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  /** A scan of these paths in this format, set without the command-line parser ({@link DirectScan}). */
  ScanCommand(Terminal terminal, Format format, List<Path> paths) {
    this.terminal = terminal;
    this.format = format;
    this.paths = paths;
  }

  private record Scanned(Path path, String text, List<IdentifierFinding> findings, String error) {}

  @Override
  public Integer call() {
    List<Inputs.Item> files = Inputs.expand(paths, ".txt", ".md");
    IdentifierScanner scanner = IdentifierScanner.standard();
    int[] found = {0};
    boolean[] failed = {false};
    boolean[] first = {true};
    if (format == Format.JSON) {
      terminal.out().print("{\"files\":[");
    }
    try (Progress progress = new Progress(terminal, "scanned", files.size())) {
      Ordered.process(
          files.iterator(),
          item -> {
            if (item.problem() != null) {
              return new Scanned(item.path(), null, List.of(), item.problem());
            }
            try {
              String text = TextFiles.read(item.path());
              return new Scanned(item.path(), text, scanner.scan(text), null);
            } catch (CliException e) {
              return new Scanned(item.path(), null, List.of(), e.getMessage());
            }
          },
          s -> {
            progress.step();
            if (s.error() != null) {
              failed[0] = true;
              terminal.err().println("cpd scan: " + s.error());
              return;
            }
            found[0] += s.findings().size();
            if (format == Format.JSON) {
              terminal.out().print(first[0] ? "" : ",");
              first[0] = false;
              printJson(s);
            } else {
              printText(s);
            }
          },
          Ordered.defaultThreads());
    }
    if (format == Format.JSON) {
      terminal.out().println("]}");
    } else if (!failed[0]) {
      terminal
          .out()
          .println(
              found[0] == 0
                  ? terminal.green("No identifiers found in " + files.size() + plural(files.size(), " file") + ".")
                  : terminal.red(found[0] + plural(found[0], " identifier") + " found in " + files.size() + plural(files.size(), " file") + "."));
    }
    if (failed[0]) {
      return Main.ERROR;
    }
    return found[0] == 0 ? Main.OK : Main.FINDINGS;
  }

  private void printJson(Scanned s) {
    java.io.PrintStream out = terminal.out();
    out.print("{\"path\":");
    out.print(Json.string(s.path().toString()));
    out.print(",\"findings\":[");
    StringBuilder b = new StringBuilder(128);
    for (int i = 0; i < s.findings().size(); i++) {
      IdentifierFinding f = s.findings().get(i);
      b.setLength(0);
      b.append(i == 0 ? "" : ",")
          .append("{\"kind\":\"")
          .append(f.kind().name())
          .append("\",\"start\":")
          .append(f.start())
          .append(",\"end\":")
          .append(f.end())
          .append(",\"text\":")
          .append(Json.string(f.text()))
          .append('}');
      out.append(b);
    }
    out.print("]}");
  }

  /** One line per finding, in text order; lines and columns are counted in one pass over the text. */
  private void printText(Scanned s) {
    String text = s.text();
    Context context = new Context(text, s.findings());
    String path = Main.printable(s.path().toString());
    int line = 1;
    int lineStart = 0;
    int at = 0;
    List<IdentifierFinding> inOrder = context.findings();
    for (int k = 0; k < inOrder.size(); k++) {
      IdentifierFinding f = inOrder.get(k);
      for (; at < f.start(); at++) {
        if (text.charAt(at) == '\n') {
          line++;
          lineStart = at + 1;
        }
      }
      int column = f.start() - lineStart + 1;
      terminal
          .out()
          .println(
              path + ":" + line + ":" + column + ": " + terminal.yellow(f.kind().name())
                  + " (" + f.reason() + ")  " + context.around(k));
    }
  }

  private static String plural(int n, String word) {
    return n == 1 ? word : word + "s";
  }
}
