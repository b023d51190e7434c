package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.run;
import static org.cpdkit.rules.registration.AuditProfileFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Absence;
import org.cpdkit.core.portfolio.AbsenceReason;
import org.cpdkit.core.portfolio.AuditProfile;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.ProfileGap;
import org.junit.jupiter.api.Test;

class AuditProfileGapsRuleTest {
  private static final String ID = "audit-profile.gaps";

  /** The record without the activities of April and June 2025: nothing from February to August. */
  private static Portfolio withGap() {
    Portfolio p = record();
    List<CpdEntry> kept = new java.util.ArrayList<>(p.entries());
    kept.removeIf(e -> e.id().equals("a3") || e.id().equals("a4"));
    return p.withEntries(kept);
  }

  @Test
  void reportsAGapOfThreeMonthsOrMoreWithoutAnExplanation() {
    Portfolio p = withGap();
    AuditProfile a = profile(p).statementActivities(List.of("a1", "a5", "a7", "a10")).build();
    assertThat(a.gaps()).extracting(ProfileGap::start, ProfileGap::end, ProfileGap::isExplained)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 8, 1), false));
    assertThat(run(HCPC, ID, with(p, a), AS_OF)).containsExactly(ID + "|ERROR|/auditProfile/gaps/0/explanation");
    assertThat(run(HCPC, ID, with(p, a.withGaps(List.of())), AS_OF)).containsExactly(ID + "|ERROR|/auditProfile/gaps");
  }

  @Test
  void reportsAGapAnAbsenceCoversOnlyInPart() {
    Portfolio p = withGap().withAbsences(Absence.builder().start(LocalDate.of(2025, 2, 10))
        .end(LocalDate.of(2025, 3, 20)).reason(AbsenceReason.SICKNESS).build());
    AuditProfile a = profile(p).statementActivities(List.of("a1", "a5", "a7", "a10")).build();
    assertThat(run(HCPC, ID, with(p, a), AS_OF)).containsExactly(ID + "|ERROR|/auditProfile/gaps/0/explanation");
  }

  @Test
  void staysSilentWhenAnAbsenceOrTheRegistrantExplainsTheGap() {
    Portfolio p = withGap().withAbsences(Absence.builder().start(LocalDate.of(2025, 2, 15))
        .end(LocalDate.of(2025, 7, 20)).reason(AbsenceReason.PARENTAL_LEAVE).build());
    AuditProfile a = profile(p).statementActivities(List.of("a1", "a5", "a7", "a10")).build();
    assertThat(a.gaps()).extracting(ProfileGap::explanation)
        .containsExactly(java.util.Optional.of(AbsenceReason.PARENTAL_LEAVE));
    assertThat(run(HCPC, ID, with(p, a), AS_OF)).isEmpty();
    Portfolio bare = withGap();
    AuditProfile explained = profile(bare).statementActivities(List.of("a1", "a5", "a7", "a10"))
        .gaps(List.of(ProfileGap.builder().start(LocalDate.of(2025, 2, 1)).end(LocalDate.of(2025, 8, 1))
            .explanation(AbsenceReason.CAREER_BREAK).build())).build();
    assertThat(run(HCPC, ID, with(bare, explained), AS_OF)).isEmpty();
    assertThat(run(HCPC, ID, with(record(), profile(record()).build()), AS_OF)).isEmpty();
  }
}
