package org.cpdkit.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.cpdkit.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class PeerReflectionSessionTest {

  private PeerReflectionSession.Builder session() {
    return PeerReflectionSession.builder()
        .id("s1")
        .title("Team reflection")
        .format(SessionFormat.PRACTICE_LEARNING_CIRCLE)
        .date(LocalDate.of(2026, 6, 3))
        .duration(Duration.ofMinutes(90))
        .facilitator(Participant.of("f1", "advanced practitioner"))
        .addParticipants(Participant.of("a", "social worker"), Participant.of("b", "social worker"))
        .addPrompt(PromptLibrary.byId("swe.values").orElseThrow());
  }

  @Test
  void attendeesIncludeTheFacilitator() {
    assertThat(session().build().attendeeIds()).containsExactly("f1", "a", "b");
  }

  @Test
  void rejectsDuplicateParticipantsAndZeroDuration() {
    assertThatThrownBy(() -> session().addParticipant(Participant.of("a", "manager")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("PeerReflectionSession.participants:");
    assertThatThrownBy(() -> session().duration(Duration.ZERO).build())
        .hasMessage("PeerReflectionSession.duration: must be longer than zero");
  }

  @Test
  void promptLibraryHasFiveMappedPrompts() {
    assertThat(PromptLibrary.builtIn()).hasSize(5);
    assertThat(PromptLibrary.builtIn()).allSatisfy(p -> assertThat(p.standards()).isNotEmpty());
  }

  @Test
  void participantsAreIdsAndRoles() {
    assertThatThrownBy(() -> Participant.of("has space", "x"))
        .hasMessageStartingWith("Participant.id:");
    assertThatThrownBy(() -> Participant.of("ok", " "))
        .hasMessage("Participant.role: must not be blank");
  }

  @Test
  void peerFeedbackSaysWhoGaveWhichToWhom() {
    PeerFeedback toA = PeerFeedback.builder().kind(FeedbackKind.FEEDFORWARD).giverId("b").receiverId("a")
        .text("Try the genogram next time.").build();
    PeerFeedback toB = PeerFeedback.builder().kind(FeedbackKind.FEEDBACK).giverId("f1").receiverId("b")
        .text("Clear summary.").build();
    PeerReflectionSession s = session().addPeerFeedback(toA, toB).build();
    assertThat(s.peerFeedbackTo("a")).containsExactly(toA);
    assertThat(s.peerFeedbackTo("f1")).isEmpty();
    assertThat(toA.toString()).doesNotContain("genogram");
  }

  @Test
  void peerFeedbackIsBetweenTwoAttendees() {
    assertThatThrownBy(() -> session().addPeerFeedback(PeerFeedback.builder().kind(FeedbackKind.FEEDBACK)
            .giverId("zz").receiverId("a").text("Well done.").build()).build())
        .hasMessage("PeerReflectionSession.peerFeedback: names a participant who did not attend");
    assertThatThrownBy(() -> PeerFeedback.builder().kind(FeedbackKind.FEEDBACK)
            .giverId("a").receiverId("a").text("Well done.").build())
        .hasMessage("PeerFeedback.receiverId: must not be the giver");
  }

  @Test
  void theLibraryHasAnAppreciativeLineAndReflectiveAndReflexivePrompts() {
    assertThat(PromptLibrary.appreciative()).extracting(Prompt::id)
        .containsExactly("circle.success", "circle.what-made-it-work", "circle.repeat", "circle.feedback");
    assertThat(PromptLibrary.byId("practice.reflexive")).contains(PromptLibrary.reflexive());
    assertThat(PromptLibrary.reflective()).isNotEqualTo(PromptLibrary.reflexive());
    assertThat(PromptLibrary.all()).hasSize(11).containsAll(PromptLibrary.builtIn());
    assertThat(PromptLibrary.all()).allSatisfy(p -> assertThat(p.standards()).isNotEmpty());
  }

  @Test
  void successesBelongToALearningCircleAndItsAttendees() {
    LearningCircleSuccess ok = LearningCircleSuccess.builder().presenterId("a").success("A plan that worked.").build();
    assertThat(session().addSuccess(ok).build().successes()).containsExactly(ok);
    assertThatThrownBy(() -> session().format(SessionFormat.GROUP_SUPERVISION).addSuccess(ok).build())
        .hasMessage("PeerReflectionSession.successes: are recorded only for a practice learning circle");
    assertThatThrownBy(() -> session().addSuccess(ok.withPresenterId("zz")).build())
        .hasMessage("PeerReflectionSession.successes: names a presenter who did not attend");
  }
}
