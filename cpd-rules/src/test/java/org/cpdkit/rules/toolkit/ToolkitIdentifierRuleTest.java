package org.cpdkit.rules.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.toolkit.Toolkit;
import org.cpdkit.core.toolkit.ToolkitRun;
import org.cpdkit.rules.Fixtures;
import org.cpdkit.rules.IdentifierRule;
import org.junit.jupiter.api.Test;

/** The default toolkit-run checker scans the run's free text as entries are scanned. */
class ToolkitIdentifierRuleTest {
  private static final String ID = IdentifierRule.ID;

  static List<String> check(ToolkitRun r) {
    return Fixtures.lines(ToolkitRules.checker().check(r, LocalDate.of(2026, 3, 9))).stream()
        .filter(line -> line.startsWith(ID))
        .toList();
  }

  @Test
  void reportsANameInTheCaseStudyTitle() {
    ToolkitRun.Builder run = ReflectionsRuleTest.run();
    Toolkit t = ReflectionsRuleTest.run().build().toolkit();
    assertThat(check(run.toolkit(t.withCaseStudyTitle("Tyler Dawson at 9 Mill Lane")).build()))
        .contains(ID + "|ERROR|/toolkit/caseStudyTitle");
  }

  @Test
  void staysSilentOnAnAnonymisedRun() {
    assertThat(check(ReflectionsRuleTest.run().build())).isEmpty();
  }
}
