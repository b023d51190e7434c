package org.cpdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cpdkit.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

class TextInspectorsTest {

  @Test
  void theIdentifierScannerPlugsIntoAnyPack() {
    Portfolio p = Fixtures.swe(Fixtures.entry("a", LocalDate.of(2026, 1, 5))
        .whatIDid("Emailed j.smith@example.org about the course and why it matters to the team.").build());
    Report report = RulePacks.get("swe-2026").checker(TextInspectors.identifiers()).check(p, Fixtures.AS_OF);
    assertThat(report.findingsOf(IdentifierRule.ID))
        .extracting(Fixtures::line, f -> f.span().orElseThrow().kind())
        .contains(org.assertj.core.groups.Tuple.tuple("anonymisation.identifier|ERROR|/entries/0/whatIDid", "EMAIL"));
  }

  @Test
  void anAnonymisedPortfolioHasNoIdentifierFindings() {
    Report report = RulePacks.get("swe-2026").checker(TextInspectors.identifiers())
        .check(Fixtures.compliantSwe(), Fixtures.AS_OF);
    assertThat(report.findingsOf(IdentifierRule.ID)).isEmpty();
  }
}
