package org.cpdkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.rules.RulePacks;
import org.cpdkit.rules.registration.RegistrationPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example in docs/reports.md and README.md, kept compiling and true. */
class ReportsDocExampleTest {

  @TempDir Path dir;

  @Test
  void docsExample() throws Exception {
    Portfolio portfolio = Examples.portfolio("portfolio-missing-peer-reflection.json");
    List<Portfolio> team = Examples.team();

    RegistrationPack pack = (RegistrationPack) RulePacks.get("swe-2026");
    LocalDate asOf = LocalDate.of(2026, 11, 7);

    // one practitioner's year
    PractitionerView one = PractitionerView.of(portfolio, pack, asOf);
    assertThat(one.outcome()).isEqualTo(Outcome.AT_RISK);
    assertThat(one.daysLeft()).hasValue(23);
    Files.writeString(dir.resolve("report.html"), HtmlReports.standard().html(one));

    // a team: dashboard, spreadsheet and calendar
    TeamView.Tally tally = TeamView.tally(pack, asOf);
    team.forEach(tally::add);
    TeamView view = tally.view();
    Files.writeString(dir.resolve("team.html"), HtmlReports.standard().html(view));
    Files.writeString(dir.resolve("team.csv"), ReportCsv.standard().teamCsv(view));
    Files.writeString(dir.resolve("team.ics"), ReportCalendar.standard().team(view, List.of()));

    // spreadsheets in and out: one row per entry, the practitioner's columns repeated
    Files.writeString(dir.resolve("entries.csv"), ReportCsv.standard().portfoliosCsv(team));
    List<Portfolio> back = ReportCsv.standard().readPortfolios(dir.resolve("entries.csv"));
    assertThat(back).isEqualTo(team);
  }
}
