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
class PeerLearningRuleTest {
  private static final RulePack SWE = RulePacks.get("swe-2026");
  private static final RulePack NMC = RulePacks.get("nmc");
  private static final RulePack HCPC = RulePacks.get("hcpc");
  private static final RulePack NISCC = RulePacks.get("niscc");
  private static final RulePack SSSC = RulePacks.get("sssc");
  private static final String ID = "entry.peer-learning";
  private static final LocalDate FEB = LocalDate.of(2026, 2, 10);
  private static final LocalDate JUN = LocalDate.of(2026, 6, 3);


  @Test
  void reportsAPeerReflectionWithoutWhatWasLearnedFromThePeer() {
    Portfolio p = swe(entry("a", FEB).peerReflection(PeerReflection.builder().addPeerRole("team manager").build()).build());
    assertThat(run(SWE, ID, p, AS_OF)).containsExactly(ID + "|WARNING|/entries/0/peerReflection/whatILearnedFromPeers");
  }

  @Test
  void staysSilentWhenRecorded() {
    assertThat(run(SWE, ID, compliantSwe(), AS_OF)).isEmpty();
  }
}
