package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.*;

import java.time.LocalDate;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.portfolio.SignOff;
import org.cpdkit.core.portfolio.SignOffKind;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.junit.jupiter.api.Test;

class SignOffRuleTest {
  private static final RulePack NMC = RulePacks.get("nmc");
  private static final RulePack SCW = RulePacks.get("scw");
  private static final String DISCUSSION = "registration.sign-off.reflective-discussion";
  private static final String MANAGER = "registration.sign-off.discuss-with-manager";

  private static Portfolio of(Regulator regulator, SignOff... signOffs) {
    return Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("P1")
        .regulator(regulator).registeredOn(LocalDate.of(2024, 4, 1)).build()).addSignOffs(signOffs).build();
  }

  private static SignOff signOff(SignOffKind kind, boolean registrant) {
    return SignOff.builder().kind(kind).date(LocalDate.of(2026, 9, 1)).role("ward manager").registrant(registrant)
        .reference("12A3456B").build();
  }

  @Test
  void reportsAReflectiveDiscussionWithSomeoneNotOnTheRegister() {
    assertThat(run(NMC, DISCUSSION, of(Regulator.NMC, signOff(SignOffKind.REFLECTIVE_DISCUSSION, false)), AS_OF))
        .containsExactly(DISCUSSION + "|ERROR|/signOffs");
  }

  @Test
  void staysSilentWithAReflectiveDiscussionWithARegistrant() {
    assertThat(run(NMC, DISCUSSION, of(Regulator.NMC, signOff(SignOffKind.REFLECTIVE_DISCUSSION, true)), AS_OF))
        .isEmpty();
  }

  @Test
  void socialCareWalesAsksForTheManagersDiscussion() {
    assertThat(run(SCW, MANAGER, of(Regulator.SOCIAL_CARE_WALES), AS_OF)).containsExactly(MANAGER + "|ERROR|/signOffs");
    assertThat(run(SCW, MANAGER, of(Regulator.SOCIAL_CARE_WALES, signOff(SignOffKind.MANAGER_DISCUSSION, false)), AS_OF))
        .isEmpty();
  }

  @Test
  void aSignOffOfOnePieceDoesNotMeetTheSignOffOfTheRecord() {
    SignOff ofEntry = SignOff.builder().kind(SignOffKind.MANAGER_DISCUSSION).date(LocalDate.of(2026, 9, 1))
        .role("team manager").entry("a").build();
    Portfolio p = Portfolio.builder().from(of(Regulator.SOCIAL_CARE_WALES))
        .addEntry(entry("a", LocalDate.of(2026, 2, 10)).build()).addSignOff(ofEntry).build();
    assertThat(run(SCW, MANAGER, p, AS_OF)).containsExactly(MANAGER + "|ERROR|/signOffs");
  }
}
