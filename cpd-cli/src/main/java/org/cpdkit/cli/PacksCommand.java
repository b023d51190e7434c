package org.cpdkit.cli;

import java.util.concurrent.Callable;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cpd packs}: the rule packs on the class path, built in or added by an organisation. */
@Command(
    name = "packs",
    description = "List the rule packs: regulators' requirements for a period, built in or added.",
    footer = {"", "Examples:", "  cpd packs", "  cpd packs --rules"},
    mixinStandardHelpOptions = true)
final class PacksCommand implements Callable<Integer> {

  @Option(names = "--rules", description = "Also list each pack's rules.")
  private boolean rules;

  private final Terminal terminal;

  PacksCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    for (RulePack pack : RulePacks.all()) {
      terminal.out().println(terminal.bold(pack.id()) + "  " + pack.title());
      terminal.out().println("    period: " + pack.period());
      for (String note : pack.unconfirmed()) {
        terminal.out().println("    unconfirmed: " + note);
      }
      if (rules) {
        pack.rules()
            .rules()
            .forEach(
                r ->
                    terminal
                        .out()
                        .println(
                            "    " + r.description().id() + " (" + r.description().defaultSeverity() + ")  "
                                + r.description().summary()));
      }
    }
    return Main.OK;
  }
}
