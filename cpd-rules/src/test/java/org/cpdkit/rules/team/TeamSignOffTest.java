package org.cpdkit.rules.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.portfolio.SignOff;
import org.cpdkit.core.portfolio.SignOffKind;
import org.cpdkit.rules.RulePacks;
import org.cpdkit.rules.registration.BuiltInPacks;
import org.cpdkit.rules.registration.EntrySignOff;
import org.cpdkit.rules.registration.RegistrationPack;
import org.junit.jupiter.api.Test;

/** What awaits sign-off, per practitioner, in a team report. */
class TeamSignOffTest {

  @Test
  void listsThePiecesAwaitingTheSignOffAnEmployerPackAsksFor() {
    RegistrationPack employer = RegistrationPack.of(BuiltInPacks.socialWorkEngland(2026).withPackId("swe-2026-team")
        .withEntrySignOff(EntrySignOff.byRoles("supervisor")));
    Portfolio signed = Portfolio.builder().from(compliantSwe())
        .addSignOff(SignOff.builder().kind(SignOffKind.ENDORSEMENT).date(LocalDate.of(2026, 6, 10))
            .role("supervisor").entry("peer").build())
        .build();
    TeamReport report = TeamCheck.of(employer).check(List.of(signed), AS_OF);
    PractitionerStatus p = report.practitioners().get(0);
    assertThat(p.entriesAwaitingSignOff()).containsExactly("course");
    assertThat(p.signOffsAwaiting()).isEmpty();
    assertThat(p.awaitsSignOff()).isTrue();
    assertThat(p.errorRules()).contains("entry.sign-off");
  }

  @Test
  void listsTheRecordSignOffsARegulatorAsksForAndNothingWhenDone() {
    RegistrationPack scw = RulePacks.registrationPack("scw");
    Practitioner wales = Practitioner.builder().registrationNumber("W1").regulator(Regulator.SOCIAL_CARE_WALES)
        .registeredOn(LocalDate.of(2024, 4, 1)).build();
    Portfolio none = Portfolio.builder().practitioner(wales).addEntry(entry("a", LocalDate.of(2026, 2, 1)).build()).build();
    Portfolio done = Portfolio.builder().from(none).practitioner(wales.withRegistrationNumber("W2"))
        .addSignOff(SignOff.builder().kind(SignOffKind.MANAGER_DISCUSSION).date(LocalDate.of(2026, 9, 1))
            .role("team manager").build())
        .build();
    TeamReport report = TeamCheck.of(scw).check(List.of(none, done), AS_OF);
    assertThat(report.practitioners().get(0).signOffsAwaiting()).containsExactly("discuss-with-manager");
    assertThat(report.practitioners().get(0).entriesAwaitingSignOff()).isEmpty();
    assertThat(report.practitioners().get(1).awaitsSignOff()).isFalse();
  }
}
