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
class PeerReflectionRuleTest {
  private static final RulePack SWE = RulePacks.get("swe-2026");
  private static final RulePack NMC = RulePacks.get("nmc");
  private static final RulePack HCPC = RulePacks.get("hcpc");
  private static final RulePack NISCC = RulePacks.get("niscc");
  private static final RulePack SSSC = RulePacks.get("sssc");
  private static final String ID = "registration.peer-reflection";
  private static final LocalDate FEB = LocalDate.of(2026, 2, 10);
  private static final LocalDate JUN = LocalDate.of(2026, 6, 3);


  @Test
  void reportsNoPeerReflection() {
    assertThat(run(SWE, ID, swe(entry("a", FEB).build(), entry("b", JUN).build()), AS_OF))
        .containsExactly(ID + "|ERROR|/entries");
  }

  @Test
  void staysSilentWithOnePeerReflection() {
    assertThat(run(SWE, ID, compliantSwe(), AS_OF)).isEmpty();
  }

  @Test
  void reportsAPeerReflectionWhoseLearningFromThePeerIsBlank() {
    // The form's peer question is what meets the requirement: details without the answer do not.
    Portfolio p = swe(entry("a", FEB).build(), entry("b", JUN)
        .peerReflection(PeerReflection.builder().addPeerRole("team manager").whatILearnedFromPeers("  ").build())
        .build());
    assertThat(run(SWE, ID, p, AS_OF)).containsExactly(ID + "|ERROR|/entries");
    org.cpdkit.rules.Report report = SWE.check(p, AS_OF);
    assertThat(report.requirement(ID).orElseThrow().state()).isEqualTo(org.cpdkit.rules.RequirementState.NOT_MET);
    assertThat(report.requirement("registration.minimum-entries").orElseThrow().state())
        .isEqualTo(org.cpdkit.rules.RequirementState.MET);
  }
}
