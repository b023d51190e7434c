package org.cpdkit.cli;

import java.io.PrintStream;

/** What the command knows of where it prints: colour and progress only on an interactive terminal. */
final class Terminal {
  private final PrintStream out;
  private final PrintStream err;
  private final boolean progress;
  private final boolean colour;

  private Terminal(PrintStream out, PrintStream err, boolean progress, boolean colour) {
    this.out = out;
    this.err = err;
    this.progress = progress;
    this.colour = colour;
  }

  /**
   * Colour when standard output is a terminal (and {@code NO_COLOR} is not set); progress when
   * standard error is a terminal, even if the output goes to a file.
   */
  static Terminal detect(PrintStream out, PrintStream err, boolean systemStreams) {
    boolean outIsTerminal = systemStreams && System.console() != null;
    boolean errIsTerminal = (systemStreams && stderrIsTerminal()) || isForced("CPD_FORCE_TTY");
    boolean colour =
        outIsTerminal && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    return new Terminal(out, err, errIsTerminal, colour);
  }

  private static boolean stderrIsTerminal() {
    try {
      // Linux tells where file descriptor 2 points; elsewhere fall back to the console check.
      java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
      if (java.nio.file.Files.isSymbolicLink(fd)) {
        String target = java.nio.file.Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | RuntimeException e) {
      // not knowable: treat as not a terminal
    }
    return System.console() != null;
  }

  private static boolean isForced(String variable) {
    return "1".equals(System.getenv(variable));
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /** Whether progress may be shown on standard error. */
  boolean interactive() {
    return progress;
  }

  String bold(String s) {
    return colour ? "\u001b[1m" + s + "\u001b[0m" : s;
  }

  String red(String s) {
    return colour ? "\u001b[31m" + s + "\u001b[0m" : s;
  }

  String green(String s) {
    return colour ? "\u001b[32m" + s + "\u001b[0m" : s;
  }

  String yellow(String s) {
    return colour ? "\u001b[33m" + s + "\u001b[0m" : s;
  }
}
