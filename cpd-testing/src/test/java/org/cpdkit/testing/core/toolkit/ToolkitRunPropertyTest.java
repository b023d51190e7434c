package org.cpdkit.testing.core.toolkit;

import org.cpdkit.core.toolkit.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.entry.ToolkitStage;
import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.api.Test;

class ToolkitRunPropertyTest {

  @Test
  void copiesBuildAndEqualTheOriginal() {
    PropertyCheck.forAll("toolkit copies", CpdGenerators.toolkits(), t -> {
      assertThat(Toolkit.builder().from(t).build()).isEqualTo(t).hasSameHashCodeAs(t);
      assertThat(t.moduleMaximumTime()).isGreaterThanOrEqualTo(t.moduleMinimumTime());
      assertThat(t.caseStudyTime()).isGreaterThanOrEqualTo(Toolkit.MINIMUM_CASE_STUDY_TIME);
    });
    PropertyCheck.forAll("run copies", CpdGenerators.toolkitRuns(), r -> {
      assertThat(ToolkitRun.builder().from(r).build()).isEqualTo(r).hasSameHashCodeAs(r);
      assertThat(r.withCaseStudyDate(r.moduleDeadline()).caseStudyDate()).isEqualTo(r.moduleDeadline());
    });
  }

  @Test
  void draftsComeOnlyFromWhatHappened() {
    PropertyCheck.forAll("draft entries", CpdGenerators.toolkitRuns(), run -> {
      for (ToolkitParticipant p : run.participants()) {
        String id = p.participant().id();
        ToolkitDrafts drafts = run.drafts(id);
        assertThat(drafts.entries()).allSatisfy(e -> {
          assertThat(e.status()).isEqualTo(EntryStatus.DRAFT);
          assertThat(e.standards()).isEqualTo(run.toolkit().standards());
          assertThat(e.origin()).hasValueSatisfying(o -> assertThat(o.toolkitRunId()).isEqualTo(run.id()));
        });
        Optional<CpdEntry> module = drafts.entries().stream()
            .filter(e -> e.origin().orElseThrow().toolkitStage() == ToolkitStage.MODULE).findFirst();
        Optional<CpdEntry> caseStudy = drafts.entries().stream()
            .filter(e -> e.origin().orElseThrow().toolkitStage() == ToolkitStage.CASE_STUDY).findFirst();
        assertThat(module.isPresent()).isEqualTo(p.moduleCompletedOn().isPresent());
        assertThat(drafts.gaps().contains(DraftGap.MODULE_NOT_COMPLETED)).isEqualTo(module.isEmpty());
        module.ifPresent(m -> {
          assertThat(m.date()).isEqualTo(p.moduleCompletedOn().orElseThrow());
          assertThat(m.timeSpent()).isEqualTo(p.moduleTimeSpent());
          assertThat(m.isPeerReflection()).isFalse();
        });
        assertThat(caseStudy.isPresent()).isEqualTo(p.attendedCaseStudy());
        assertThat(drafts.gaps().contains(DraftGap.CASE_STUDY_NOT_ATTENDED)).isEqualTo(caseStudy.isEmpty());
        Set<String> attendedRoles = run.participants().stream()
            .filter(q -> q.attendedCaseStudy() && !q.participant().id().equals(id))
            .map(q -> q.participant().role())
            .collect(Collectors.toSet());
        caseStudy.ifPresent(c -> {
          assertThat(c.date()).isEqualTo(run.caseStudyDate());
          assertThat(c.timeSpent()).isEqualTo(run.caseStudyDuration());
          assertThat(c.peerReflection().orElseThrow().sessionId()).isEqualTo(run.caseStudySessionId());
          assertThat(c.peerReflection()).hasValueSatisfying(pr -> {
            assertThat(pr.peerRoles()).doesNotHaveDuplicates();
            for (String role : pr.peerRoles()) {
              assertThat(role.equals(run.facilitator().role()) || attendedRoles.contains(role))
                  .as("peer role %s attended the case study", role).isTrue();
            }
          });
        });
      }
    });
  }

  @Test
  void draftEntryIdsDifferBetweenParticipants() {
    PropertyCheck.forAll("distinct draft ids", CpdGenerators.toolkitRuns(), run -> {
      List<String> ids = run.participants().stream()
          .flatMap(p -> run.drafts(p.participant().id()).entries().stream())
          .map(CpdEntry::id)
          .toList();
      assertThat(ids).doesNotHaveDuplicates();
    });
  }

  @Test
  void draftEntriesStayValidForTheLongestTitles() {
    PropertyCheck.forAll("long titles", CpdGenerators.toolkitRuns().filter(r -> !r.participants().isEmpty()), run -> {
      ToolkitRun longTitle = run.withToolkit(run.toolkit().withTitle("t".repeat(org.cpdkit.core.Limits.MAX_LABEL_LENGTH)));
      for (CpdEntry e : longTitle.drafts(run.participants().get(0).participant().id()).entries()) {
        assertThat(e.title()).hasSizeLessThanOrEqualTo(org.cpdkit.core.Limits.MAX_LABEL_LENGTH);
      }
    });
  }

  @Test
  void anUnknownParticipantHasNoDrafts() {
    PropertyCheck.forAll("unknown participant", CpdGenerators.toolkitRuns(),
        run -> assertThatThrownBy(() -> run.drafts("not-in-the-run-" + run.participants().size()))
            .isInstanceOf(IllegalArgumentException.class));
  }
}
