package org.cpdkit.testing.core.toolkit;

import org.cpdkit.core.toolkit.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryStatus;
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
  void everyParticipantGetsTwoValidDraftEntries() {
    PropertyCheck.forAll("draft entries", CpdGenerators.toolkitRuns(), run -> {
      for (ToolkitParticipant p : run.participants()) {
        String id = p.participant().id();
        List<CpdEntry> drafts = run.draftEntries(id);
        assertThat(drafts).hasSize(2).allSatisfy(e -> {
          assertThat(e.status()).isEqualTo(EntryStatus.DRAFT);
          assertThat(e.standards()).isEqualTo(run.toolkit().standards());
        });
        CpdEntry module = drafts.get(0);
        CpdEntry caseStudy = drafts.get(1);
        assertThat(module.id()).isNotEqualTo(caseStudy.id());
        assertThat(module.date()).isEqualTo(p.moduleCompletedOn().orElse(run.moduleDeadline()));
        assertThat(module.isPeerReflection()).isFalse();
        assertThat(caseStudy.date()).isEqualTo(run.caseStudyDate());
        assertThat(caseStudy.peerReflection()).hasValueSatisfying(
            pr -> assertThat(pr.peerRoles()).isNotEmpty().contains(run.facilitator().role()).doesNotHaveDuplicates());
      }
    });
  }

  @Test
  void draftEntryIdsDifferBetweenParticipants() {
    PropertyCheck.forAll("distinct draft ids", CpdGenerators.toolkitRuns(), run -> {
      List<String> ids = run.participants().stream()
          .flatMap(p -> run.draftEntries(p.participant().id()).stream())
          .map(CpdEntry::id)
          .toList();
      assertThat(ids).doesNotHaveDuplicates();
    });
  }

  @Test
  void draftEntriesStayValidForTheLongestTitles() {
    PropertyCheck.forAll("long titles", CpdGenerators.toolkitRuns().filter(r -> !r.participants().isEmpty()), run -> {
      ToolkitRun longTitle = run.withToolkit(run.toolkit().withTitle("t".repeat(org.cpdkit.core.Limits.MAX_LABEL_LENGTH)));
      for (CpdEntry e : longTitle.draftEntries(run.participants().get(0).participant().id())) {
        assertThat(e.title()).hasSizeLessThanOrEqualTo(org.cpdkit.core.Limits.MAX_LABEL_LENGTH);
      }
    });
  }

  @Test
  void anUnknownParticipantHasNoDrafts() {
    PropertyCheck.forAll("unknown participant", CpdGenerators.toolkitRuns(),
        run -> assertThatThrownBy(() -> run.draftEntries("not-in-the-run-" + run.participants().size()))
            .isInstanceOf(IllegalArgumentException.class));
  }
}
