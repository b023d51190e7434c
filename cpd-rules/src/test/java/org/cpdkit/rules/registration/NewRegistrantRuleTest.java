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
class NewRegistrantRuleTest {
  private static final RulePack SWE = RulePacks.get("swe-2026");
  private static final RulePack NMC = RulePacks.get("nmc");
  private static final RulePack HCPC = RulePacks.get("hcpc");
  private static final RulePack NISCC = RulePacks.get("niscc");
  private static final RulePack SSSC = RulePacks.get("sssc");
  private static final String ID = "registration.new-registrant";
  private static final LocalDate FEB = LocalDate.of(2026, 2, 10);
  private static final LocalDate JUN = LocalDate.of(2026, 6, 3);


  private static Portfolio registered(LocalDate day) {
    return Portfolio.builder().practitioner(swePractitioner().withRegisteredOn(day)).build();
  }

  @Test
  void reportsAndExemptsAJoinerSinceTheFirstOfSeptember() {
    for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2)}) {
      Portfolio p = registered(day);
      assertThat(run(SWE, ID, p, AS_OF)).as("registered " + day).containsExactly(ID + "|INFO|/practitioner/registeredOn");
      assertThat(SWE.check(p, AS_OF).isCompliant()).as("registered " + day).isTrue();
    }
  }

  @Test
  void staysSilentForEarlierJoiners() {
    assertThat(run(SWE, ID, registered(LocalDate.of(2026, 8, 31)), AS_OF)).isEmpty();
    assertThat(run(SWE, ID, registered(LocalDate.of(2019, 12, 2)), AS_OF)).isEmpty();
    assertThat(SWE.check(registered(LocalDate.of(2026, 8, 31)), AS_OF).isCompliant()).isFalse();
  }
}
