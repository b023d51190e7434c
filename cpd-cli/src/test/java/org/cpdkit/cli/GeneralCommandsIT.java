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
  void aMistypedCommandOrOptionGetsASuggestion() {
    Result r = CpdProcess.run("chek", "examples/portfolio-compliant.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("did you mean 'check'?");
    Result option = CpdProcess.run("check", "--as-off", "2026-11-07", "examples/portfolio-compliant.json");
    assertThat(option.exit()).isEqualTo(2);
    assertThat(option.err().strip().lines()).hasSize(1);
    assertThat(option.err()).contains("did you mean '--as-of'?");
  }

  @Test
  void theCompletionScriptAndTheManPageComeFromTheCommandsThemselves() {
    Result completion = CpdProcess.run("generate-completion");
    assertThat(completion.exit()).isZero();
    assertThat(completion.out()).startsWith("#!/usr/bin/env bash").contains("complete -F");
    Result man = CpdProcess.run("generate-man-page");
    assertThat(man.exit()).isZero();
    assertThat(man.out()).startsWith(".TH CPD 1");
    for (String command : java.util.List.of("check", "summary", "scan", "redact", "validate-json", "packs", "standards")) {
      assertThat(completion.out()).as("completion of %s", command).contains(command);
      assertThat(man.out()).as("man page of %s", command).contains(".SS cpd " + command.replace("-", "\\-"));
    }
    for (String option : java.util.List.of("\\-\\-pack", "\\-\\-as\\-of", "\\-\\-format", "\\-\\-at\\-risk\\-days")) {
      assertThat(man.out()).as("man page option %s", option).contains(option);
      assertThat(completion.out()).contains(option.replace("\\", ""));
    }
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
