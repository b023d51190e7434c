package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.run;
import static org.cpdkit.rules.registration.AuditProfileFixtures.*;

import org.cpdkit.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

class AuditProfileStatementRuleTest {
  private static final String ID = "audit-profile.statement";

  @Test
  void reportsAStatementLongerThan1500WordsOrNotWritten() {
    Portfolio p = record();
    assertThat(run(HCPC, ID, with(p, profile(p).statement(words(1501)).build()), AS_OF))
        .containsExactly(ID + "|ERROR|/auditProfile/statement");
    assertThat(run(HCPC, ID, with(p, profile(p).statement("").build()), AS_OF))
        .containsExactly(ID + "|ERROR|/auditProfile/statement");
  }

  @Test
  void staysSilentAt1500WordsAndWithoutAProfile() {
    Portfolio p = record();
    assertThat(run(HCPC, ID, with(p, profile(p).statement(words(1500)).build()), AS_OF)).isEmpty();
    assertThat(run(HCPC, ID, p, AS_OF)).isEmpty();
  }
}
