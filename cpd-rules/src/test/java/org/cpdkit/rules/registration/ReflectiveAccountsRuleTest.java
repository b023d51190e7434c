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
class ReflectiveAccountsRuleTest {
  private static final RulePack SWE = RulePacks.get("swe-2026");
  private static final RulePack NMC = RulePacks.get("nmc");
  private static final RulePack HCPC = RulePacks.get("hcpc");
  private static final RulePack NISCC = RulePacks.get("niscc");
  private static final RulePack SSSC = RulePacks.get("sssc");
  private static final String ID = "registration.reflective-accounts";
  private static final LocalDate FEB = LocalDate.of(2026, 2, 10);
  private static final LocalDate JUN = LocalDate.of(2026, 6, 3);


  private static Portfolio nmc(org.cpdkit.core.entry.CpdEntry... entries) {
    return Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("N1")
        .regulator(Regulator.NMC).registeredOn(LocalDate.of(2024, 4, 1)).build()).addEntries(entries).build();
  }

  @Test
  void reportsFewerThanFiveAccounts() {
    assertThat(run(NMC, ID, nmc(entry("a", FEB).addTag("reflective-account").build()), AS_OF))
        .containsExactly(ID + "|ERROR|/entries");
  }

  @Test
  void staysSilentWithFiveAccounts() {
    org.cpdkit.core.entry.CpdEntry[] e = new org.cpdkit.core.entry.CpdEntry[5];
    for (int i = 0; i < 5; i++) {
      e[i] = entry("r" + i, FEB.plusDays(i)).addTag("reflective-account").build();
    }
    assertThat(run(NMC, ID, nmc(e), AS_OF)).isEmpty();
  }

  @Test
  void countsReflectiveAccountsLinkedToTheCode() {
    Portfolio.Builder b = Portfolio.builder().from(nmc());
    for (int i = 0; i < 5; i++) {
      b.addReflectiveAccount(org.cpdkit.core.portfolio.ReflectiveAccount.builder().id("ra" + i).date(FEB.plusDays(i))
          .addCodeTheme(org.cpdkit.core.portfolio.CodeTheme.PRACTISE_EFFECTIVELY).build());
    }
    assertThat(run(NMC, ID, b.build(), AS_OF)).isEmpty();
  }

  @Test
  void anAccountLinkedToNoThemeOfTheCodeDoesNotCount() {
    Portfolio.Builder b = Portfolio.builder().from(nmc());
    for (int i = 0; i < 5; i++) {
      org.cpdkit.core.portfolio.ReflectiveAccount.Builder a = org.cpdkit.core.portfolio.ReflectiveAccount.builder()
          .id("ra" + i).date(FEB.plusDays(i));
      if (i > 0) {
        a.addCodeTheme(org.cpdkit.core.portfolio.CodeTheme.PRESERVE_SAFETY);
      }
      b.addReflectiveAccount(a.build());
    }
    assertThat(run(NMC, ID, b.build(), AS_OF)).containsExactly(ID + "|ERROR|/entries");
  }
}
