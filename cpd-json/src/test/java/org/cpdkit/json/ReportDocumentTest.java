package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.json.CpdFormatException.Kind;
import org.cpdkit.rules.Finding;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RulePacks;
import org.cpdkit.testing.CpdGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Report documents of real checks hold no text of the record; bad report documents fail where they are wrong. */
class ReportDocumentTest {
  private static final CpdJson JSON = CpdJson.standard();

  @Test
  void aTextFindingCarriesKindAndSpanButNeverTheText() {
    Portfolio p = Examples.portfolio();
    CpdEntry first = p.entries().get(0);
    String email = "jane.doe@example.org";
    Portfolio withEmail =
        p.withEntries(first.withImpactOnPractice("I emailed " + email + " about the visit."), p.entries().get(1));
    Report report = RulePacks.get("swe-2026").check(withEmail, LocalDate.of(2026, 11, 7));
    Finding f =
        report.findings().stream().filter(x -> x.span().isPresent()).findFirst().orElseThrow();
    assertThat(f.location()).isEqualTo("/entries/0/impactOnPractice");
    String json = JSON.toJson(DocumentType.REPORT, report);
    assertThat(json).contains("\"span\": {").doesNotContain(email).doesNotContain("jane");
    assertThat(JSON.read(DocumentType.REPORT, json)).isEqualTo(report);
    assertThat(SchemaSupport.validate(DocumentType.REPORT, json)).isEmpty();
  }

  @Test
  void theAtRiskWindowIsWrittenAndReadAndDefaultsTo30() {
    Portfolio p = Examples.portfolio().withEntries();
    Report report = RulePacks.get("swe-2026").checker().atRiskWithin(22).check(p, LocalDate.of(2026, 11, 7));
    String json = JSON.toJson(DocumentType.REPORT, report);
    assertThat(json).contains("\"outcome\": \"on-track\",\n  \"atRiskDays\": 22,");
    assertThat(SchemaSupport.validate(DocumentType.REPORT, json)).isEmpty();
    Report read = JSON.read(DocumentType.REPORT, json);
    assertThat(read).isEqualTo(report);
    assertThat(read.outcome()).isEqualTo(org.cpdkit.rules.Outcome.ON_TRACK);
    // A document written before the window was carried reads with the default of 30 days.
    Report earlier = JSON.read(DocumentType.REPORT, json.replace("  \"atRiskDays\": 22,\n", ""));
    assertThat(earlier.atRiskDays()).isEqualTo(30);
    assertThat(earlier.outcome()).isEqualTo(org.cpdkit.rules.Outcome.AT_RISK);
  }

  @Test
  void generatedChecksGiveFindingsAndRequirementsToWrite() {
    long withBoth =
        IntStream.range(0, 50)
            .mapToObj(i -> RulePacks.get("swe-2026").check(CpdGenerators.portfolios().sample(i), LocalDate.of(2026, 11, 7)))
            .filter(r -> !r.findings().isEmpty() && !r.requirements().isEmpty() && !r.rules().isEmpty())
            .count();
    assertThat(withBoth).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "severity typo|{\"$format\":\"cpdkit.report/1\",\"asOf\":\"2026-01-05\",\"findings\":[{\"ruleId\":\"r.x\",\"severity\":\"eror\",\"location\":\"\",\"message\":\"m\"}],\"requirements\":[],\"rules\":[]}|INVALID_VALUE|/findings/0/severity|1|89",
        "span end before start|{\"$format\":\"cpdkit.report/1\",\"asOf\":\"2026-01-05\",\"findings\":[{\"ruleId\":\"r.x\",\"severity\":\"error\",\"location\":\"/a\",\"message\":\"m\",\"span\":{\"kind\":\"EMAIL\",\"start\":5,\"end\":2}}],\"requirements\":[],\"rules\":[]}|INVALID_VALUE|/findings/0/span/end|1|166",
        "location not a pointer|{\"$format\":\"cpdkit.report/1\",\"asOf\":\"2026-01-05\",\"findings\":[{\"ruleId\":\"r.x\",\"severity\":\"error\",\"location\":\"a\",\"message\":\"m\"}],\"requirements\":[],\"rules\":[]}|INVALID_VALUE|/findings/0/location|1|108",
        "extension on a report|{\"$format\":\"cpdkit.report/1\",\"x-a\":1,\"asOf\":\"2026-01-05\",\"findings\":[],\"requirements\":[],\"rules\":[]}|UNKNOWN_PROPERTY|/x-a|1|30",
        "missing asOf|{\"$format\":\"cpdkit.report/1\",\"findings\":[],\"requirements\":[],\"rules\":[]}|MISSING_PROPERTY|/asOf|1|1",
        "fractional count|{\"$format\":\"cpdkit.team-report/1\",\"packId\":\"swe-2026\",\"asOf\":\"2026-01-05\",\"atRiskDays\":30.5,\"practitioners\":[],\"standardsCoverage\":{},\"peerReflectionParticipants\":0,\"peerReflectionEntries\":0}|WRONG_TYPE|/atRiskDays|1|88",
        "coverage key not a code|{\"$format\":\"cpdkit.team-report/1\",\"packId\":\"swe-2026\",\"asOf\":\"2026-01-05\",\"atRiskDays\":30,\"practitioners\":[],\"standardsCoverage\":{\"4 5\":1},\"peerReflectionParticipants\":0,\"peerReflectionEntries\":0}|INVALID_VALUE|/standardsCoverage/4 5|1|131",
        "standing typo|{\"$format\":\"cpdkit.team-report/1\",\"packId\":\"swe-2026\",\"asOf\":\"2026-01-05\",\"atRiskDays\":30,\"practitioners\":[{\"registrationNumber\":\"SW1\",\"standing\":\"at_risk\",\"missing\":[],\"errorRules\":[],\"peerReflected\":false}],\"standardsCoverage\":{},\"peerReflectionParticipants\":0,\"peerReflectionEntries\":0}|INVALID_VALUE|/practitioners/0/standing|1|147"
      })
  void badReportDocumentsFailWhereTheyAreWrong(String name, String json, Kind kind, String pointer, int line, int column) {
    assertThatThrownBy(() -> JSON.readAny(json))
        .isInstanceOfSatisfying(
            CpdFormatException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(kind);
              assertThat(e.pointer()).isEqualTo(pointer);
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.column()).isEqualTo(column);
            });
  }
}
