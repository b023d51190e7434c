package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.*;

import java.time.Duration;
import java.time.LocalDate;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.PracticeHours;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.junit.jupiter.api.Test;

class PracticeHoursRuleTest {
  private static final RulePack NMC = RulePacks.get("nmc");
  private static final String ID = "registration.practice-hours";

  private static Portfolio nmc(long... hours) {
    Portfolio.Builder b = Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("N1")
        .regulator(Regulator.NMC).registeredOn(LocalDate.of(2024, 4, 1)).build());
    for (int i = 0; i < hours.length; i++) {
      b.addPracticeHours(PracticeHours.builder().start(LocalDate.of(2025, 1, 1).plusMonths(i))
          .end(LocalDate.of(2025, 1, 28).plusMonths(i)).hours(Duration.ofHours(hours[i]))
          .setting("community mental health team").scope("direct care").build());
    }
    return b.build();
  }

  @Test
  void reportsOneHourBelow450() {
    assertThat(run(NMC, ID, nmc(400, 49), AS_OF)).containsExactly(ID + "|ERROR|/entries");
  }

  @Test
  void staysSilentAtExactly450() {
    assertThat(run(NMC, ID, nmc(400, 50), AS_OF)).isEmpty();
  }

  @Test
  void onlyStretchesEndingInThePeriodCount() {
    Portfolio p = Portfolio.builder().from(nmc(449)).addPracticeHours(PracticeHours.builder()
        .start(LocalDate.of(2024, 1, 1)).end(LocalDate.of(2024, 3, 31)).hours(Duration.ofHours(100))
        .setting("ward").scope("direct care").build()).build();
    assertThat(run(NMC, ID, p, AS_OF)).containsExactly(ID + "|ERROR|/entries");
  }
}
