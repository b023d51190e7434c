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
class HoursRuleTest {
  private static final RulePack SWE = RulePacks.get("swe-2026");
  private static final RulePack NMC = RulePacks.get("nmc");
  private static final RulePack HCPC = RulePacks.get("hcpc");
  private static final RulePack NISCC = RulePacks.get("niscc");
  private static final RulePack SSSC = RulePacks.get("sssc");
  private static final String ID = "registration.hours";
  private static final LocalDate FEB = LocalDate.of(2026, 2, 10);
  private static final LocalDate JUN = LocalDate.of(2026, 6, 3);


  private static Portfolio nmc(org.cpdkit.core.entry.CpdEntry... entries) {
    return Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("N1")
        .regulator(Regulator.NMC).registeredOn(LocalDate.of(2024, 4, 1)).build()).addEntries(entries).build();
  }

  @Test
  void reportsFewerThan35Hours() {
    assertThat(run(NMC, ID, nmc(entry("a", FEB).timeSpent(Duration.ofHours(34)).build()), AS_OF))
        .containsExactly(ID + "|ERROR|/entries");
  }

  @Test
  void staysSilentAt35Hours() {
    assertThat(run(NMC, ID, nmc(entry("a", FEB).timeSpent(Duration.ofHours(20)).build(),
        entry("b", JUN).timeSpent(Duration.ofHours(15)).build()), AS_OF)).isEmpty();
  }

  @Test
  void countsTheHoursOfACpdLogWithoutSocialWorkEnglandsTexts() {
    // The NMC CPD log has no "what I learned" or "impact" fields; their absence changes nothing.
    Portfolio p = nmc(entry("a", FEB).timeSpent(Duration.ofHours(20)).impactOnPractice("").whatILearned("").build(),
        entry("b", JUN).timeSpent(Duration.ofHours(15)).whatIDid("").build());
    assertThat(run(NMC, ID, p, AS_OF)).isEmpty();
    assertThat(lines(NMC.check(p, AS_OF))).noneMatch(l -> l.startsWith("entry.impact-on-practice")
        || l.startsWith("entry.what-i-learned") || l.startsWith("entry.what-i-did"));
  }

  @Test
  void niscAndHcpcDoNotAskForSocialWorkEnglandsTexts() {
    for (String id : java.util.List.of("niscc", "hcpc", "sssc", "scw", "nmc")) {
      assertThat(RulePacks.get(id).rules().contains("entry.impact-on-practice")).as(id).isFalse();
    }
    assertThat(SWE.rules().contains("entry.impact-on-practice")).isTrue();
  }
}
