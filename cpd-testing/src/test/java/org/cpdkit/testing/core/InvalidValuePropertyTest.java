package org.cpdkit.testing.core;

import org.cpdkit.core.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpdkit.testing.InvalidCase;
import org.cpdkit.testing.InvalidCases;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every construction invariant rejects what breaks it, naming the type and the field. */
class InvalidValuePropertyTest {

  @TestFactory
  Stream<DynamicTest> everyInvalidCaseIsRejectedNamingTypeAndField() {
    return InvalidCases.all().stream()
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> PropertyCheck.fromSystemProperties().withTries(50)
            .check(c.name(), c.attempts(), attempt -> {
              Throwable thrown = catchThrowable(attempt::build);
              assertThat(thrown).isInstanceOf(InvalidValueException.class);
              InvalidValueException e = (InvalidValueException) thrown;
              assertThat(e.type()).isEqualTo(c.type());
              assertThat(e.field()).isEqualTo(c.field());
            })));
  }

  @Test
  void everyDomainTypeHasInvalidCases() {
    Set<String> types = InvalidCases.all().stream().map(InvalidCase::type).collect(Collectors.toSet());
    assertThat(types).containsExactlyInAnyOrder(
        "StandardCode", "Standard", "StandardGroup", "StandardsFramework",
        "CpdEntry", "EntryOrigin", "EvidenceReference", "Attachment", "PeerReflection", "StructuredReflection",
        "Practitioner", "Portfolio", "RegistrationPeriod", "CpdReview",
        "Participant", "Prompt", "PeerReflectionSession", "PeerFeedback", "LearningCircleSuccess", "SurveyResult",
        "Toolkit", "ToolkitParticipant", "ToolkitRun",
        "PracticeHours", "FeedbackItem", "ReflectiveAccount", "SignOff", "Declaration", "LearningPlan", "Absence",
        "AuditProfile", "ProfileGap");
  }

  @Test
  void messagesNeverEchoFreeText() {
    PropertyCheck.forAll("messages never echo free text", InvalidCases.tooLongTexts(), text -> {
      Throwable thrown = catchThrowable(() -> org.cpdkit.core.entry.CpdEntry.builder()
          .id("e-1").title("Title").activityType(org.cpdkit.core.entry.ActivityType.READING)
          .date(java.time.LocalDate.of(2025, 1, 1)).impactOnPractice(text).build());
      assertThat(thrown).isInstanceOf(InvalidValueException.class);
      assertThat(thrown.getMessage()).doesNotContain(text.substring(0, 30)).hasSizeLessThan(200);
    });
  }
}
