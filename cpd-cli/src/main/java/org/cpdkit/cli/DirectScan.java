package org.cpdkit.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cpd scan PATH...}, with at most one {@code --format}, run without building the
 * command-line model: the form a script uses when it calls {@code cpd} once per file, where
 * reading the command's annotations takes longer than the scan. Anything else (help, another
 * option, an argument file, {@code --}, a value the parser would refuse) goes to the full parser,
 * which gives the same results and its own messages; so do the messages of a failing scan.
 */
final class DirectScan {
  private DirectScan() {}

  /** The scan these arguments ask for when they are plain paths and a format, else null. */
  static ScanCommand parse(String[] args, Terminal terminal) {
    if (args.length < 2 || !args[0].equals("scan")) {
      return null;
    }
    ScanCommand.Format format = null;
    List<Path> paths = new ArrayList<>(args.length - 1);
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      String value = null;
      if (a.startsWith("--format=")) {
        value = a.substring("--format=".length());
      } else if (a.equals("--format") && i + 1 < args.length) {
        value = args[++i];
      } else if (a.isEmpty() || a.charAt(0) == '-' || a.charAt(0) == '@') {
        return null;
      }
      if (value != null) {
        if (format != null) {
          return null; // given twice: the parser says so
        }
        format = format(value);
        if (format == null) {
          return null;
        }
        continue;
      }
      try {
        paths.add(Path.of(a));
      } catch (InvalidPathException e) {
        return null;
      }
    }
    if (paths.isEmpty()) {
      return null;
    }
    return new ScanCommand(terminal, format == null ? ScanCommand.Format.TEXT : format, paths);
  }

  private static ScanCommand.Format format(String value) {
    for (ScanCommand.Format f : ScanCommand.Format.values()) {
      if (f.name().equalsIgnoreCase(value)) {
        return f;
      }
    }
    return null;
  }

  /** Runs the scan and reports a failure as the full parser's handlers do. */
  static int run(ScanCommand scan, PrintStream err) {
    try {
      return scan.call();
    } catch (CliException e) {
      err.println("cpd scan: " + Main.oneLine(e.getMessage()));
      return Main.ERROR;
    } catch (RuntimeException e) {
      err.println(
          "cpd scan: "
              + Main.oneLine(
                  "unexpected error: "
                      + e.getClass().getSimpleName()
                      + (e.getMessage() == null ? "" : ": " + e.getMessage())));
      return Main.ERROR;
    }
  }
}
