package org.cpdkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.entry.ReflectionMode;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.standard.StandardCode;
import org.junit.jupiter.api.Test;

/** The example in README.md, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void readmeExample() {
    CpdEntry entry = CpdEntry.builder()
        .id("2026-03-team-reflection")
        .title("Team reflection on working with fathers")
        .activityType(ActivityType.PEER_REFLECTION)
        .date(LocalDate.of(2026, 3, 12))
        .timeSpent(Duration.ofMinutes(90))
        .whatIDid("Discussed a case study with colleagues in group supervision.")
        .whatILearned("How often fathers are left out of assessments.")
        .impactOnPractice("I now invite both parents to every first visit.")
        .addStandards(StandardCode.of("4.2"), StandardCode.of("4.5"))
        .peerReflection(PeerReflection.builder()
            .mode(ReflectionMode.IN_PERSON)
            .addPeerRoles("team manager", "senior social worker")
            .build())
        .build();

    Portfolio portfolio = Portfolio.builder()
        .practitioner(Practitioner.of("SW123456", Regulator.SOCIAL_WORK_ENGLAND))
        .addEntry(entry)
        .build();

    RegistrationPeriod year = portfolio.periodContaining(LocalDate.of(2026, 11, 7));
    assertThat(portfolio.peerReflectionsIn(year)).hasSize(1);
    assertThat(year.daysToDeadline(LocalDate.of(2026, 11, 7))).isEqualTo(23);
  }
}
