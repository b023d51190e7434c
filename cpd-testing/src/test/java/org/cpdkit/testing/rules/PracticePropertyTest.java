package org.cpdkit.testing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.AuditProfile;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.ProfileGap;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.portfolio.SignOff;
import org.cpdkit.core.portfolio.SignOffKind;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.cpdkit.rules.registration.BuiltInPacks;
import org.cpdkit.rules.registration.EntrySignOff;
import org.cpdkit.rules.registration.RegistrationPack;
import org.cpdkit.rules.team.TeamCheck;
import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.Gen;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.api.Test;

/** Properties of the audit profile rules and of sign-offs of single pieces over generated records. */
class PracticePropertyTest {

  private static final RulePack HCPC = RulePacks.get("hcpc");

  private record Sampled(Portfolio portfolio, LocalDate requestedOn) {}

  private static Gen<Sampled> sampled() {
    return CpdGenerators.portfolios(Regulator.HCPC, 0, 12)
        .zip(Gen.dates(LocalDate.of(2022, 1, 1), LocalDate.of(2027, 12, 31)), Sampled::new);
  }

  @Test
  void theDatedListTheRecordAssemblesIsAlwaysCompleteAndInOrder() {
    PropertyCheck.fromSystemProperties().check("assembled dated list is accurate", sampled(), s -> {
      Portfolio p = s.portfolio().withAuditProfile(AuditProfile.assemble(s.portfolio(), s.requestedOn()).build());
      Report report = HCPC.check(p, s.requestedOn().plusDays(1));
      assertThat(report.findingsOf("audit-profile.activity-list")).isEmpty();
      List<LocalDate> days = new ArrayList<>();
      p.auditProfile().get().activities().forEach(id -> days.add(p.entry(id).get().completedOn()));
      assertThat(days).isSorted();
    });
  }

  @Test
  void theGapsRuleReportsExactlyTheUnexplainedGapsAssembled() {
    PropertyCheck.fromSystemProperties().check("gaps rule matches assembled gaps", sampled(), s -> {
      AuditProfile a = AuditProfile.assemble(s.portfolio(), s.requestedOn()).build();
      Portfolio p = s.portfolio().withAuditProfile(a);
      long unexplained = a.gaps().stream().filter(g -> !g.isExplained()).count();
      assertThat(HCPC.check(p, s.requestedOn().plusDays(1)).findingsOf("audit-profile.gaps")).hasSize((int) unexplained);
      for (ProfileGap g : a.gaps()) {
        assertThat(g.start().plusMonths(3)).isBeforeOrEqualTo(g.end());
      }
    });
  }

  @Test
  void everyCountedPieceAwaitsSignOffUntilSignedOffAndThenNone() {
    RegistrationPack pack = RegistrationPack.of(BuiltInPacks.socialWorkEngland(2026).withPackId("swe-2026-signed")
        .withEntrySignOff(EntrySignOff.builder().build()));
    LocalDate asOf = LocalDate.of(2026, 11, 30);
    PropertyCheck.fromSystemProperties().check("entry sign-off awaits counted pieces",
        CpdGenerators.compliantForSwe(org.cpdkit.core.portfolio.Regulator.SOCIAL_WORK_ENGLAND
            .period(LocalDate.of(2025, 12, 1))), p -> {
          List<String> awaiting = TeamCheck.of(pack).check(List.of(p), asOf).practitioners().get(0)
              .entriesAwaitingSignOff();
          assertThat(pack.check(p, asOf).findingsOf("entry.sign-off")).hasSize(awaiting.size());
          List<SignOff> signOffs = new ArrayList<>(p.signOffs());
          for (CpdEntry e : p.entries()) {
            signOffs.add(SignOff.builder().kind(SignOffKind.ENDORSEMENT).date(e.completedOn()).role("supervisor")
                .entry(e.id()).build());
          }
          Portfolio signed = p.withSignOffs(signOffs);
          assertThat(pack.check(signed, asOf).findingsOf("entry.sign-off")).isEmpty();
          assertThat(TeamCheck.of(pack).check(List.of(signed), asOf).practitioners().get(0).entriesAwaitingSignOff())
              .isEmpty();
        });
  }
}
