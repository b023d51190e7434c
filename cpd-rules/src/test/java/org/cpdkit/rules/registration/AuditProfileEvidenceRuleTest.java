package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.entry;
import static org.cpdkit.rules.Fixtures.run;
import static org.cpdkit.rules.registration.AuditProfileFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

class AuditProfileEvidenceRuleTest {
  private static final String ID = "audit-profile.evidence";

  @Test
  void reportsAStatementActivityWithoutEvidence() {
    Portfolio p = Portfolio.builder().from(record()).addEntry(entry("bare", LocalDate.of(2026, 7, 1)).build()).build();
    assertThat(run(HCPC, ID, with(p, profile(p).statementActivities(List.of("a1", "bare", "a3", "a4")).build()), AS_OF))
        .containsExactly(ID + "|ERROR|/auditProfile/statementActivities/1");
  }

  @Test
  void staysSilentWhenEveryActivityHasEvidenceEvenIfOthersInTheListHaveNone() {
    Portfolio p = Portfolio.builder().from(record()).addEntry(entry("bare", LocalDate.of(2026, 7, 1)).build()).build();
    assertThat(run(HCPC, ID, with(p, profile(p).build()), AS_OF)).isEmpty();
  }
}
