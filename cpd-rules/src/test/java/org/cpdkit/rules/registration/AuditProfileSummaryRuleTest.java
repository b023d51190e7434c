package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.run;
import static org.cpdkit.rules.registration.AuditProfileFixtures.*;

import org.cpdkit.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

class AuditProfileSummaryRuleTest {
  private static final String ID = "audit-profile.summary";

  @Test
  void reportsASummaryLongerThan500WordsOrNotWritten() {
    Portfolio p = record();
    assertThat(run(HCPC, ID, with(p, profile(p).summaryOfPractice(words(501)).build()), AS_OF))
        .containsExactly(ID + "|ERROR|/auditProfile/summaryOfPractice");
    assertThat(run(HCPC, ID, with(p, profile(p).summaryOfPractice(" ").build()), AS_OF))
        .containsExactly(ID + "|ERROR|/auditProfile/summaryOfPractice");
  }

  @Test
  void staysSilentAt500WordsAndWithoutAProfile() {
    Portfolio p = record();
    assertThat(run(HCPC, ID, with(p, profile(p).summaryOfPractice(words(500)).build()), AS_OF)).isEmpty();
    assertThat(run(HCPC, ID, p, AS_OF)).isEmpty();
  }
}
