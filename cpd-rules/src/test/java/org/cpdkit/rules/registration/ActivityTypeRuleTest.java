package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.*;

import java.time.LocalDate;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.junit.jupiter.api.Test;

class ActivityTypeRuleTest {
  private static final RulePack SWE = RulePacks.get("swe-2026");
  private static final String ID = "entry.activity-type";

  private static CpdEntry untyped(EntryStatus status) {
    return CpdEntry.builder().from(entry("a", LocalDate.of(2026, 2, 1)).build()).activityType(java.util.Optional.empty())
        .status(status).build();
  }

  @Test
  void reportsASubmittedPieceWithoutAnActivityType() {
    assertThat(run(SWE, ID, swe(untyped(EntryStatus.SUBMITTED)), AS_OF))
        .containsExactly(ID + "|ERROR|/entries/0/activityType");
    assertThat(SWE.check(swe(untyped(EntryStatus.SUBMITTED)), AS_OF).entry(0).orElseThrow().reason())
        .contains("no-activity-type");
  }

  @Test
  void staysSilentForADraftWithoutOne() {
    assertThat(run(SWE, ID, swe(untyped(EntryStatus.DRAFT)), AS_OF)).isEmpty();
  }
}
