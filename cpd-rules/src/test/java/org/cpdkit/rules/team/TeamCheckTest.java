package org.cpdkit.rules.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.rules.RulePacks;
import org.cpdkit.rules.registration.RegistrationPack;
import org.junit.jupiter.api.Test;

class TeamCheckTest {

  private static final RegistrationPack SWE = RulePacks.registrationPack("swe-2026");

  private static Portfolio of(String number, Portfolio p) {
    return p.withPractitioner(Practitioner.of(number, Regulator.SOCIAL_WORK_ENGLAND));
  }

  @Test
  void countsStandingsAndListsWhatEachIsMissing() {
    List<Portfolio> team = List.of(
        of("SW3", compliantSwe()),
        of("SW1", swe(entry("a", LocalDate.of(2026, 2, 1)).build())),
        of("SW2", swe()));
    TeamReport report = TeamCheck.of(SWE).atRiskWithin(30).check(team, AS_OF);
    assertThat(report.compliant()).isEqualTo(1);
    assertThat(report.atRisk()).isEqualTo(2);
    assertThat(report.nonCompliant()).isZero();
    assertThat(report.practitioners()).extracting(PractitionerStatus::registrationNumber)
        .containsExactly("SW1", "SW2", "SW3");
    PractitionerStatus sw1 = report.practitioners().get(0);
    assertThat(sw1.errorRules()).containsExactly("registration.minimum-entries", "registration.peer-reflection");
    assertThat(sw1.missing()).hasSize(2);
    assertThat(sw1.daysLeft()).hasValue(23);
    assertThat(report.peerReflectionParticipants()).isEqualTo(1);
    assertThat(report.peerReflectionEntries()).isEqualTo(1);
    assertThat(report.standardsCoverage()).containsEntry(StandardCode.of("4.3"), 2).containsEntry(StandardCode.of("4.8"), 0);
    assertThat(report.uncoveredStandards()).contains(StandardCode.of("4.8")).doesNotContain(StandardCode.of("4.3"));
  }

  @Test
  void afterTheDeadlineTheNotCompliantAreNotAtRisk() {
    TeamReport report = TeamCheck.of(SWE).check(List.of(swe()), LocalDate.of(2026, 12, 5));
    assertThat(report.nonCompliant()).isEqualTo(1);
    assertThat(report.atRisk()).isZero();
  }

  @Test
  void standards46And47AreCoveredByAnyValidPiece() {
    // Entries link only 4.3, yet recording a valid piece is reflecting (4.6) and recording (4.7).
    TeamReport report = TeamCheck.of(SWE).check(List.of(of("SW1", compliantSwe()), of("SW2", swe())), AS_OF);
    assertThat(report.standardsCoverage()).containsEntry(StandardCode.of("4.6"), 1)
        .containsEntry(StandardCode.of("4.7"), 1).containsEntry(StandardCode.of("4.5"), 0);
  }

  @Test
  void onTheFirstDayOfTheYearAnEmptyPortfolioIsOnTrackNotMissed() {
    TeamReport report = TeamCheck.of((RegistrationPack) RulePacks.get("swe-2027"))
        .check(List.of(swe()), LocalDate.of(2026, 12, 1));
    assertThat(report.onTrack()).isEqualTo(1);
    assertThat(report.nonCompliant()).isZero();
    assertThat(report.practitioners().get(0).daysLeft()).hasValue(364);
  }

  @Test
  void aPractitionerFailingOnlyOnContentHasTheFailureListed() {
    // Two pieces and a peer reflection, but one piece is dated after the day of the check.
    Portfolio p = swe(entry("a", LocalDate.of(2026, 2, 1)).build(), peerEntry("b", LocalDate.of(2026, 3, 1)).build(),
        entry("c", LocalDate.of(2026, 11, 20)).build());
    PractitionerStatus status = TeamCheck.of(SWE).check(List.of(p), AS_OF).practitioners().get(0);
    assertThat(status.standing()).isEqualTo(Standing.AT_RISK);
    assertThat(status.errorRules()).containsExactly("entry.future-date");
    assertThat(status.missing()).singleElement().asString().contains("/entries/2/date").contains("entry.future-date");
  }
}
