package org.cpdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandTreeTest {

  private static Terminal terminal() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return Terminal.detect(sink, sink, false);
  }

  @Test
  void everySubcommandIsKnownByName() {
    CommandLine all = CpdCommand.create(terminal());
    assertThat(CpdCommand.names()).containsExactlyElementsOf(all.getSubcommands().keySet());
  }

  @Test
  void aSubcommandMadeAloneHasTheHelpAndOptionsItHasInTheWholeTree() {
    CommandLine all = CpdCommand.create(terminal());
    for (String name : CpdCommand.names()) {
      CommandLine alone = CpdCommand.create(terminal(), new String[] {"--debug", name, "--help"});
      CommandLine sub = alone.getSubcommands().get(name);
      assertThat(sub).as(name).isNotNull();
      assertThat(sub.getUsageMessage(CommandLine.Help.Ansi.OFF))
          .as(name)
          .isEqualTo(all.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF));
      assertThat(sub.getCommandSpec().qualifiedName()).isEqualTo("cpd " + name);
    }
  }

  @Test
  void theWholeTreeIsMadeWhenNoSubcommandIsNamedForCertain() {
    assertThat(CpdCommand.subcommand(new String[] {"--help"})).isNull();
    assertThat(CpdCommand.subcommand(new String[] {"scna", "x"})).isNull();
    assertThat(CpdCommand.subcommand(new String[] {"@args.txt"})).isNull();
    assertThat(CpdCommand.subcommand(new String[] {"--", "scan"})).isNull();
    assertThat(CpdCommand.subcommand(new String[] {"--debug", "scan", "check"})).isEqualTo("scan");
    assertThat(CpdCommand.create(terminal(), new String[] {"generate-man-page"}).getSubcommands())
        .hasSameSizeAs(CpdCommand.names());
    assertThat(CpdCommand.create(terminal(), new String[] {"-V"}).getSubcommands()).hasSameSizeAs(CpdCommand.names());
  }
}
