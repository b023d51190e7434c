package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.*;

import java.time.LocalDate;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.portfolio.CodeTheme;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.junit.jupiter.api.Test;

class CodeThemeRuleTest {
  private static final RulePack NMC = RulePacks.get("nmc");
  private static final String ID = "entry.code-theme";
  private static final LocalDate FEB = LocalDate.of(2026, 2, 10);

  private static Portfolio nmc(CpdEntry... entries) {
    return Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("N1")
        .regulator(Regulator.NMC).registeredOn(LocalDate.of(2024, 4, 1)).build()).addEntries(entries).build();
  }

  @Test
  void reportsAPieceThatIdentifiesNoPartOfTheCode() {
    assertThat(run(NMC, ID, nmc(entry("a", FEB).addCodeTheme(CodeTheme.PRESERVE_SAFETY).build(),
        entry("b", FEB.plusDays(1)).build()), AS_OF))
        .containsExactly(ID + "|ERROR|/entries/1/codeThemes");
  }

  @Test
  void staysSilentWhenEveryPieceIdentifiesATheme() {
    assertThat(run(NMC, ID, nmc(entry("a", FEB).addCodeTheme(CodeTheme.PRIORITISE_PEOPLE).build(),
        entry("b", FEB.plusDays(1)).addCodeTheme(CodeTheme.PRACTISE_EFFECTIVELY)
            .addCodeTheme(CodeTheme.PROMOTE_PROFESSIONALISM_AND_TRUST).build()), AS_OF))
        .isEmpty();
  }

  @Test
  void staysSilentForDraftsAndPiecesOutsideThePeriod() {
    assertThat(run(NMC, ID, nmc(entry("a", FEB).status(EntryStatus.DRAFT).build(),
        entry("b", LocalDate.of(2023, 5, 1)).build()), AS_OF)).isEmpty();
  }

  @Test
  void onlyTheNmcPackAsksForIt() {
    assertThat(NMC.rules().contains(ID)).isTrue();
    for (String other : new String[] {"swe-2026", "sssc", "scw", "niscc", "hcpc"}) {
      assertThat(RulePacks.get(other).rules().contains(ID)).as(other).isFalse();
    }
  }
}
