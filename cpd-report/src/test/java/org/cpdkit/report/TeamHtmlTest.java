package org.cpdkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cpdkit.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

class TeamHtmlTest {

  private static TeamView team() {
    List<Portfolio> all = new ArrayList<>(Examples.team());
    all.add(Examples.portfolio("portfolio-compliant.json"));
    all.add(Examples.portfolio("portfolio-missing-peer-reflection.json"));
    return TeamView.of(Examples.swe2026(), all, Examples.AS_OF);
  }

  @Test
  void countsEveryPractitionerOnceByOutcome() {
    TeamView v = team();
    assertThat(v.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(v.rows().size());
    assertThat(v.count(Outcome.COMPLIANT)).isEqualTo(v.teamReport().compliant());
    // 23 days before the deadline with a 30-day window, nobody unfinished is merely on track
    assertThat(v.count(Outcome.ON_TRACK)).isZero();
    assertThat(v.count(Outcome.AT_RISK)).isEqualTo(v.teamReport().atRisk());
  }

  @Test
  void dashboardHasCountsTableLeastCoveredPeerAndMonthlyChart() {
    TeamView v = team();
    String html = HtmlReports.standard().html(v);
    assertThat(html).contains("<h2 id=\"counts-h\">", "<h2 id=\"people-h\">", "<h2 id=\"least-h\">",
        "<h2 id=\"peer-h\">", "<h2 id=\"monthly-h\">");
    for (TeamView.Row r : v.rows()) {
      assertThat(html).contains("<th scope=\"row\">" + r.registrationNumber() + "</th>");
    }
    assertThat(html).contains("aria-labelledby=\"monthly-chart-title monthly-chart-desc\"");
    assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=|@import|url\\(");
    int participants = v.teamReport().peerReflectionParticipants();
    assertThat(html).contains(participants + " of " + v.rows().size());
  }

  @Test
  void mostUrgentFirst() {
    String html = HtmlReports.standard().html(team());
    int notCompliantOrAtRisk = Math.max(html.indexOf("data-v=\"0\""), html.indexOf("data-v=\"1\""));
    int compliant = html.indexOf("<td data-v=\"3\">");
    assertThat(compliant).isGreaterThan(0);
    assertThat(notCompliantOrAtRisk).isLessThan(compliant);
  }

  @Test
  void whatAwaitsSignOffIsListedByPractitionerAndNothingWhenNoneAwaits() {
    TeamView v = TeamView.of(org.cpdkit.rules.RulePacks.registrationPack("scw"), Examples.signOffTeam(), Examples.AS_OF);
    String html = HtmlReports.standard().html(v);
    assertThat(html).contains("<h2 id=\"signoff-h\">Awaiting sign-off</h2>",
        "<tr><th scope=\"row\">W1000123</th><td>none</td><td>discuss-with-manager</td></tr>")
        .doesNotContain("<tr><th scope=\"row\">W1000124</th><td>none</td>");
    assertThat(HtmlReports.standard().html(team())).doesNotContain("signoff-h");
  }

  @Test
  void theLearningCultureIsShownWhenTheViewHasIt() {
    TeamView v = team();
    assertThat(HtmlReports.standard().html(v)).doesNotContain("culture-h");
    String html = HtmlReports.standard().html(v.withLearningCulture(Examples.culture()));
    assertThat(html).contains("<h2 id=\"culture-h\">Learning culture</h2>",
        "Peer-reflection sessions held: <strong>2</strong>, with 6 attendances.",
        "<th scope=\"row\">The training here helps me meet my CPD needs</th><td>Adult services west</td>"
            + "<td class=\"num\">12</td><td class=\"num\">9</td><td class=\"num\">75%</td>",
        "<th scope=\"row\"><code>circle.success</code></th><td class=\"num\">1</td>",
        "<th scope=\"row\">4.5</th><td class=\"num\">2</td>");
    assertThat(v.withLearningCulture(Examples.culture()).teamReport().learningCulture()).isPresent();
  }

  @Test
  void anEmptyTeamStillRenders() {
    TeamView v = TeamView.tally(Examples.swe2026(), Examples.AS_OF).view();
    assertThat(HtmlReports.standard().html(v)).contains("No portfolios were given.");
  }

  @Test
  void onTrackFarFromTheDeadlineAndNotCompliantAfterIt() {
    Portfolio p = Examples.portfolio("portfolio-missing-peer-reflection.json");
    assertThat(PractitionerView.of(p, Examples.swe2026(), java.time.LocalDate.of(2026, 9, 1)).outcome())
        .isEqualTo(Outcome.ON_TRACK);
    assertThat(PractitionerView.of(p, Examples.swe2026(), java.time.LocalDate.of(2026, 12, 3)).outcome())
        .isEqualTo(Outcome.NOT_COMPLIANT);
  }
}
