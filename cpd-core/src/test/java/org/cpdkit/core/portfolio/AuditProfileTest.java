package org.cpdkit.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryStatus;
import org.junit.jupiter.api.Test;

class AuditProfileTest {
  private static final LocalDate REQUESTED = LocalDate.of(2026, 9, 1);

  private static CpdEntry entry(String id, LocalDate day) {
    return CpdEntry.builder().id(id).title("Piece " + id).activityType(ActivityType.COURSE).date(day).build();
  }

  private static Portfolio portfolio(CpdEntry... entries) {
    return Portfolio.builder().practitioner(Practitioner.of("HC1", Regulator.HCPC)).addEntries(entries).build();
  }

  @Test
  void assemblesTheDatedListOfSubmittedPiecesInTheTwoYearsBeforeTheRequest() {
    Portfolio p = portfolio(entry("late", LocalDate.of(2026, 8, 1)), entry("early", LocalDate.of(2024, 10, 1)),
        entry("before", LocalDate.of(2024, 8, 31)), entry("draft", LocalDate.of(2025, 5, 1)).withStatus(EntryStatus.DRAFT),
        entry("after", LocalDate.of(2026, 9, 2)));
    AuditProfile a = AuditProfile.assemble(p, REQUESTED).build();
    assertThat(a.coversFrom()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(a.activities()).containsExactly("early", "late");
    assertThat(a.gaps()).extracting(ProfileGap::start).containsExactly(LocalDate.of(2024, 10, 1));
    assertThat(a.gaps().get(0).end()).isEqualTo(LocalDate.of(2026, 8, 1));
  }

  @Test
  void aGapIsExplainedOnlyWhenAbsencesLeaveNoStretchOfThreeMonthsUncovered() {
    LocalDate from = LocalDate.of(2025, 1, 1);
    LocalDate to = LocalDate.of(2025, 12, 1);
    Absence most = Absence.builder().start(LocalDate.of(2025, 2, 1)).end(LocalDate.of(2025, 10, 1))
        .reason(AbsenceReason.SICKNESS).build();
    Absence part = Absence.builder().start(LocalDate.of(2025, 2, 1)).end(LocalDate.of(2025, 4, 1))
        .reason(AbsenceReason.SICKNESS).build();
    Period three = Period.ofMonths(3);
    assertThat(AuditProfile.gapsIn(List.of(), from, to, List.of(most), three).get(0).explanation())
        .hasValue(AbsenceReason.SICKNESS);
    assertThat(AuditProfile.gapsIn(List.of(), from, to, List.of(part), three).get(0).isExplained()).isFalse();
    assertThat(AuditProfile.gapsIn(List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 1),
        LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 1)), from, to, List.of(), three))
        .isEmpty();
  }

  @Test
  void aProfileNamesOnlyEntriesOfItsPortfolio() {
    Portfolio p = portfolio(entry("a", LocalDate.of(2025, 3, 1)));
    AuditProfile a = AuditProfile.builder().requestedOn(REQUESTED).addActivity("a").addStatementActivity("b").build();
    assertThatThrownBy(() -> p.withAuditProfile(a))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("auditProfile/statementActivities/0"));
  }

  @Test
  void aSignOffNamesOnlyAnEntryOfItsPortfolio() {
    Portfolio p = portfolio(entry("a", LocalDate.of(2025, 3, 1)));
    SignOff s = SignOff.builder().kind(SignOffKind.ENDORSEMENT).date(LocalDate.of(2025, 3, 2)).role("supervisor")
        .entry("zz").build();
    assertThatThrownBy(() -> p.withSignOffs(s))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("signOffs/0/entry"));
    assertThat(p.withSignOffs(s.withEntry("a")).signOffsOf("a")).hasSize(1);
  }

  @Test
  void invalidValuesFailAtConstruction() {
    assertThatThrownBy(() -> AuditProfile.builder().requestedOn(REQUESTED).coversFrom(REQUESTED).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("AuditProfile.requestedOn");
    assertThatThrownBy(() -> ProfileGap.builder().start(REQUESTED).end(REQUESTED).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("ProfileGap.end");
    assertThatThrownBy(() -> AuditProfile.builder().requestedOn(REQUESTED).addActivity("a").addActivity("a").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("AuditProfile.activities");
  }
}
