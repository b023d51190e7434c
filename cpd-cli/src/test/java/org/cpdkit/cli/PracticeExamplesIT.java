package org.cpdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpdkit.cli.CpdProcess.Result;
import org.cpdkit.json.CpdJson;
import org.cpdkit.json.DocumentType;
import org.cpdkit.rules.Report;
import org.junit.jupiter.api.Test;

/** The worked examples of the practice around the record, in examples/practice, as the command line reads them. */
class PracticeExamplesIT {

  private static final String AS_OF = "2026-11-07";
  private static final String DIR = "examples/practice/";

  @Test
  void sessionsAndTheLinkedToolkitRunAreValidDocuments() {
    Result r = CpdProcess.run("validate-json", DIR + "session-feedback-by-whom.json", DIR + "learning-circle.json",
        DIR + "toolkit-run-linked.json");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines()).containsExactly(
        "valid   " + DIR + "session-feedback-by-whom.json (cpdkit.session/1.1)",
        "valid   " + DIR + "learning-circle.json (cpdkit.session/1.1)",
        "valid   " + DIR + "toolkit-run-linked.json (cpdkit.toolkit-run/1.1)");
  }

  @Test
  void aStructuredReflectionMissingAStageIsReportedAtThatStage() {
    Result r = CpdProcess.run("check", "--as-of", AS_OF, DIR + "portfolio-structured-reflection.json");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("  compliant\n")
        .contains("WARNING /entries/0/structuredReflection/sections/action-plan  The action-plan stage of Gibbs' "
            + "reflective cycle is missing.")
        .contains("(entry.structured-reflection)");
  }

  @Test
  void aPieceWithoutTheEvidenceTheRegulatorAsksForIsAnError() {
    Result r = CpdProcess.run("check", "--as-of", AS_OF, "--format", "json", DIR + "portfolio-evidence.json");
    assertThat(r.exit()).isEqualTo(1);
    Report report = CpdJson.standard().read(DocumentType.REPORT, r.out());
    assertThat(report.packId()).contains("nmc");
    assertThat(report.findingsOf("entry.evidence")).extracting(f -> f.location()).containsExactly("/entries/1/evidence");
  }

  @Test
  void theAttachedEvidenceMatchesItsFile() throws Exception {
    org.cpdkit.core.portfolio.Portfolio p = CpdJson.standard().read(DocumentType.PORTFOLIO,
        CpdProcess.root().resolve(DIR + "portfolio-evidence.json"));
    Path file = CpdProcess.root().resolve("examples/evidence/certificate-of-completion.txt");
    try (java.io.InputStream in = Files.newInputStream(file)) {
      assertThat(p.entries().get(0).evidence().get(0).attachment().orElseThrow().matches(in)).isTrue();
    }
  }

  @Test
  void aSignOffOfOnePieceIsNotTheManagersDiscussionOfTheRecordAndTheTeamSeesWhatAwaits() {
    Result r = CpdProcess.run("check", "--as-of", AS_OF, DIR + "sign-off");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains(DIR + "sign-off/w1000123.json: NOT YET COMPLIANT (on track, 123 days left); a sign-off "
            + "(manager-discussion) dated 1 April 2024 to 31 March 2027")
        .contains(DIR + "sign-off/w1000124.json: compliant")
        .contains("  W1000123 awaits sign-off: the record (discuss-with-manager)")
        .doesNotContain("W1000124 awaits");
    Result json = CpdProcess.run("check", "--as-of", AS_OF, "--format", "json", DIR + "sign-off");
    assertThat(json.out().replaceAll("\\s+", "")).contains(
        "{\"registrationNumber\":\"W1000123\",\"standing\":\"on-track\"",
        "\"signOffsAwaiting\":[\"discuss-with-manager\"]");
  }

  @Test
  void theHcpcAuditProfileMeetsTheRequestAndNamesTheActivityWithoutEvidence() {
    Result r = CpdProcess.run("check", "--as-of", "2026-08-20", DIR + "portfolio-hcpc-audit.json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("✓ Send a CPD profile: a practice summary of up to 500 words, a statement of up to 1,500 words "
            + "with 4 to 6 activities, a dated list of activities, and evidence (if sampled): recorded")
        .contains("ERROR   /auditProfile/statementActivities/3  No evidence recorded for this activity")
        .contains("(audit-profile.evidence)")
        .doesNotContain("audit-profile.gaps", "audit-profile.summary", "audit-profile.statement)",
            "audit-profile.activities", "audit-profile.activity-list");
  }

  @Test
  void aReviewThatGaveFeedbackSaysThisYearWillBeReviewed() {
    Result r = CpdProcess.run("check", "--as-of", AS_OF, DIR + "portfolio-review-outcome.json");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("INFO    /reviews/0  This registration year's CPD will be reviewed: the review of the "
        + "year ending 30 November 2025 gave feedback.  (registration.review-announced)");
  }

  @Test
  void theTeamDashboardShowsTheLearningCultureOfTheSessionsAndRuns() throws Exception {
    Path dir = CpdProcess.tempDir();
    Path root = CpdProcess.root();
    Result r = CpdProcess.run(dir, "report", "--as-of", AS_OF, "--html", "team.html",
        "--session", root.resolve(DIR + "session-feedback-by-whom.json").toString(),
        "--session", root.resolve(DIR + "learning-circle.json").toString(),
        "--toolkit-run", root.resolve(DIR + "toolkit-run-linked.json").toString(),
        root.resolve("examples/team").toString());
    assertThat(r.exit()).isZero();
    String html = Files.readString(dir.resolve("team.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<h2 id=\"culture-h\">Learning culture</h2>",
        "Peer-reflection sessions held: <strong>2</strong>, with 6 attendances. Toolkit runs: 1, with 2 individual "
            + "modules completed and 2 case-study attendances. Different people taking part in a session or a case "
            + "study: <strong>6</strong>.",
        "<code>circle.success</code>");
  }
}
