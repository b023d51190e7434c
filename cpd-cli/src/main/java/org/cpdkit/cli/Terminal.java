package org.cpdkit.cli;

import java.io.PrintStream;

/** What the command knows of where it prints: colour and progress only on an interactive terminal. */
final class Terminal {
  private final PrintStream out;
  private final PrintStream err;
  private final boolean interactive;
  private final boolean colour;

  private Terminal(PrintStream out, PrintStream err, boolean interactive, boolean colour) {
    this.out = out;
    this.err = err;
    this.interactive = interactive;
    this.colour = colour;
  }

  static Terminal detect(PrintStream out, PrintStream err) {
    boolean interactive =
        System.console() != null && out == System.out || isForced("CPD_FORCE_TTY");
    boolean colour = interactive && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    return new Terminal(out, err, interactive, colour);
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

  boolean interactive() {
    return interactive;
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
