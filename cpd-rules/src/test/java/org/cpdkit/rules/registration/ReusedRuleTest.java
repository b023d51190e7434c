package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.*;

import java.time.LocalDate;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.junit.jupiter.api.Test;

class ReusedRuleTest {
  private static final RulePack SWE = RulePacks.get("swe-2026");
  private static final String ID = "entry.reused";

  @Test
  void reportsAPieceUsedForLastYearsRenewalEvenWithADateInThisYear() {
    // The date was edited into this year; the recording system knows it counted for 2025.
    Portfolio p = swe(entry("a", LocalDate.of(2026, 2, 1)).usedForRenewal(LocalDate.of(2025, 11, 30)).build(),
        peerEntry("b", LocalDate.of(2026, 3, 1)).build());
    assertThat(run(SWE, ID, p, AS_OF)).containsExactly(ID + "|WARNING|/entries/0/usedForRenewal");
    Report report = SWE.check(p, AS_OF);
    assertThat(report.entry(0).orElseThrow().reason()).contains("reused");
    assertThat(report.requirement("registration.minimum-entries").orElseThrow().achieved()).hasValue(1);
  }

  @Test
  void staysSilentForAPieceUsedForThisRenewal() {
    Portfolio p = swe(entry("a", LocalDate.of(2026, 2, 1)).usedForRenewal(LocalDate.of(2026, 11, 30)).build());
    assertThat(run(SWE, ID, p, AS_OF)).isEmpty();
  }
}
