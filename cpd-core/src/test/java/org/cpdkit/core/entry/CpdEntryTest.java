package org.cpdkit.core.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.standard.StandardCode;
import org.junit.jupiter.api.Test;

class CpdEntryTest {

  private static CpdEntry.Builder valid() {
    return CpdEntry.builder()
        .id("e1")
        .title("Trauma-informed practice course")
        .activityType(ActivityType.COURSE)
        .date(LocalDate.of(2026, 3, 4))
        .whatIDid("Attended a one-day course.")
        .whatILearned("How trauma shapes behaviour.")
        .impactOnPractice("I plan visits differently.")
        .addStandard(StandardCode.of("4.3"));
  }

  @Test
  void buildsWithDefaults() {
    CpdEntry e = valid().build();
    assertThat(e.status()).isEqualTo(EntryStatus.SUBMITTED);
    assertThat(e.isPeerReflection()).isFalse();
    assertThat(e.participatory()).isFalse();
    assertThat(e.completedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
  }

  @Test
  void aPeerReflectionIsParticipatoryByDefault() {
    CpdEntry e =
        valid().peerReflection(PeerReflection.builder().addPeerRole("team manager").build()).build();
    assertThat(e.isPeerReflection()).isTrue();
    assertThat(e.participatory()).isTrue();
  }

  @Test
  void copiesKeepInvariants() {
    CpdEntry e = valid().build();
    assertThat(e.withTitle("Another")).isNotEqualTo(e);
    assertThatThrownBy(() -> e.withTitle(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("CpdEntry.title: must not be blank");
    assertThatThrownBy(() -> e.withEndDate(LocalDate.of(2026, 3, 3)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("CpdEntry.endDate: must not be before date");
    assertThatThrownBy(() -> e.withTimeSpent(Duration.ofMinutes(-5)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("CpdEntry.timeSpent: must not be negative");
  }

  @Test
  void incompleteEntriesCanBeHeld() {
    CpdEntry e =
        CpdEntry.builder()
            .id("draft-1")
            .title("Reading")
            .activityType(ActivityType.READING)
            .date(LocalDate.of(2026, 1, 1))
            .status(EntryStatus.DRAFT)
            .build();
    assertThat(e.whatILearned()).isEmpty();
    assertThat(e.standards()).isEmpty();
  }

  @Test
  void freeTextNeverReachesToString() {
    CpdEntry e = valid().whatILearned("secret reflection").build();
    assertThat(e.toString()).doesNotContain("secret reflection");
  }

  @Test
  void rejectsDuplicateStandardsAndTags() {
    assertThatThrownBy(() -> valid().addStandard(StandardCode.of("4.3")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("CpdEntry.standards:");
    assertThatThrownBy(() -> valid().addTag("a").addTag("a").build())
        .hasMessageStartingWith("CpdEntry.tags:");
  }

  @Test
  void structuredReflectionSectionsBelongToTheModel() {
    StructuredReflection ok =
        StructuredReflection.builder()
            .model(ReflectionModel.DRISCOLL)
            .putSection("what", "a")
            .putSection("so-what", "b")
            .putSection("now-what", "c")
            .build();
    assertThat(ok.isComplete()).isTrue();
    assertThatThrownBy(
            () ->
                StructuredReflection.builder()
                    .model(ReflectionModel.GIBBS)
                    .putSection("so-what", "b")
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("StructuredReflection.sections:");
  }

  @Test
  void extensionKeysMustStartWithX() {
    assertThat(valid().putExtension("x-la-team", "\"north\"").build().extensions())
        .containsEntry("x-la-team", "\"north\"");
    assertThatThrownBy(() -> valid().putExtension("team", "\"north\"").build())
        .hasMessageStartingWith("CpdEntry.extensions:");
  }

  @Test
  void codesRoundTrip() {
    for (ActivityType t : ActivityType.values()) {
      assertThat(ActivityType.fromCode(t.code())).isEqualTo(t);
    }
    assertThat(ActivityType.PEER_REFLECTION.code()).isEqualTo("peer-reflection");
    assertThatThrownBy(() -> ActivityType.fromCode("nap"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ActivityType: unknown code");
  }
}
