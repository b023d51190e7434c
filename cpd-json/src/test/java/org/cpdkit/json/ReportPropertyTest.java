package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.cpdkit.rules.registration.RegistrationPack;
import org.cpdkit.rules.team.TeamCheck;
import org.cpdkit.rules.team.TeamReport;
import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.Gen;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reports and team reports of generated portfolios checked with the swe-2026 pack: they survive a
 * round trip, satisfy their schemas, and the check document built from them satisfies its schema
 * and holds each report exactly as the report document would.
 */
class ReportPropertyTest {
  private static final CpdJson JSON = CpdJson.standard();
  private static final RulePack PACK = RulePacks.get("swe-2026");
  private static final TeamCheck TEAM = TeamCheck.of(RulePacks.registrationPack("swe-2026"));
  private static final Gen<LocalDate> AS_OF = Gen.dates(LocalDate.of(2025, 6, 1), LocalDate.of(2027, 6, 30));

  private static final Gen<Report> REPORTS =
      CpdGenerators.portfolios().zip(AS_OF, (p, day) -> PACK.check(p, day));

  private static final Gen<List<Portfolio>> TEAMS = Gen.listOf(CpdGenerators.portfolios(0, 6), 0, 6);

  private static final Gen<TeamReport> TEAM_REPORTS = TEAMS.zip(AS_OF, TEAM::check);

  @Test
  void reportsSurviveARoundTripAndSatisfyTheSchema() {
    PropertyCheck.fromSystemProperties()
        .withTries(400)
        .check(
            "json.report",
            REPORTS,
            report -> {
              String json = JSON.toJson(DocumentType.REPORT, report);
              assertThat(JSON.read(DocumentType.REPORT, json)).isEqualTo(report);
              assertThat(JSON.read(DocumentType.REPORT, JSON.toBytes(DocumentType.REPORT, report))).isEqualTo(report);
              assertThat(SchemaSupport.validate(DocumentType.REPORT, json)).isEmpty();
              assertThat(JSON.toJson(DocumentType.REPORT, JSON.read(DocumentType.REPORT, json))).isEqualTo(json);
            });
  }

  @Test
  void teamReportsWithALearningCultureSurviveARoundTripAndSatisfyTheSchema() {
    PropertyCheck.fromSystemProperties()
        .withTries(150)
        .check(
            "json.team-report.learning-culture",
            TEAM_REPORTS.zip(CpdGenerators.learningCultures(), TeamReport::withLearningCulture),
            team -> {
              String json = JSON.toJson(DocumentType.TEAM_REPORT, team);
              assertThat(JSON.read(DocumentType.TEAM_REPORT, json)).isEqualTo(team);
              assertThat(SchemaSupport.validate(DocumentType.TEAM_REPORT, json)).isEmpty();
              assertThat(JSON.toJson(DocumentType.TEAM_REPORT, JSON.read(DocumentType.TEAM_REPORT, json))).isEqualTo(json);
            });
  }

  @Test
  void teamReportsSurviveARoundTripAndSatisfyTheSchema() {
    PropertyCheck.fromSystemProperties()
        .withTries(200)
        .check(
            "json.team-report",
            TEAM_REPORTS,
            team -> {
              String json = JSON.toJson(DocumentType.TEAM_REPORT, team);
              assertThat(JSON.read(DocumentType.TEAM_REPORT, json)).isEqualTo(team);
              assertThat(SchemaSupport.validate(DocumentType.TEAM_REPORT, json)).isEmpty();
              assertThat(JSON.toJson(DocumentType.TEAM_REPORT, JSON.read(DocumentType.TEAM_REPORT, json))).isEqualTo(json);
            });
  }

  @Test
  void checkDocumentsSatisfyTheirSchemaAndHoldTheReportDocuments() {
    Gen<LocalDate> asOf = AS_OF;
    Gen<Object[]> runs =
        TEAMS.zip(asOf, (team, day) -> new Object[] {team, day}).zip(Gen.chance(0.7), (r, t) -> new Object[] {r[0], r[1], t});
    PropertyCheck.fromSystemProperties()
        .withTries(100)
        .check(
            "json.check",
            runs,
            run -> {
              @SuppressWarnings("unchecked")
              List<Portfolio> team = (List<Portfolio>) run[0];
              LocalDate day = (LocalDate) run[1];
              boolean withTeam = (Boolean) run[2];
              List<Report> reports = new ArrayList<>();
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              try (CheckResultsWriter w = JSON.openCheckResults(out)) {
                for (int i = 0; i < team.size(); i++) {
                  Report r = PACK.check(team.get(i), day);
                  reports.add(r);
                  w.add("team/p" + i + ".json", r);
                }
                if (withTeam) {
                  w.finish(TEAM.check(team, day));
                }
              }
              String json = out.toString(StandardCharsets.UTF_8);
              assertThat(SchemaSupport.validateCheck(json)).isEmpty();
              JsonNode doc = SchemaSupport.MAPPER.readTree(json);
              assertThat(doc.at("/reports").size()).isEqualTo(reports.size());
              for (int i = 0; i < reports.size(); i++) {
                assertThat(doc.at("/reports/" + i + "/path").asString()).isEqualTo("team/p" + i + ".json");
                assertThat(doc.at("/reports/" + i + "/report"))
                    .isEqualTo(SchemaSupport.MAPPER.readTree(JSON.toJson(DocumentType.REPORT, reports.get(i))));
                assertThat(JSON.read(DocumentType.REPORT, doc.at("/reports/" + i + "/report").toString())).isEqualTo(reports.get(i));
              }
              assertThat(doc.has("team")).isEqualTo(withTeam);
              if (withTeam) {
                assertThat(JSON.read(DocumentType.TEAM_REPORT, doc.get("team").toString())).isEqualTo(TEAM.check(team, day));
              }
            });
  }
}
