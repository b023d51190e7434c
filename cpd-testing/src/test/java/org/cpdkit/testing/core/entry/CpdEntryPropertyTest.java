package org.cpdkit.testing.core.entry;

import org.cpdkit.core.entry.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.api.Test;

class CpdEntryPropertyTest {

  @Test
  void copiesBuildAndEqualTheOriginal() {
    PropertyCheck.forAll("entry copies", CpdGenerators.cpdEntries(), e -> {
      CpdEntry rebuilt = CpdEntry.builder().from(e).build();
      assertThat(rebuilt).isEqualTo(e).hasSameHashCodeAs(e);
      assertThat(e.withTitle(e.title())).isEqualTo(e);
      CpdEntry retitled = e.withTitle("Another title");
      assertThat(retitled.title()).isEqualTo("Another title");
      assertThat(retitled.withTitle(e.title())).isEqualTo(e);
      assertThat(e.withStatus(EntryStatus.DRAFT).isSubmitted()).isFalse();
    });
  }

  @Test
  void derivedViewsAgreeWithTheFields() {
    PropertyCheck.forAll("entry views", CpdGenerators.cpdEntries(), e -> {
      assertThat(e.completedOn()).isAfterOrEqualTo(e.date());
      assertThat(e.isPeerReflection()).isEqualTo(e.peerReflection().isPresent());
      assertThat(e.isSubmitted()).isEqualTo(e.status() == EntryStatus.SUBMITTED);
      assertThat(e.standards()).doesNotHaveDuplicates();
    });
  }

  @Test
  void toStringRedactsFreeText() {
    PropertyCheck.forAll("entry toString", CpdGenerators.cpdEntries().filter(e -> e.impactOnPractice().length() > 20), e -> {
      assertThat(e.toString()).doesNotContain(e.impactOnPractice()).doesNotContain(e.whatILearned().isEmpty() ? "\u0000" : e.whatILearned());
    });
  }

  @Test
  void peerAndStructuredReflectionsCopyAndReportCompleteness() {
    PropertyCheck.forAll("peer reflection copies", CpdGenerators.peerReflections(), p -> {
      assertThat(PeerReflection.builder().from(p).build()).isEqualTo(p).hasSameHashCodeAs(p);
      assertThat(p.peerRoles()).isNotEmpty();
    });
    PropertyCheck.forAll("structured reflections", CpdGenerators.structuredReflections(), s -> {
      assertThat(StructuredReflection.builder().from(s).build()).isEqualTo(s).hasSameHashCodeAs(s);
      assertThat(s.model().sections()).containsAll(s.sections().keySet());
      boolean complete = s.model().sections().stream()
          .allMatch(k -> s.sections().containsKey(k) && !s.sections().get(k).isBlank());
      assertThat(s.isComplete()).isEqualTo(complete);
    });
    PropertyCheck.forAll("evidence copies", CpdGenerators.evidenceReferences(),
        v -> assertThat(EvidenceReference.builder().from(v).build()).isEqualTo(v).hasSameHashCodeAs(v));
  }

  @Test
  void codesRoundTrip() {
    for (ActivityType t : ActivityType.values()) {
      assertThat(ActivityType.fromCode(t.code())).isEqualTo(t);
    }
    for (ReflectionModel m : ReflectionModel.values()) {
      assertThat(ReflectionModel.fromCode(m.code())).isEqualTo(m);
    }
  }
}
