package org.cpdkit.testing.rules.team;

import org.cpdkit.rules.team.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.rules.RulePacks;
import org.cpdkit.rules.registration.RegistrationPack;
import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.Gen;
import org.junit.jupiter.api.Test;

class TeamCheckPropertyTest {

  private static final RegistrationPack SWE = RulePacks.registrationPack("swe-2026");
  private static final RegistrationPeriod YEAR = Regulator.SOCIAL_WORK_ENGLAND.period(LocalDate.of(2025, 12, 1));

  @Test
  void aThousandPortfoliosAddUpAndHoldNoPersonalText() {
    Gen<Portfolio> one = Gen.ints(0, 4).flatMap(n -> Gen.ints(0, n).flatMap(peer -> CpdGenerators.sweWith(YEAR, n, peer)));
    List<Portfolio> team = one.list(1000, 1000).sample(2026);
    TeamReport report = TeamCheck.of(SWE).atRiskWithin(30).check(team, LocalDate.of(2026, 11, 7));
    assertThat(report.total()).isEqualTo(1000);
    assertThat(report.compliant() + report.atRisk() + report.nonCompliant()).isEqualTo(1000);
    // 23 days before the deadline, everyone not compliant is at risk.
    assertThat(report.nonCompliant()).isZero();
    assertThat(report.atRisk()).isPositive();
    assertThat(report.peerReflectionParticipants()).isBetween(1, 1000);
    assertThat(report.standardsCoverage()).containsKeys(org.cpdkit.core.standard.StandardCode.of("4.1"));
    String all = report.toString() + report.practitioners();
    for (Portfolio p : team) {
      for (CpdEntry e : p.entries()) {
        for (String text : List.of(e.whatIDid(), e.whatILearned(), e.impactOnPractice())) {
          if (text.length() > 12) {
            assertThat(all).doesNotContain(text);
          }
        }
      }
    }
  }

  @Test
  void farFromTheDeadlineTheNotYetCompliantAreOnTrack() {
    List<Portfolio> team = CpdGenerators.sweWith(YEAR, 1, 0).list(50, 50).sample(1);
    TeamReport report = TeamCheck.of(SWE).check(team, LocalDate.of(2026, 3, 1));
    assertThat(report.atRisk()).isZero();
    assertThat(report.nonCompliant()).isZero();
    assertThat(report.onTrack()).isEqualTo(50);
    assertThat(report.practitioners()).allSatisfy(p -> assertThat(p.errorRules()).contains("registration.minimum-entries"));
  }
}
