package org.cpdkit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.cpdkit.anonymise.IdentifierScanner;
import picocli.CommandLine;

/** Entry point of the {@code cpd} command. */
public final class Main {

  /** Exit status: success, compliant, nothing found. */
  public static final int OK = 0;

  /** Exit status: not compliant, identifiers found, documents invalid. */
  public static final int FINDINGS = 1;

  /** Exit status: bad usage or unreadable input. */
  public static final int ERROR = 2;

  private Main() {}

  /** Runs the command and exits with its status. */
  /**
   * Whether standard output is a terminal. {@link System#console()} answers for standard input and
   * output together, so it is null for {@code cpd redact - < notes.txt} on a terminal; where the
   * system shows the file behind descriptor 1 (Linux), that answers for the output alone.
   */
  static boolean outputIsTerminal() {
    if (System.console() != null) {
      return true;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  public static void main(String[] args) {
    preload(args);
    // System.out flushes, with a system call, at every line it is given; a report of many
    // portfolios written to a file or a pipe goes out in large blocks instead (flushed before the
    // exit). On a terminal each line still shows as it is written, also when only standard input
    // is redirected.
    PrintStream out = outputIsTerminal()
        ? new PrintStream(System.out, false, StandardCharsets.UTF_8)
        : new PrintStream(
            new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16),
            false, StandardCharsets.UTF_8);
    // What goes to standard error is preceded by what was written to standard output before it,
    // so that the two interleave as they were written when both go to one file.
    PrintStream err = new PrintStream(new java.io.OutputStream() {
      @Override
      public void write(int b) {
        out.flush();
        System.err.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        out.flush();
        System.err.write(b, off, len);
      }

      @Override
      public void flush() {
        System.err.flush();
      }
    }, true, StandardCharsets.UTF_8);
    int status = run(args, out, err, true);
    out.flush();
    System.exit(status);
  }

  /** The commands that scan text for identifiers, and so need the scanner's name lists. */
  private static final java.util.Set<String> SCANNING = java.util.Set.of("scan", "redact", "check", "report");

  /**
   * Starts loading the identifier scanner's name lists on another thread when the command will
   * scan, so that on a machine with a core to spare they load while the command line is read; the
   * command waits for them when it first scans. If the load fails there, the command fails when it
   * needs the scanner, as it would have.
   */
  private static void preload(String[] args) {
    String command = CpdCommand.subcommand(args);
    if (command == null || !SCANNING.contains(command) || Runtime.getRuntime().availableProcessors() < 2) {
      return;
    }
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
        return; // only the help or the version
      }
    }
    Thread t = new Thread(() -> {
      try {
        IdentifierScanner.standard();
      } catch (RuntimeException | Error e) {
        // reported by the command itself when it asks for the scanner
      }
    }, "cpd-preload");
    t.setDaemon(true);
    t.start();
  }

  /** Runs the command with the given streams and returns the exit status; never throws. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  private static int run(String[] args, PrintStream out, PrintStream err, boolean systemStreams) {
    Terminal terminal = Terminal.detect(out, err, systemStreams);
    ScanCommand direct = DirectScan.parse(args, terminal);
    if (direct != null) {
      try {
        return DirectScan.run(direct, err);
      } catch (Error e) {
        err.println("cpd: unexpected error: " + e.getClass().getSimpleName() + oneLine(describe(e)));
        return ERROR;
      }
    }
    return parseAndRun(args, out, err, terminal);
  }

  /** Runs the command through the full command-line parser. */
  static int parseAndRun(String[] args, PrintStream out, PrintStream err, Terminal terminal) {
    CommandLine cli = CpdCommand.create(terminal, args);
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(LocalDate.class, Main::day);
    cli.setParameterExceptionHandler(
        (ex, arguments) -> {
          CommandLine c = ex.getCommandLine();
          err.println(
              c.getCommandSpec().qualifiedName()
                  + ": "
                  + oneLine(ex.getMessage())
                  + suggestion(ex)
                  + " (see '"
                  + c.getCommandSpec().qualifiedName()
                  + " --help')");
          return ERROR;
        });
    cli.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          if (isDebug(args)) {
            ex.printStackTrace(err);
          }
          String message =
              ex instanceof CliException
                  ? ex.getMessage()
                  : "unexpected error: " + ex.getClass().getSimpleName() + describe(ex);
          err.println(c.getCommandSpec().qualifiedName() + ": " + oneLine(message));
          return ERROR;
        });
    try {
      return cli.execute(args);
    } catch (RuntimeException | Error e) {
      err.println("cpd: unexpected error: " + e.getClass().getSimpleName() + oneLine(describe(e)));
      return ERROR;
    }
  }

  /** "; did you mean 'check'?" for a mistyped command or option, from picocli's own suggestions. */
  static String suggestion(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException)) {
      return "";
    }
    java.util.List<String> suggestions = ((CommandLine.UnmatchedArgumentException) ex).getSuggestions();
    if (suggestions.isEmpty()) {
      return "";
    }
    return "; did you mean " + suggestions.stream().limit(3).map(s -> "'" + s + "'")
        .collect(java.util.stream.Collectors.joining(" or ")) + "?";
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a day of the calendar written as YYYY-MM-DD");
    }
  }

  private static boolean isDebug(String[] args) {
    for (String a : args) {
      if (a.equals("--debug")) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? "" : ": " + e.getMessage();
  }

  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    return printable(message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim());
  }

  /**
   * The text with every character that could move the cursor, change the terminal or hide text
   * written as an escape ({@code \\n}, {@code \\u001B}): C0 and C1 controls, DEL, line and
   * paragraph separators, bidirectional controls and lone surrogates. File names go through it
   * before they are printed.
   */
  static String printable(String s) {
    return org.cpdkit.json.internal.Printable.of(s);
  }
}
