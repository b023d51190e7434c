package org.cpdkit.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.report.ReportCsv;
import org.cpdkit.report.TeamView;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.registration.RegistrationPack;

/**
 * Check results as a spreadsheet: one CSV row per practitioner (registration number, outcome,
 * days left, each requirement's have and need, peer reflection, what is missing), written when all
 * are checked. Portfolios checked against another pack than the first are left out, with a line on
 * stderr.
 */
final class CsvCheckOutput implements CheckOutput {
  private final Terminal terminal;
  private final LocalDate day;
  private final int atRiskDays;
  private TeamView.Tally tally;
  private String packId;

  CsvCheckOutput(Terminal terminal, LocalDate day, int atRiskDays) {
    this.terminal = terminal;
    this.day = day;
    this.atRiskDays = atRiskDays;
  }

  @Override
  public void report(String label, Portfolio portfolio, RulePack pack, Report report) {
    if (!(pack instanceof RegistrationPack)) {
      terminal.err().println("cpd check: " + label + ": pack " + pack.id() + " has no registration requirements; left out of the CSV");
      return;
    }
    if (tally == null) {
      tally = TeamView.tally((RegistrationPack) pack, day, atRiskDays);
      packId = pack.id();
    }
    if (!pack.id().equals(packId)) {
      terminal.err().println("cpd check: " + label + ": checked against " + pack.id() + ", not " + packId
          + "; left out of the CSV (give --pack to check all against one)");
      return;
    }
    tally.add(portfolio, report);
  }

  @Override
  public void finish(Optional<CheckCommand.TeamSummary> team) {
    if (tally != null) {
      ReportCsv.standard().withoutByteOrderMark().writeTeam(tally.view(), terminal.out());
    }
    terminal.out().flush();
  }
}
