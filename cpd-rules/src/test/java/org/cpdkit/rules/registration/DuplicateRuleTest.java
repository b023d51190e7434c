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
class DuplicateRuleTest {
  private static final RulePack SWE = RulePacks.get("swe-2026");
  private static final RulePack NMC = RulePacks.get("nmc");
  private static final RulePack HCPC = RulePacks.get("hcpc");
  private static final RulePack NISCC = RulePacks.get("niscc");
  private static final RulePack SSSC = RulePacks.get("sssc");
  private static final String ID = "entry.duplicate";
  private static final LocalDate FEB = LocalDate.of(2026, 2, 10);
  private static final LocalDate JUN = LocalDate.of(2026, 6, 3);


  @Test
  void reportsTheLaterOfTwoIdenticalPieces() {
    Portfolio p = swe(entry("a", JUN).build(), entry("a", FEB).id("b").title("Another title").build());
    assertThat(run(SWE, ID, p, AS_OF)).containsExactly(ID + "|WARNING|/entries/0");
  }

  @Test
  void staysSilentForDifferentPieces() {
    assertThat(run(SWE, ID, compliantSwe(), AS_OF)).isEmpty();
  }

  @Test
  void piecesAlikeInALongStartButNotAfterAreDifferent() {
    String start = "We talked through the family's plan at length and what it asks of each of us. ".repeat(4);
    Portfolio p = swe(
        entry("a", JUN).whatIDid(start + "Then I wrote it up.").build(),
        entry("a", FEB).id("b").whatIDid(start + "Then I met my manager.").build());
    assertThat(run(SWE, ID, p, AS_OF)).isEmpty();
  }

  @Test
  void piecesAlikeButForCaseAndSpacingAreIdentical() {
    String start = "We talked through the family's plan at length and what it asks of each of us. ".repeat(4);
    Portfolio p = swe(
        entry("a", JUN).whatIDid(start + "Then I wrote it up.").build(),
        entry("a", FEB).id("b").whatIDid("  " + start.toUpperCase(java.util.Locale.ROOT).replace(" ", " \t ")
            + "Then I wrote it up.\n").build());
    assertThat(run(SWE, ID, p, AS_OF)).containsExactly(ID + "|WARNING|/entries/0");
  }
}
