package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.entry;
import static org.cpdkit.rules.Fixtures.run;
import static org.cpdkit.rules.registration.AuditProfileFixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.portfolio.AuditProfile;
import org.cpdkit.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

class AuditProfileActivityListRuleTest {
  private static final String ID = "audit-profile.activity-list";

  @Test
  void reportsAPieceOfTheTimeCoveredMissingFromTheList() {
    Portfolio p = record();
    AuditProfile a = profile(p).build();
    Portfolio later = Portfolio.builder().from(p).addEntry(entry("late", LocalDate.of(2026, 8, 20)).build()).build();
    assertThat(run(HCPC, ID, with(later, a), AS_OF)).containsExactly(ID + "|ERROR|/auditProfile/activities");
  }

  @Test
  void reportsAListOutOfOrderAndEntriesThatDoNotBelong() {
    Portfolio p = Portfolio.builder().from(record())
        .addEntry(entry("old", LocalDate.of(2023, 1, 10)).build())
        .addEntry(entry("draft", LocalDate.of(2026, 5, 1)).status(EntryStatus.DRAFT).build()).build();
    List<String> listed = new ArrayList<>(profile(p).build().activities());
    Collections.swap(listed, 0, 1);
    listed.add("old");
    listed.add("draft");
    assertThat(run(HCPC, ID, with(p, profile(p).activities(listed).build()), AS_OF)).containsExactly(
        ID + "|ERROR|/auditProfile/activities/1", ID + "|ERROR|/auditProfile/activities/12",
        ID + "|ERROR|/auditProfile/activities/13");
  }

  @Test
  void staysSilentForTheListTheRecordAssembles() {
    Portfolio p = Portfolio.builder().from(record())
        .addEntry(entry("old", LocalDate.of(2023, 1, 10)).build())
        .addEntry(entry("draft", LocalDate.of(2026, 5, 1)).status(EntryStatus.DRAFT).build()).build();
    AuditProfile a = profile(p).build();
    assertThat(a.activities()).hasSize(12).doesNotContain("old", "draft");
    assertThat(run(HCPC, ID, with(p, a), AS_OF)).isEmpty();
  }
}
