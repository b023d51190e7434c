package org.cpdkit.cli;

import java.util.Optional;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.json.CheckResultsWriter;
import org.cpdkit.json.CpdJson;
import org.cpdkit.json.DocumentType;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RulePack;

/**
 * Check results for programs: one portfolio gives its report document ({@code cpdkit.report/1});
 * several give one {@code cpdkit.check/1} document, streamed report by report, with the team report
 * at the end.
 */
final class JsonCheckOutput implements CheckOutput {
  private final Terminal terminal;
  private final CheckResultsWriter several;
  private Report single;

  JsonCheckOutput(Terminal terminal, boolean several) {
    this.terminal = terminal;
    this.several = several ? CpdJson.standard().openCheckResults(terminal.out()) : null;
  }

  @Override
  public void report(String label, Portfolio portfolio, RulePack pack, Report report) {
    if (several != null) {
      several.add(label, report);
    } else {
      single = report;
    }
  }

  @Override
  public void finish(Optional<CheckCommand.TeamSummary> team) {
    if (several != null) {
      if (team.isPresent()) {
        several.finish(team.get().report());
      } else {
        several.finish();
      }
    } else if (single != null) {
      CpdJson.standard().write(DocumentType.REPORT, single, terminal.out());
    }
    terminal.out().println();
  }
}
