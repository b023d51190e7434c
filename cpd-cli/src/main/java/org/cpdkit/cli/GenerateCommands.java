package org.cpdkit.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** Files generated from the commands' own definitions: shell completion and the man page. */
final class GenerateCommands {
  private GenerateCommands() {}

  /** {@code cpd generate-completion}: a bash and zsh completion script. */
  @Command(
      name = "generate-completion",
      description = "Print a bash (and zsh) completion script for cpd.",
      footer = {"", "Example:", "  source <(cpd generate-completion)"},
      mixinStandardHelpOptions = true)
  static final class Completion implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    private final Terminal terminal;

    Completion(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() {
      CommandLine root = spec.commandLine().getParent();
      terminal.out().print(AutoComplete.bash("cpd", root));
      return Main.OK;
    }
  }

  /** {@code cpd generate-man-page}: the man page, in man(7) format. */
  @Command(
      name = "generate-man-page",
      description = "Print the manual page of cpd (man(7) format).",
      footer = {"", "Example:", "  cpd generate-man-page > cpd.1 && man ./cpd.1"},
      mixinStandardHelpOptions = true)
  static final class ManPageCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    private final Terminal terminal;

    ManPageCommand(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() {
      CommandLine root = spec.commandLine().getParent();
      terminal.out().print(ManPage.of(root, new CpdCommand.Version().getVersion()[0]));
      return Main.OK;
    }
  }
}
