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


  private static Portfolio nmc(org.cpdkit.core.portfolio.Declaration... declarations) {
    return Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("N1")
        .regulator(Regulator.NMC).registeredOn(LocalDate.of(2024, 4, 1)).build()).addDeclarations(declarations).build();
  }

  @Test
  void reportsADeclarationTheRecordDoesNotHold() {
    assertThat(run(NMC, ID, nmc(), AS_OF)).containsExactly(ID + "|ERROR|/declarations");
    assertThat(NMC.check(nmc(), AS_OF).requirements())
        .filteredOn(r -> r.ruleId().startsWith("registration.declaration.") || r.ruleId().startsWith("registration.sign-off."))
        .extracting(org.cpdkit.rules.RequirementStatus::ruleId)
        .containsExactly("registration.sign-off.reflective-discussion", "registration.declaration.health-and-character",
            "registration.declaration.indemnity", "registration.sign-off.confirmation");
  }

  @Test
  void staysSilentWhenTheDeclarationIsRecordedInThePeriod() {
    Portfolio p = nmc(org.cpdkit.core.portfolio.Declaration.of("health-and-character", LocalDate.of(2026, 10, 1)));
    assertThat(run(NMC, ID, p, AS_OF)).isEmpty();
    assertThat(NMC.check(p, AS_OF).requirement(ID).orElseThrow().state()).isEqualTo(org.cpdkit.rules.RequirementState.MET);
  }

  @Test
  void aDeclarationBeforeThePeriodOrAfterTheDayDoesNotCount() {
    assertThat(run(NMC, ID, nmc(org.cpdkit.core.portfolio.Declaration.of("health-and-character", LocalDate.of(2024, 3, 31))),
        AS_OF)).hasSize(1);
    assertThat(run(NMC, ID, nmc(org.cpdkit.core.portfolio.Declaration.of("health-and-character", LocalDate.of(2026, 11, 8))),
        AS_OF)).hasSize(1);
  }

  @Test
  void aDeclarationNeededOnlyIfSampledIsNotCheckedUnlessRecorded() {
    Portfolio p = Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("H1")
        .regulator(Regulator.HCPC).registeredOn(LocalDate.of(2025, 5, 1)).build()).build();
    String id = "registration.declaration.profile-on-request";
    assertThat(run(HCPC, id, p, AS_OF)).isEmpty();
    assertThat(HCPC.check(p, AS_OF).requirement(id).orElseThrow().state())
        .isEqualTo(org.cpdkit.rules.RequirementState.NOT_CHECKED);
  }

  @Test
  void anAuditProfileRequestedInThePeriodMeetsTheProfileOnRequest() {
    Portfolio p = Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("H1")
        .regulator(Regulator.HCPC).registeredOn(LocalDate.of(2025, 5, 1)).build()).build();
    String id = "registration.declaration.profile-on-request";
    Portfolio sampled = p.withAuditProfile(org.cpdkit.core.portfolio.AuditProfile.assemble(p, LocalDate.of(2026, 9, 1))
        .build());
    assertThat(HCPC.check(sampled, AS_OF).requirement(id).orElseThrow().state())
        .isEqualTo(org.cpdkit.rules.RequirementState.MET);
    Portfolio earlier = p.withAuditProfile(org.cpdkit.core.portfolio.AuditProfile.assemble(p, LocalDate.of(2025, 4, 1))
        .build());
    assertThat(HCPC.check(earlier, AS_OF).requirement(id).orElseThrow().state())
        .isEqualTo(org.cpdkit.rules.RequirementState.NOT_CHECKED);
  }

  @Test
  void packsWithoutDeclarationsDoNotHaveTheRule() {
    assertThat(SWE.rules().contains(ID)).isFalse();
  }
}
