package org.cpdkit.cli;

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

  /** Registers the subcommands, each given the terminal. */
  static CommandLine create(Terminal terminal) {
    CommandLine cli = new CommandLine(new CpdCommand(terminal));
    cli.addSubcommand(new CheckCommand(terminal));
    cli.addSubcommand(new SummaryCommand(terminal));
    cli.addSubcommand(new ReportCommand(terminal));
    cli.addSubcommand(new ScanCommand(terminal));
    cli.addSubcommand(new RedactCommand(terminal));
    cli.addSubcommand(new ValidateJsonCommand(terminal));
    cli.addSubcommand(new PacksCommand(terminal));
    cli.addSubcommand(new StandardsCommand(terminal));
    cli.addSubcommand(new GenerateCommands.Completion(terminal));
    cli.addSubcommand(new GenerateCommands.ManPageCommand(terminal));
    cli.addSubcommand(new ExportCommand(terminal));
    cli.addSubcommand(new ImportCommand(terminal));
    return cli;
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
