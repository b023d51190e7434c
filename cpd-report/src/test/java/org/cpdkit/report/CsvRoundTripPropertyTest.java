package org.cpdkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EvidenceReference;
import org.cpdkit.core.entry.StructuredReflection;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.Gen;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.api.Test;

class CsvRoundTripPropertyTest {

  /**
   * What CSV carries of an entry: everything but the extension properties of its nested parts
   * and blank structured-reflection sections (a blank cell is no section).
   */
  static CpdEntry carried(CpdEntry e) {
    CpdEntry.Builder b = CpdEntry.builder().from(e);
    e.peerReflection().ifPresent(p -> b.peerReflection(p.withExtensions(Map.of())));
    e.structuredReflection().ifPresent(s -> {
      StructuredReflection.Builder sb = StructuredReflection.builder().model(s.model());
      s.sections().forEach((k, v) -> {
        if (!v.isBlank()) {
          sb.putSection(k, v);
        }
      });
      b.structuredReflection(sb.build());
    });
    b.origin(java.util.Optional.empty());
    b.evidence(e.evidence().stream()
        .map(x -> x.withExtensions(Map.<String, String>of()).withAttachment(java.util.Optional.empty())).toList());
    return b.build();
  }

  /** Last days of registration periods, for entries already used for a renewal. */
  static final Gen<java.time.LocalDate> RENEWALS =
      Gen.dates(java.time.LocalDate.of(2020, 11, 30), java.time.LocalDate.of(2030, 11, 30));

  @Test
  void entriesSurviveCsv() {
    Gen<CpdEntry> carried = CpdGenerators.cpdEntries().map(CsvRoundTripPropertyTest::carried)
        .zip(RENEWALS.optional(0.3), CpdEntry::withUsedForRenewal);
    Gen<List<CpdEntry>> lists = Gen.listOf(carried, 0, 6);
    PropertyCheck.forAll("entries -> CSV -> entries", lists, entries -> {
      String csv = ReportCsv.standard().entriesCsv(entries);
      assertThat(ReportCsv.standard().readEntries(csv, "entries.csv")).isEqualTo(entries);
    });
  }

  @Test
  void portfoliosSurviveCsv() {
    Gen<Portfolio> portfolios = CpdGenerators.portfolios(0, 5)
        .map(p -> p.withEntries(p.entries().stream().map(CsvRoundTripPropertyTest::carried).toList())
            .withExtensions(Map.of())
            .withReviews(List.of())
            .withPractitioner(p.practitioner().withExtensions(Map.of())))
        .zip(Gen.enumValues(org.cpdkit.core.portfolio.HcpcProfession.class).optional(0.3),
            (p, job) -> p.withPractitioner(p.practitioner().withHcpcProfession(job)))
        .zip(RENEWALS.optional(0.3), (p, d) -> p.withPractitioner(p.practitioner().withAssessedYearCompletedOn(d)));
    PropertyCheck.forAll("portfolios -> CSV -> portfolios", Gen.listOf(portfolios, 1, 4).map(this::distinctNumbers), ps -> {
      String csv = ReportCsv.standard().portfoliosCsv(ps);
      assertThat(ReportCsv.standard().readPortfolios(csv, "team.csv")).isEqualTo(ps);
    });
  }

  @Test
  void anAuditProfileIsRefusedRatherThanDropped() {
    Portfolio p = Examples.portfolio("practice/portfolio-hcpc-audit.json");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportCsv.standard().portfoliosCsv(List.of(p)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("portfolio OT123456 has an audit profile, which CSV does not carry; write it as JSON");
  }

  private List<Portfolio> distinctNumbers(List<Portfolio> ps) {
    java.util.Map<String, Portfolio> byNumber = new java.util.LinkedHashMap<>();
    ps.forEach(p -> byNumber.putIfAbsent(p.practitioner().registrationNumber(), p));
    return List.copyOf(byNumber.values());
  }

  @Test
  void everyFormulaStartIsNeutralisedAndReadBack() {
    for (String text : new String[] {"=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "'=already", "''"}) {
      CpdEntry e = CpdEntry.builder().id("e1").title(text.isBlank() ? "t" : text)
          .activityType(org.cpdkit.core.entry.ActivityType.READING).date(java.time.LocalDate.of(2026, 3, 1))
          .whatIDid(text).build();
      String csv = ReportCsv.standard().withoutByteOrderMark().entriesCsv(List.of(e));
      for (String cell : csv.split("[,\\r\\n]+")) {
        String c = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertThat(c).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
      }
      assertThat(ReportCsv.standard().readEntries(csv, "e.csv")).containsExactly(e);
    }
  }

  @Test
  void nestedExtensionsAreRefusedNotDropped() {
    CpdEntry e = CpdEntry.builder().id("e1").title("t").activityType(org.cpdkit.core.entry.ActivityType.READING)
        .date(java.time.LocalDate.of(2026, 3, 1))
        .addEvidence(EvidenceReference.builder().description("certificate").putExtension("x-a", "1").build())
        .build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportCsv.standard().entriesCsv(List.of(e)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entry 1 cannot be written as CSV: its evidence has extension properties; write it as JSON");
  }

  @Test
  void attachmentsAreRefusedNotDropped() {
    CpdEntry e = CpdEntry.builder().id("e1").title("t").activityType(org.cpdkit.core.entry.ActivityType.READING)
        .date(java.time.LocalDate.of(2026, 3, 1))
        .addEvidence(EvidenceReference.builder().description("certificate")
            .attachment(org.cpdkit.core.entry.Attachment.builder().mediaType("application/pdf").size(10)
                .sha256("0".repeat(64)).date(java.time.LocalDate.of(2026, 3, 1)).build())
            .build())
        .build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportCsv.standard().entriesCsv(List.of(e)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entry 1 cannot be written as CSV: its evidence has an attachment (media type, size, digest); write it as JSON");
  }
}
