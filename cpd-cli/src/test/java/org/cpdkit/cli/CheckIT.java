package org.cpdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpdkit.cli.CpdProcess.Result;
import org.junit.jupiter.api.Test;

class CheckIT {

  private static final String AS_OF = "2026-11-07";

  @Test
  void compliantPortfolioExitsZero() {
    Result r = CpdProcess.run("check", "--as-of", AS_OF, "examples/portfolio-compliant.json");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("compliant", "swe-2026", "3 pieces of CPD recorded");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void missingPeerReflectionSaysWhatAndByWhen() {
    Result r = CpdProcess.run("check", "--as-of", AS_OF, "examples/portfolio-missing-peer-reflection.json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("NOT YET COMPLIANT: at risk, 23 days to the deadline (30 November 2026)")
        .contains("missing: 1 more piece of CPD including a peer reflection; 23 days to the deadline (30 November 2026)")
        .contains("Entries", "/entries/0 (2026-01-trauma-course): counts")
        .contains("ERROR   /entries", "(registration.peer-reflection)");
  }

  @Test
  void identifiersAreReportedAtTheirFieldWithoutTheText() {
    Result r = CpdProcess.run("check", "--as-of", AS_OF, "examples/portfolio-with-identifiers.json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("/entries/1/whatIDid [PERSON_NAME at", "/entries/1/whatIDid [POSTCODE at", "/entries/1/impactOnPractice [NHS_NUMBER at")
        .doesNotContain("Tyler", "Nowak", "M1 1AE", "943 476 5919");
  }

  @Test
  void aTeamDirectoryGivesOneLineEachAndATeamSummary() {
    Result r = CpdProcess.run("check", "--as-of", AS_OF, "examples/team/");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("examples/team/sw100011.json: compliant")
        .contains("examples/team/sw100015.json: NOT YET COMPLIANT (at risk, 23 days left); 2 more pieces of CPD; 1 more piece of CPD including a peer reflection")
        .contains("5 practitioners: 2 compliant, 0 on track, 3 at risk (deadline within 30 days), 0 not compliant (deadline passed)")
        .contains("peer reflection: 2 of 5 practitioners");
  }

  @Test
  void theAtRiskWindowReachesTheJsonOutcomeOfOneReportAndOfATeam() {
    // 23 days before the deadline: at risk within 30 days, on track with a window of 22.
    Result one = CpdProcess.run("check", "--format", "json", "--as-of", AS_OF, "--at-risk-days", "22",
        "examples/portfolio-missing-peer-reflection.json");
    assertThat(one.exit()).isEqualTo(1);
    assertThat(one.err()).isEmpty();
    String compact = one.out().replaceAll("\\s+", "");
    assertThat(compact).contains("\"outcome\":\"on-track\",\"atRiskDays\":22,").contains("\"daysLeft\":23,");
    Result edge = CpdProcess.run("check", "--format", "json", "--as-of", AS_OF, "--at-risk-days", "23",
        "examples/portfolio-missing-peer-reflection.json");
    assertThat(edge.out().replaceAll("\\s+", "")).contains("\"outcome\":\"at-risk\",\"atRiskDays\":23,");
    Result team = CpdProcess.run("check", "--format", "json", "--as-of", AS_OF, "--at-risk-days", "22", "examples/team/");
    String teamCompact = team.out().replaceAll("\\s+", "");
    assertThat(teamCompact).doesNotContain("\"outcome\":\"at-risk\"").contains("\"outcome\":\"on-track\",\"atRiskDays\":22,")
        .contains("\"atRiskDays\":22,\"counts\":{\"compliant\":2,\"onTrack\":3,\"atRisk\":0,\"nonCompliant\":0,\"total\":5}");
    Result text = CpdProcess.run("check", "--as-of", AS_OF, "--at-risk-days", "22", "examples/portfolio-missing-peer-reflection.json");
    assertThat(text.out()).contains("NOT YET COMPLIANT: on track, 23 days to the deadline (30 November 2026)");
  }

  @Test
  void afterTheDeadlineTheSamePeopleAreNotCompliantRatherThanAtRisk() {
    Result r = CpdProcess.run("check", "--pack", "swe-2026", "--as-of", "2026-12-05", "examples/team/");
    assertThat(r.out()).contains("5 practitioners: 2 compliant, 0 on track, 0 at risk (deadline within 30 days), 3 not compliant (deadline passed)")
        .contains("examples/team/sw100015.json: NOT COMPLIANT;");
  }

  @Test
  void earlyInTheYearTheNotYetCompliantAreOnTrack() {
    Result r = CpdProcess.run("check", "--pack", "swe-2026", "--as-of", "2026-03-01", "examples/team/");
    assertThat(r.out()).contains("examples/team/sw100015.json: NOT YET COMPLIANT (on track, 274 days left)")
        .contains("SW100015 (on-track)");
  }

  @Test
  void unknownPackIsAUsageError() {
    Result r = CpdProcess.run("check", "--pack", "swe-1999", "examples/portfolio-compliant.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("cpd check: no rule pack 'swe-1999'; known packs: ");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void badDateIsAUsageError() {
    Result r = CpdProcess.run("check", "--as-of", "2026-02-30", "examples/portfolio-compliant.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err().strip())
        .isEqualTo("cpd check: Invalid value for option '--as-of': '2026-02-30' is not a day of the calendar written as YYYY-MM-DD (see 'cpd check --help')");
  }

  @Test
  void malformedJsonNamesFileLineColumnAndPointer() throws IOException {
    Path dir = CpdProcess.tempDir();
    Files.writeString(
        dir.resolve("p.json"),
        "{\n  \"$format\": \"cpdkit.portfolio/1\",\n  \"practitioner\": {\"registrationNumber\": \"SW1\", \"regulator\": \"social-work-england\"},\n  \"entries\": [],\n  \"entrys\": []\n}\n",
        StandardCharsets.UTF_8);
    Result r = CpdProcess.run(dir, "check", "--as-of", AS_OF, "p.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("cpd check: p.json:5:").contains("/entrys", "unknown property");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void jsonLinesHoldOnePortfolioPerLine() throws IOException {
    Path dir = CpdProcess.tempDir();
    String one = Files.readString(CpdProcess.root().resolve("examples/portfolio-compliant.json")).replaceAll("\\s*\\n\\s*", " ");
    String two = Files.readString(CpdProcess.root().resolve("examples/portfolio-missing-peer-reflection.json")).replaceAll("\\s*\\n\\s*", " ");
    Files.writeString(dir.resolve("all.jsonl"), one + "\n\n" + two + "\n", StandardCharsets.UTF_8);
    Result r = CpdProcess.run(dir, "check", "--as-of", AS_OF, "all.jsonl");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("all.jsonl:1: compliant", "all.jsonl:3: NOT YET COMPLIANT (at risk, 23 days left)", "2 practitioners");
  }

  @Test
  void anUnreadableFileAmongOthersIsReportedAndExitsTwo() throws IOException {
    Path dir = CpdProcess.tempDir();
    Files.copy(CpdProcess.root().resolve("examples/portfolio-compliant.json"), dir.resolve("a.json"));
    Files.writeString(dir.resolve("b.json"), "{\"$format\": \"cpdkit.portfolio/1\", ", StandardCharsets.UTF_8);
    Result r = CpdProcess.run(dir, "check", "--as-of", AS_OF, ".");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("a.json: compliant");
    assertThat(r.err()).contains("b.json:1:");
  }

  @Test
  void jsonForOnePortfolioIsItsReportDocument() {
    Result r = CpdProcess.run("check", "--format", "json", "--as-of", AS_OF, "examples/portfolio-missing-peer-reflection.json");
    assertThat(r.exit()).isEqualTo(1);
    org.cpdkit.rules.Report report = org.cpdkit.json.CpdJson.standard().read(org.cpdkit.json.DocumentType.REPORT, r.out());
    assertThat(report.isCompliant()).isFalse();
    assertThat(report.packId()).contains("swe-2026");
    assertThat(report.findingsOf("registration.peer-reflection")).hasSize(1);
  }

  @Test
  void jsonForSeveralPortfoliosStreamsReportsThenTheTeam() {
    Result r = CpdProcess.run("check", "--format", "json", "--as-of", AS_OF, "examples/team");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().replaceAll("\\s+", ""))
        .startsWith("{\"$format\":\"cpdkit.check/1\",\"reports\":[{\"path\":\"examples/team/sw100011.json\"")
        .contains("\"team\":{\"$format\":\"cpdkit.team-report/1.2\"")
        .contains("\"outcome\":\"at-risk\"")
        .contains("\"counts\":{\"compliant\":2,\"onTrack\":0,\"atRisk\":3,\"nonCompliant\":0,\"total\":5}");
  }

  @Test
  void aSymbolicLinkToADirectoryIsFollowed() throws IOException {
    Path dir = CpdProcess.tempDir();
    Files.createSymbolicLink(dir.resolve("team"), CpdProcess.root().resolve("examples/team"));
    Result r = CpdProcess.run(dir, "check", "--as-of", AS_OF, "team");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("5 practitioners");
  }
}
