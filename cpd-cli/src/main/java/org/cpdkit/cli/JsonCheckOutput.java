package org.cpdkit.cli;

import java.util.Optional;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RulePack;

final class JsonCheckOutput implements CheckOutput {
  JsonCheckOutput(Terminal terminal, boolean several) {
    throw new CliException("--format json: pending");
  }

  @Override
  public void report(String label, Portfolio portfolio, RulePack pack, Report report) {}

  @Override
  public void finish(Optional<CheckCommand.TeamSummary> team) {}
}
