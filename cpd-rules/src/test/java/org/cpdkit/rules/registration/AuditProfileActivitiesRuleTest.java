package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.entry;
import static org.cpdkit.rules.Fixtures.run;
import static org.cpdkit.rules.registration.AuditProfileFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

class AuditProfileActivitiesRuleTest {
  private static final String ID = "audit-profile.activities";

  @Test
  void reportsFewerThanFourOrMoreThanSixActivities() {
    Portfolio p = record();
    assertThat(run(HCPC, ID, with(p, profile(p).statementActivities(List.of("a1", "a2", "a3")).build()), AS_OF))
        .containsExactly(ID + "|WARNING|/auditProfile/statementActivities");
    assertThat(run(HCPC, ID, with(p, profile(p)
        .statementActivities(List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7")).build()), AS_OF))
        .containsExactly(ID + "|WARNING|/auditProfile/statementActivities");
  }

  @Test
  void reportsAnActivityNotInTheDatedList() {
    Portfolio p = Portfolio.builder().from(record()).addEntry(entry("old", LocalDate.of(2023, 1, 10)).build()).build();
    assertThat(run(HCPC, ID, with(p, profile(p).statementActivities(List.of("a1", "a2", "a3", "old")).build()), AS_OF))
        .containsExactly(ID + "|WARNING|/auditProfile/statementActivities/3");
  }

  @Test
  void staysSilentWithFourToSixFromTheList() {
    Portfolio p = record();
    assertThat(run(HCPC, ID, with(p, profile(p).build()), AS_OF)).isEmpty();
    assertThat(run(HCPC, ID, with(p, profile(p)
        .statementActivities(List.of("a1", "a2", "a3", "a4", "a5", "a6")).build()), AS_OF)).isEmpty();
  }
}
