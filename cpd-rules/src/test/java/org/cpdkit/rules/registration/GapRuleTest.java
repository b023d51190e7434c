package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.*;

import java.time.Duration;
import java.time.LocalDate;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unused")
class GapRuleTest {
  private static final RulePack SWE = RulePacks.get("swe-2026");
  private static final RulePack NMC = RulePacks.get("nmc");
  private static final RulePack HCPC = RulePacks.get("hcpc");
  private static final RulePack NISCC = RulePacks.get("niscc");
  private static final RulePack SSSC = RulePacks.get("sssc");
  private static final String ID = "registration.gap";
  private static final LocalDate FEB = LocalDate.of(2026, 2, 10);
  private static final LocalDate JUN = LocalDate.of(2026, 6, 3);


  private static Portfolio hcpc(LocalDate... days) {
    Portfolio.Builder b = Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("SW1")
        .regulator(Regulator.HCPC).registeredOn(LocalDate.of(2025, 1, 1)).build());
    for (int i = 0; i < days.length; i++) {
      b.addEntry(entry("e" + i, days[i]).build());
    }
    return b.build();
  }

  @Test
  void reportsAGapOfThreeMonths() {
    assertThat(run(HCPC, ID, hcpc(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 8, 1)), LocalDate.of(2025, 9, 1)))
        .containsExactly(ID + "|WARNING|/entries");
  }

  @Test
  void staysSilentForAContinuousRecord() {
    assertThat(run(HCPC, ID, hcpc(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 1)),
        LocalDate.of(2025, 7, 1))).isEmpty();
  }

  @Test
  void staysSilentWhenAnAbsenceExplainsTheGap() {
    Portfolio p = Portfolio.builder().from(hcpc(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 8, 1)))
        .addAbsence(org.cpdkit.core.portfolio.Absence.builder().start(LocalDate.of(2025, 2, 2)).end(LocalDate.of(2025, 7, 31))
            .reason(org.cpdkit.core.portfolio.AbsenceReason.PARENTAL_LEAVE).build())
        .build();
    assertThat(run(HCPC, ID, p, LocalDate.of(2025, 9, 1))).isEmpty();
  }
}
