package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.*;

import java.time.LocalDate;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.SignOff;
import org.cpdkit.core.portfolio.SignOffKind;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.junit.jupiter.api.Test;

class EntrySignOffRuleTest {
  private static final String ID = "entry.sign-off";
  private static final LocalDate FEB = LocalDate.of(2026, 2, 10);
  private static final RulePack EMPLOYER = RegistrationPack.of(BuiltInPacks.socialWorkEngland(2026)
      .withPackId("swe-2026-employer")
      .withEntrySignOff(EntrySignOff.builder().addKinds(SignOffKind.ENDORSEMENT)
          .addAllRoles(java.util.List.of("Supervisor", "team manager")).build()));

  private static SignOff endorsement(String entry, String role, LocalDate date) {
    return SignOff.builder().kind(SignOffKind.ENDORSEMENT).date(date).role(role).entry(entry).build();
  }

  @Test
  void reportsEachCountedPieceNotSignedOffByAnAcceptedRole() {
    Portfolio p = Portfolio.builder().from(swe(entry("a", FEB).build(), entry("b", FEB).build(), entry("c", FEB).build()))
        .addSignOff(endorsement("a", "supervisor", FEB.plusDays(3)))
        .addSignOff(endorsement("b", "peer", FEB.plusDays(3)))
        .build();
    assertThat(run(EMPLOYER, ID, p, AS_OF)).containsExactly(ID + "|ERROR|/entries/1", ID + "|ERROR|/entries/2");
  }

  @Test
  void aSignOffOfTheRecordOrOfAnotherKindOrDatedBeforeThePieceDoesNotCount() {
    Portfolio p = Portfolio.builder().from(swe(entry("a", FEB).build()))
        .addSignOff(SignOff.builder().kind(SignOffKind.ENDORSEMENT).date(FEB).role("supervisor").build())
        .addSignOff(SignOff.builder().kind(SignOffKind.MANAGER_DISCUSSION).date(FEB).role("supervisor").entry("a").build())
        .addSignOff(endorsement("a", "supervisor", FEB.minusDays(1)))
        .addSignOff(endorsement("a", "supervisor", AS_OF.plusDays(1)))
        .build();
    assertThat(run(EMPLOYER, ID, p, AS_OF)).containsExactly(ID + "|ERROR|/entries/0");
  }

  @Test
  void staysSilentWhenEveryCountedPieceIsSignedOffAndForDraftsAndOtherPacks() {
    Portfolio p = Portfolio.builder().from(swe(entry("a", FEB).build(),
            entry("draft", FEB).status(EntryStatus.DRAFT).build()))
        .addSignOff(endorsement("a", "Team Manager", FEB))
        .build();
    assertThat(run(EMPLOYER, ID, p, AS_OF)).isEmpty();
    assertThat(RulePacks.get("swe-2026").rules().contains(ID)).isFalse();
  }

  @Test
  void anyRoleAndKindWhenThePackNamesNone() {
    RulePack any = RegistrationPack.of(BuiltInPacks.socialWorkEngland(2026).withPackId("swe-2026-any")
        .withEntrySignOff(EntrySignOff.builder().build()));
    Portfolio p = Portfolio.builder().from(swe(entry("a", FEB).build(), entry("b", FEB).build()))
        .addSignOff(SignOff.builder().kind(SignOffKind.EMPLOYER_VERIFICATION).date(FEB).role("workforce lead")
            .entry("b").build())
        .build();
    assertThat(run(any, ID, p, AS_OF)).containsExactly(ID + "|ERROR|/entries/0");
  }
}
