package org.cpdkit.core.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.session.Participant;
import org.cpdkit.core.standard.StandardCode;
import org.junit.jupiter.api.Test;

class ToolkitRunTest {

  private final Toolkit toolkit =
      Toolkit.builder()
          .id("neglect")
          .title("Working with neglect")
          .theme("Neglect")
          .moduleTitle("Understanding neglect")
          .caseStudyTitle("A family over time")
          .addStandards(StandardCode.of("3.4"), StandardCode.of("4.3"))
          .build();

  private ToolkitRun.Builder run() {
    return ToolkitRun.builder()
        .id("run-1")
        .toolkit(toolkit)
        .facilitator(Participant.of("f1", "team manager"))
        .moduleDeadline(LocalDate.of(2026, 5, 1))
        .caseStudyDate(LocalDate.of(2026, 5, 8))
        .addParticipants(
            ToolkitParticipant.builder()
                .participant(Participant.of("p1", "social worker"))
                .moduleCompletedOn(LocalDate.of(2026, 4, 20))
                .attendedCaseStudy(true)
                .build(),
            ToolkitParticipant.builder()
                .participant(Participant.of("p2", "senior social worker"))
                .build());
  }

  @Test
  void yieldsTwoDraftReflections() {
    List<CpdEntry> drafts = run().caseStudyDuration(Duration.ofMinutes(75)).build().draftEntries("p1");
    assertThat(drafts).hasSize(2);
    CpdEntry module = drafts.get(0);
    CpdEntry caseStudy = drafts.get(1);
    assertThat(module.activityType()).contains(ActivityType.E_LEARNING);
    assertThat(module.date()).isEqualTo(LocalDate.of(2026, 4, 20));
    assertThat(module.status()).isEqualTo(EntryStatus.DRAFT);
    assertThat(caseStudy.isPeerReflection()).isTrue();
    assertThat(caseStudy.peerReflection().orElseThrow().peerRoles())
        .containsExactly("team manager", "senior social worker");
    assertThat(caseStudy.timeSpent()).contains(Duration.ofMinutes(75));
    assertThat(caseStudy.standards()).containsExactlyElementsOf(toolkit.standards());
  }

  @Test
  void caseStudyCannotPrecedeTheModuleDeadline() {
    assertThatThrownBy(() -> run().caseStudyDate(LocalDate.of(2026, 4, 30)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ToolkitRun.caseStudyDate: must not be before moduleDeadline");
  }

  @Test
  void rejectsDuplicateParticipants() {
    assertThatThrownBy(
            () ->
                run()
                    .addParticipant(
                        ToolkitParticipant.builder().participant(Participant.of("p1", "x")).build())
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("ToolkitRun.participants:");
  }

  @Test
  void caseStudyIsDesignedForAtLeastAnHour() {
    assertThatThrownBy(() -> toolkit.withCaseStudyTime(Duration.ofMinutes(45)))
        .hasMessage("Toolkit.caseStudyTime: must be at least 60 minutes");
  }

  @Test
  void unknownParticipantIsAClearError() {
    assertThatThrownBy(() -> run().build().draftEntries("zz"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ToolkitRun run-1: no participant with id zz");
  }
}
