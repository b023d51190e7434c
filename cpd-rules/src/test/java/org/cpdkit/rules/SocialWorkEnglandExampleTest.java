package org.cpdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cpdkit.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

/** The question a local authority asks, answered in two lines. */
class SocialWorkEnglandExampleTest {

  @Test
  void aCompliantPortfolioIsCompliantWithOnlyGoodPracticeNotes() {
    Report report = RulePacks.get("swe-2026").check(Fixtures.compliantSwe(), Fixtures.AS_OF);
    assertThat(report.isCompliant()).isTrue();
    assertThat(report.findings(Severity.ERROR)).isEmpty();
    assertThat(report.requirements()).extracting(RequirementStatus::ruleId)
        .containsExactly("registration.minimum-entries", "registration.peer-reflection", IdentifierRule.ID,
            "registration.renewal-application");
    assertThat(report.requirements()).filteredOn(r -> !r.ruleId().equals("registration.renewal-application"))
        .allMatch(r -> r.state() == RequirementState.MET);
    assertThat(report.requirement("registration.renewal-application").orElseThrow().state())
        .isEqualTo(RequirementState.NOT_CHECKED);
    assertThat(report.outcome()).isEqualTo(Outcome.COMPLIANT);
    assertThat(report.entries()).extracting(EntryResult::entryId, EntryResult::counts, EntryResult::peerReflection)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("course", true, false),
            org.assertj.core.groups.Tuple.tuple("peer", true, true));
    assertThat(report.entries()).allMatch(e -> e.timeAdded().isEmpty());
  }

  @Test
  void oneEntryWithoutPeerReflectionSaysWhatIsMissingAndByWhen() {
    Portfolio p = Fixtures.swe(Fixtures.entry("course", LocalDate.of(2026, 2, 10)).build());
    Report report = RulePacks.get("swe-2026").check(p, Fixtures.AS_OF);
    assertThat(report.isCompliant()).isFalse();
    assertThat(Fixtures.lines(report)).containsExactly(
        "registration.minimum-entries|ERROR|/entries", "registration.peer-reflection|ERROR|/entries");
    RequirementStatus entries = report.requirement("registration.minimum-entries").orElseThrow();
    assertThat(entries.target()).hasValue(2);
    assertThat(entries.achieved()).hasValue(1);
    assertThat(entries.daysLeft()).hasValue(23);
    assertThat(entries.deadline()).contains(LocalDate.of(2026, 11, 30));
    assertThat(entries.line()).isEqualTo(
        "At least 2 pieces of CPD completed 1 December 2025 to 30 November 2026: 1 piece of CPD recorded; "
            + "missing: 1 more piece of CPD; 23 days to the deadline (30 November 2026)");
    assertThat(report.summary())
        .startsWith("Not yet compliant with swe-2026 as of 7 November 2026: at risk, 23 days to the deadline");
    assertThat(report.outcome()).isEqualTo(Outcome.AT_RISK);
    assertThat(report.outcome(20)).isEqualTo(Outcome.ON_TRACK);
    assertThat(RulePacks.get("swe-2026").check(p, LocalDate.of(2026, 12, 1)).outcome())
        .isEqualTo(Outcome.NOT_COMPLIANT);
  }
}
