package org.cpdkit.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.cpdkit.core.standard.Standard;
import org.cpdkit.core.standard.StandardGroup;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.core.standard.StandardsFrameworks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cpd standards [ID]}: the built-in standards frameworks, or one framework in full. */
@Command(
    name = "standards",
    description = "List the built-in standards frameworks, or show one in full.",
    footer = {"", "Examples:", "  cpd standards", "  cpd standards swe-2019"},
    mixinStandardHelpOptions = true)
final class StandardsCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "ID", description = "A framework id, such as swe-2019.")
  private String id;

  private final Terminal terminal;

  StandardsCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (id == null) {
      List<StandardsFramework> all = StandardsFrameworks.builtIn();
      for (StandardsFramework f : all) {
        terminal
            .out()
            .println(
                f.id() + "  " + f.publisher() + ": " + f.title() + " (" + f.version() + "), "
                    + f.standards().size() + " standards");
      }
      return Main.OK;
    }
    StandardsFramework f =
        StandardsFrameworks.byId(id)
            .orElseThrow(
                () ->
                    new CliException(
                        "no built-in framework with id '" + id + "' (see 'cpd standards')"));
    terminal.out().println(terminal.bold(f.publisher() + ": " + f.title() + " (" + f.version() + ")"));
    for (StandardGroup g : f.groups()) {
      terminal.out().println();
      terminal.out().println(terminal.bold(g.code() + "  " + g.title()));
      for (Standard s : g.standards()) {
        String label = s.label().map(l -> l + ": ").orElse("");
        terminal.out().println("  " + s.code() + "  " + label + s.summary());
      }
    }
    return Main.OK;
  }
}
