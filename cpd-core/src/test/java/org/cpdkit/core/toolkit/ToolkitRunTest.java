package org.cpdkit.core.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryOrigin;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.entry.ToolkitStage;
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
  void yieldsTwoDraftReflectionsFromWhatHappened() {
    ToolkitRun r =
        run()
            .caseStudyDuration(Duration.ofMinutes(75))
            .caseStudySessionId("session-7")
            .participants(
                List.of(
                    ToolkitParticipant.builder()
                        .participant(Participant.of("p1", "social worker"))
                        .moduleCompletedOn(LocalDate.of(2026, 4, 20))
                        .moduleTimeSpent(Duration.ofMinutes(80))
                        .attendedCaseStudy(true)
                        .build(),
                    ToolkitParticipant.builder()
                        .participant(Participant.of("p2", "senior social worker"))
                        .build(),
                    ToolkitParticipant.builder()
                        .participant(Participant.of("p3", "advanced practitioner"))
                        .moduleCompletedOn(LocalDate.of(2026, 4, 28))
                        .attendedCaseStudy(true)
                        .build()))
            .build();
    ToolkitDrafts drafts = r.drafts("p1");
    assertThat(drafts.gaps()).isEmpty();
    assertThat(drafts.entries()).hasSize(2);
    CpdEntry module = drafts.entries().get(0);
    CpdEntry caseStudy = drafts.entries().get(1);
    assertThat(module.activityType()).contains(ActivityType.E_LEARNING);
    assertThat(module.date()).isEqualTo(LocalDate.of(2026, 4, 20));
    assertThat(module.timeSpent()).contains(Duration.ofMinutes(80));
    assertThat(module.status()).isEqualTo(EntryStatus.DRAFT);
    assertThat(module.origin()).contains(EntryOrigin.of("run-1", ToolkitStage.MODULE));
    assertThat(caseStudy.isPeerReflection()).isTrue();
    assertThat(caseStudy.peerReflection().orElseThrow().peerRoles())
        .as("only those who attended the case study are peers")
        .containsExactly("team manager", "advanced practitioner");
    assertThat(caseStudy.timeSpent()).contains(Duration.ofMinutes(75));
    assertThat(caseStudy.standards()).containsExactlyElementsOf(toolkit.standards());
    assertThat(caseStudy.origin()).contains(EntryOrigin.of("run-1", ToolkitStage.CASE_STUDY));
    assertThat(caseStudy.peerReflection().orElseThrow().sessionId()).contains("session-7");
  }

  @Test
  void noDraftsForWhatDidNotHappen() {
    ToolkitDrafts drafts = run().build().drafts("p2");
    assertThat(drafts.entries()).isEmpty();
    assertThat(drafts.gaps())
        .containsExactly(DraftGap.MODULE_NOT_COMPLETED, DraftGap.CASE_STUDY_NOT_ATTENDED);
    assertThat(drafts.isComplete()).isFalse();
  }

  @Test
  void draftsWithoutRecordedTimesHaveNoTimeAndSaySo() {
    ToolkitDrafts drafts = run().build().drafts("p1");
    assertThat(drafts.entries()).hasSize(2);
    assertThat(drafts.entries()).allSatisfy(e -> assertThat(e.timeSpent()).isEmpty());
    assertThat(drafts.gaps())
        .containsExactly(DraftGap.MODULE_TIME_NOT_RECORDED, DraftGap.CASE_STUDY_DURATION_NOT_RECORDED);
  }

  @Test
  void aModuleNeverCompletedIsNotDatedTheDeadline() {
    ToolkitRun r =
        run()
            .participants(
                List.of(
                    ToolkitParticipant.builder()
                        .participant(Participant.of("p1", "social worker"))
                        .attendedCaseStudy(true)
                        .build()))
            .build();
    ToolkitDrafts drafts = r.drafts("p1");
    assertThat(drafts.entries()).extracting(e -> e.activityType().orElseThrow()).containsExactly(ActivityType.GROUP_SUPERVISION);
    assertThat(drafts.gaps()).contains(DraftGap.MODULE_NOT_COMPLETED);
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
    assertThatThrownBy(() -> run().build().drafts("zz"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ToolkitRun run-1: no participant with id zz");
  }
}
