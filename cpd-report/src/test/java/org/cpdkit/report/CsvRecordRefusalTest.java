package org.cpdkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryOrigin;
import org.cpdkit.core.portfolio.HcpcProfession;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.entry.ToolkitStage;
import org.cpdkit.testing.CpdGenerators;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every record fact a portfolio holds beside its entries is refused by the CSV export, never dropped. */
class CsvRecordRefusalTest {

  /** A fact, how to tell a portfolio holds it, and how to take it away. */
  record Fact(String what, Predicate<Portfolio> holds, UnaryOperator<Portfolio> without) {
    @Override
    public String toString() {
      return what;
    }
  }

  static final List<Fact> RECORDS = List.of(
      new Fact("practice hours", p -> !p.practiceHours().isEmpty(), p -> p.withPracticeHours(List.of())),
      new Fact("feedback items", p -> !p.feedback().isEmpty(), p -> p.withFeedback(List.of())),
      new Fact("reflective accounts", p -> !p.reflectiveAccounts().isEmpty(), p -> p.withReflectiveAccounts(List.of())),
      new Fact("sign-offs", p -> !p.signOffs().isEmpty(), p -> p.withSignOffs(List.of())),
      new Fact("declarations", p -> !p.declarations().isEmpty(), p -> p.withDeclarations(List.of())),
      new Fact("a learning plan", p -> p.learningPlan().isPresent(), p -> p.withLearningPlan(Optional.empty())),
      new Fact("absences", p -> !p.absences().isEmpty(), p -> p.withAbsences(List.of())));

  static Stream<Arguments> records() {
    return RECORDS.stream().map(Arguments::of);
  }

  /** A generated portfolio holding {@code fact} and none of the other refused facts. */
  static Portfolio holding(Fact fact) {
    for (long seed = 1; seed < 500; seed++) {
      Portfolio p = CpdGenerators.portfoliosWithRecords().sample(seed);
      if (!fact.holds().test(p)) {
        continue;
      }
      p = p.withExtensions(java.util.Map.of()).withReviews(List.of()).withAuditProfile(Optional.empty())
          .withPractitioner(p.practitioner().withExtensions(java.util.Map.of())
              .withHcpcProfession(Optional.empty()).withAssessedYearCompletedOn(Optional.empty()))
          .withEntries(p.entries().stream().map(CsvRoundTripPropertyTest::carried).toList());
      for (Fact other : RECORDS) {
        if (other != fact) {
          p = other.without().apply(p);
        }
      }
      return p;
    }
    throw new AssertionError("no generated portfolio holds " + fact.what());
  }

  @ParameterizedTest
  @MethodSource("records")
  void aRecordIsRefusedNamingThePortfolioAndTheFact(Fact fact) {
    Portfolio p = holding(fact);
    assertThatThrownBy(() -> ReportCsv.standard().portfoliosCsv(List.of(p)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("portfolio " + p.practitioner().registrationNumber() + " has " + fact.what()
            + ", which CSV does not carry; write it as JSON");
  }

  @ParameterizedTest
  @MethodSource("records")
  void withoutTheRecordThePortfolioIsWrittenAndReadBack(Fact fact) {
    Portfolio p = fact.without().apply(holding(fact));
    String csv = ReportCsv.standard().portfoliosCsv(List.of(p));
    assertThat(ReportCsv.standard().readPortfolios(csv, "team.csv")).containsExactly(p);
  }

  private static Portfolio plain(Practitioner who) {
    return Portfolio.builder().practitioner(who).addEntries(entry().build()).build();
  }

  private static CpdEntry.Builder entry() {
    return CpdEntry.builder().id("e1").title("Safeguarding update").activityType(ActivityType.COURSE)
        .date(LocalDate.of(2026, 3, 12));
  }

  @Test
  void anHcpcProfessionAndAnAssessedYearAreWrittenAndReadBack() {
    Practitioner ot = Practitioner.builder().registrationNumber("OT123456").regulator(Regulator.HCPC)
        .registeredOn(LocalDate.of(2020, 6, 1)).hcpcProfession(HcpcProfession.OCCUPATIONAL_THERAPISTS).build();
    Practitioner ni = Practitioner.builder().registrationNumber("7000123")
        .regulator(Regulator.SOCIAL_CARE_COUNCIL_NORTHERN_IRELAND).registeredOn(LocalDate.of(2021, 9, 1))
        .assessedYearCompletedOn(LocalDate.of(2022, 9, 1)).build();
    List<Portfolio> team = List.of(plain(ot), plain(ni));
    String csv = ReportCsv.standard().withoutByteOrderMark().portfoliosCsv(team);
    assertThat(csv).contains(",occupational-therapists,").contains(",2022-09-01,");
    assertThat(ReportCsv.standard().readPortfolios(csv, "team.csv")).isEqualTo(team);
  }

  @Test
  void aProfessionThatDiffersBetweenRowsIsNamed() {
    String csv = "registrationNumber,regulator,hcpcProfession,id,title,activityType,date\r\n"
        + "OT1,hcpc,occupational-therapists,e1,T,course,2026-03-12\r\n"
        + "OT1,hcpc,,e2,T,course,2026-03-13\r\n";
    assertThatThrownBy(() -> ReportCsv.standard().readPortfolios(csv, "team.csv"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("team.csv: row 3, column 3 (hcpcProfession): differs from row 2 for the same registration number");
  }

  @Test
  void aToolkitOriginIsRefusedNamingTheEntry() {
    CpdEntry e = entry().origin(EntryOrigin.of("run-1", ToolkitStage.values()[0])).build();
    assertThatThrownBy(() -> ReportCsv.standard().entriesCsv(List.of(e)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entry 1 cannot be written as CSV: it has a toolkit origin (run and stage); write it as JSON");
  }

  @Test
  void anEntryWithoutAnOriginIsCarried() {
    CpdEntry e = entry().build();
    assertThat(ReportCsv.standard().readEntries(ReportCsv.standard().entriesCsv(List.of(e)), "e.csv"))
        .containsExactly(e);
  }

  @Test
  void usedForRenewalIsWrittenAsADateAndReadBack() {
    CpdEntry e = entry().usedForRenewal(LocalDate.of(2026, 11, 30)).build();
    String csv = ReportCsv.standard().withoutByteOrderMark().entriesCsv(List.of(e));
    List<String> lines = List.of(csv.split("\r\n"));
    List<String> header = List.of(lines.get(0).split(","));
    assertThat(List.of(lines.get(1).split(",", -1)).get(header.indexOf("usedForRenewal"))).isEqualTo("2026-11-30");
    assertThat(ReportCsv.standard().readEntries(csv, "e.csv")).containsExactly(e);
    CpdEntry fresh = entry().build();
    assertThat(ReportCsv.standard().readEntries(ReportCsv.standard().entriesCsv(List.of(fresh)), "e.csv"))
        .containsExactly(fresh);
  }

  @Test
  void aFileWithoutTheUsedForRenewalColumnReadsAsNotUsed() {
    String csv = "id,title,activityType,date\r\ne1,Safeguarding update,course,2026-03-12\r\n";
    assertThat(ReportCsv.standard().readEntries(csv, "e.csv")).containsExactly(entry().build());
  }
}
