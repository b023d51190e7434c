package org.cpdkit.cli;

import java.util.Optional;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RulePack;

/** Where check results go: text for people, JSON for programs. Called from one thread. */
interface CheckOutput {
  void report(String label, Portfolio portfolio, RulePack pack, Report report);

  void finish(Optional<CheckCommand.TeamSummary> team);
}
