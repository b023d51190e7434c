package org.cpdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

class IdentifierRuleTest {

  /** Finds the word "Tyler" as a person's name, standing in for the identifier scanner. */
  private static final TextInspector TYLER = text -> {
    int at = text.indexOf("Tyler");
    return at < 0 ? List.of() : List.of(TextSpan.of("PERSON_NAME", at, at + 5));
  };

  private static final RulePack SWE = RulePacks.get("swe-2026");

  @Test
  void reportsEachSpanAtItsFieldWithKindAndSpanAndNeverTheText() {
    Portfolio p = Fixtures.swe(
        Fixtures.entry("a", LocalDate.of(2026, 1, 5)).impactOnPractice("Visiting Tyler weekly now.").build());
    Report report = SWE.checker(TYLER).check(p, Fixtures.AS_OF);
    assertThat(Fixtures.lines(report, IdentifierRule.ID))
        .containsExactly("anonymisation.identifier|ERROR|/entries/0/impactOnPractice");
    Finding f = report.findingsOf(IdentifierRule.ID).get(0);
    assertThat(f.span()).contains(TextSpan.of("PERSON_NAME", 9, 14));
    assertThat(f.message()).doesNotContain("Tyler");
  }

  @Test
  void staysSilentOnAnonymisedText() {
    assertThat(Fixtures.run(SWE, TYLER, IdentifierRule.ID, Fixtures.compliantSwe())).isEmpty();
  }

  @Test
  void packsScanForIdentifiersUnlessLeftOut() {
    assertThat(SWE.rules().contains(IdentifierRule.ID)).isTrue();
    assertThat(SWE.checker().rules().contains(IdentifierRule.ID)).isTrue();
    assertThat(SWE.rulesWithoutIdentifiers().contains(IdentifierRule.ID)).isFalse();
    assertThat(SWE.checker(TYLER).rules().contains(IdentifierRule.ID)).isTrue();
  }
}
