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
class FeedbackRuleTest {
  private static final RulePack SWE = RulePacks.get("swe-2026");
  private static final RulePack NMC = RulePacks.get("nmc");
  private static final RulePack HCPC = RulePacks.get("hcpc");
  private static final RulePack NISCC = RulePacks.get("niscc");
  private static final RulePack SSSC = RulePacks.get("sssc");
  private static final String ID = "registration.feedback";
  private static final LocalDate FEB = LocalDate.of(2026, 2, 10);
  private static final LocalDate JUN = LocalDate.of(2026, 6, 3);


  private static Portfolio nmc(org.cpdkit.core.entry.CpdEntry... entries) {
    return Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("N1")
        .regulator(Regulator.NMC).registeredOn(LocalDate.of(2024, 4, 1)).build()).addEntries(entries).build();
  }

  @Test
  void reportsFewerThanFivePiecesOfFeedback() {
    assertThat(run(NMC, ID, nmc(entry("a", FEB).activityType(ActivityType.FEEDBACK).build()), AS_OF))
        .containsExactly(ID + "|ERROR|/entries");
  }

  @Test
  void staysSilentWithFivePiecesByTypeOrTag() {
    org.cpdkit.core.entry.CpdEntry[] e = new org.cpdkit.core.entry.CpdEntry[5];
    for (int i = 0; i < 5; i++) {
      e[i] = i % 2 == 0 ? entry("f" + i, FEB.plusDays(i)).activityType(ActivityType.FEEDBACK).build()
          : entry("f" + i, FEB.plusDays(i)).addTag("feedback").build();
    }
    assertThat(run(NMC, ID, nmc(e), AS_OF)).isEmpty();
  }

  @Test
  void countsFeedbackItemsOfTheirOwn() {
    Portfolio.Builder b = Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("N1")
        .regulator(Regulator.NMC).registeredOn(LocalDate.of(2024, 4, 1)).build());
    for (int i = 0; i < 5; i++) {
      b.addFeedback(org.cpdkit.core.portfolio.FeedbackItem.builder().id("f" + i).date(FEB.plusDays(i))
          .source("patient").form("thank-you card").build());
    }
    assertThat(run(NMC, "registration.feedback", b.build(), AS_OF)).isEmpty();
    b.feedback(java.util.List.of());
    assertThat(run(NMC, "registration.feedback", b.build(), AS_OF)).containsExactly("registration.feedback|ERROR|/entries");
  }
}
