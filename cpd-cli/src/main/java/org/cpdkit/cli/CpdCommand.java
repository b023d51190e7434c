package org.cpdkit.cli;

import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code cpd} command and its subcommands. */
@Command(
    name = "cpd",
    mixinStandardHelpOptions = true,
    versionProvider = CpdCommand.Version.class,
    description = "Check CPD portfolios, find and remove identifiers in text, summarise progress, and write reports.",
    footer = {
      "",
      "Exit status: 0 success (compliant, nothing found), 1 findings (not compliant,",
      "identifiers found, invalid documents), 2 bad usage or unreadable input."
    })
final class CpdCommand implements Runnable {

  @Option(names = "--debug", description = "Show a stack trace when something fails.", scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  private final Terminal terminal;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  CpdCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** The subcommands' names, in the order of the help. */
  private static final List<String> NAMES = List.of(
      "check", "summary", "report", "scan", "redact", "validate-json", "packs", "standards",
      "generate-completion", "generate-man-page", "export", "import");

  /** A new subcommand by name; a switch rather than a table of constructors, so no other is loaded. */
  private static Object make(String name, Terminal terminal) {
    switch (name) {
      case "check":
        return new CheckCommand(terminal);
      case "summary":
        return new SummaryCommand(terminal);
      case "report":
        return new ReportCommand(terminal);
      case "scan":
        return new ScanCommand(terminal);
      case "redact":
        return new RedactCommand(terminal);
      case "validate-json":
        return new ValidateJsonCommand(terminal);
      case "packs":
        return new PacksCommand(terminal);
      case "standards":
        return new StandardsCommand(terminal);
      case "generate-completion":
        return new GenerateCommands.Completion(terminal);
      case "generate-man-page":
        return new GenerateCommands.ManPageCommand(terminal);
      case "export":
        return new ExportCommand(terminal);
      case "import":
        return new ImportCommand(terminal);
      default:
        throw new IllegalArgumentException("no subcommand " + name);
    }
  }

  /** The commands that describe the whole tree, and so need every subcommand. */
  private static final Set<String> WHOLE_TREE = Set.of("generate-completion", "generate-man-page");

  /** Registers the subcommands, each given the terminal. */
  static CommandLine create(Terminal terminal) {
    CommandLine cli = new CommandLine(new CpdCommand(terminal));
    for (String name : NAMES) {
      cli.addSubcommand(make(name, terminal));
    }
    return cli;
  }

  /**
   * The command line for these arguments: when they name a subcommand, with that one only, since
   * working out the options of all of them is a good part of the time a short run takes; else
   * (no subcommand, an unknown one, an argument file, or a command that describes them all) with
   * every subcommand.
   */
  static CommandLine create(Terminal terminal, String[] args) {
    String named = subcommand(args);
    if (named == null || WHOLE_TREE.contains(named)) {
      return create(terminal);
    }
    CommandLine cli = new CommandLine(new CpdCommand(terminal));
    cli.addSubcommand(make(named, terminal));
    return cli;
  }

  /** The subcommand the arguments name, or null when they name none for certain. */
  static String subcommand(String[] args) {
    for (String a : args) {
      if (a.startsWith("@") || a.equals("--")) {
        return null; // an argument file, or the end of options: let the full parser decide
      }
      if (!a.startsWith("-")) {
        return NAMES.contains(a) ? a : null;
      }
    }
    return null;
  }

  /** The names of every subcommand, in the order of the help. */
  static List<String> names() {
    return NAMES;
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = CpdCommand.class.getPackage().getImplementationVersion();
      return new String[] {"cpd " + (v == null ? "development build" : v)};
    }
  }
}
