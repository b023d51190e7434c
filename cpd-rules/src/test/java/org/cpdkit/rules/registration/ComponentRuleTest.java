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
class ComponentRuleTest {
  private static final RulePack SWE = RulePacks.get("swe-2026");
  private static final RulePack NMC = RulePacks.get("nmc");
  private static final RulePack HCPC = RulePacks.get("hcpc");
  private static final RulePack NISCC = RulePacks.get("niscc");
  private static final RulePack SSSC = RulePacks.get("sssc");
  private static final String ID = "registration.component.trauma-awareness";
  private static final LocalDate FEB = LocalDate.of(2026, 2, 10);
  private static final LocalDate JUN = LocalDate.of(2026, 6, 3);


  private static Portfolio sssc(org.cpdkit.core.entry.CpdEntry... entries) {
    return Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("S1")
        .regulator(Regulator.SOCIAL_SERVICES_COUNCIL_SCOTLAND).registeredOn(LocalDate.of(2020, 1, 15)).build())
        .addEntries(entries).build();
  }

  @Test
  void reportsAMissingMandatoryComponent() {
    assertThat(run(SSSC, ID, sssc(entry("a", FEB).build()), AS_OF)).containsExactly(ID + "|ERROR|/entries");
  }

  @Test
  void staysSilentWhenATaggedEntryEvidencesIt() {
    assertThat(run(SSSC, ID, sssc(entry("a", FEB).addTag("sssc:trauma-awareness").build()), AS_OF)).isEmpty();
  }

  @Test
  void professionalInPracticeIsCheckedForThoseAssessedOnOrAfter1April2011() {
    String pip = "registration.component.professional-in-practice";
    Practitioner.Builder who = Practitioner.builder().registrationNumber("N1")
        .regulator(Regulator.SOCIAL_CARE_COUNCIL_NORTHERN_IRELAND).registeredOn(LocalDate.of(2024, 5, 1));
    Portfolio on = Portfolio.builder().practitioner(who.assessedYearCompletedOn(LocalDate.of(2011, 4, 1)).build()).build();
    assertThat(run(NISCC, pip, on, AS_OF)).containsExactly(pip + "|ERROR|/entries");
  }

  @Test
  void professionalInPracticeIsNotApplicableForThoseAssessedBefore1April2011() {
    String pip = "registration.component.professional-in-practice";
    Portfolio before = Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("N1")
        .regulator(Regulator.SOCIAL_CARE_COUNCIL_NORTHERN_IRELAND).registeredOn(LocalDate.of(2024, 5, 1))
        .assessedYearCompletedOn(LocalDate.of(2011, 3, 31)).build()).build();
    assertThat(run(NISCC, pip, before, AS_OF)).isEmpty();
    assertThat(NISCC.check(before, AS_OF).requirement(pip).orElseThrow().state())
        .isEqualTo(org.cpdkit.rules.RequirementState.NOT_APPLICABLE);
  }
}
