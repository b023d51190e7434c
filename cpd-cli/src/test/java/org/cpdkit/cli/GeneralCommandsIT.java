package org.cpdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.cpdkit.cli.CpdProcess.Result;
import org.junit.jupiter.api.Test;

class GeneralCommandsIT {

  @Test
  void versionAndHelp() {
    Result version = CpdProcess.run("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("cpd ");
    Result help = CpdProcess.run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Usage: cpd", "standards");
  }

  @Test
  void unknownCommandIsOneLineAndExitTwo() {
    Result r = CpdProcess.run("frobnicate");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("frobnicate").doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void noCommandIsAUsageError() {
    Result r = CpdProcess.run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void standardsListsTheBuiltInFrameworks() {
    Result r = CpdProcess.run("standards");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("swe-2019", "50 standards");
  }

  @Test
  void standardsShowsOneFrameworkInFull() {
    Result r = CpdProcess.run("standards", "swe-2019");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("4.6  Reflection:", "3.15", "6.7");
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void unknownFrameworkIsOneLineAndExitTwo() {
    Result r = CpdProcess.run("standards", "nope");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("cpd standards: no built-in framework with id 'nope' (see 'cpd standards')");
  }

  @Test
  void everyCommandHasHelpWithAnExample() {
    for (String command : new String[] {"check", "summary", "scan", "redact", "validate-json", "packs", "standards"}) {
      Result r = CpdProcess.run(command, "--help");
      assertThat(r.exit()).as(command).isZero();
      assertThat(r.out()).as(command).contains("Examples:");
    }
  }
}
