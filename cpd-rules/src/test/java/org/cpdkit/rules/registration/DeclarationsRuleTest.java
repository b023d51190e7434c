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
class DeclarationsRuleTest {
  private static final RulePack SWE = RulePacks.get("swe-2026");
  private static final RulePack NMC = RulePacks.get("nmc");
  private static final RulePack HCPC = RulePacks.get("hcpc");
  private static final RulePack NISCC = RulePacks.get("niscc");
  private static final RulePack SSSC = RulePacks.get("sssc");
  private static final String ID = "registration.declaration.health-and-character";
  private static final LocalDate FEB = LocalDate.of(2026, 2, 10);
  private static final LocalDate JUN = LocalDate.of(2026, 6, 3);


  @Test
  void listsDeclarationsAsNotCheckedWithoutFindings() {
    Portfolio p = Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("N1")
        .regulator(Regulator.NMC).registeredOn(LocalDate.of(2020, 4, 1)).build()).build();
    assertThat(run(NMC, ID, p, AS_OF)).isEmpty();
    assertThat(NMC.check(p, AS_OF).requirements())
        .filteredOn(r -> r.ruleId().startsWith("registration.declaration."))
        .extracting(org.cpdkit.rules.RequirementStatus::ruleId)
        .containsExactly("registration.declaration.practice-hours", "registration.declaration.health-and-character",
            "registration.declaration.indemnity", "registration.declaration.confirmation");
  }

  @Test
  void packsWithoutDeclarationsDoNotHaveTheRule() {
    assertThat(SWE.rules().contains(ID)).isFalse();
  }
}
