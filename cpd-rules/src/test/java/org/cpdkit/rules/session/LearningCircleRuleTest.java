package org.cpdkit.rules.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.session.FeedbackKind;
import org.cpdkit.core.session.LearningCircleSuccess;
import org.cpdkit.core.session.PeerFeedback;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.session.PromptLibrary;
import org.cpdkit.core.session.SessionFormat;
import org.cpdkit.rules.Checker;
import org.cpdkit.rules.Fixtures;
import org.cpdkit.rules.RuleSet;
import org.junit.jupiter.api.Test;

class LearningCircleRuleTest {
  private static final String ID = "session.learning-circle";

  static PeerReflectionSession.Builder circle() {
    return NotesRuleTest.session()
        .format(SessionFormat.PRACTICE_LEARNING_CIRCLE)
        .prompts(PromptLibrary.appreciative());
  }

  static LearningCircleSuccess.Builder success() {
    return LearningCircleSuccess.builder()
        .presenterId("p1")
        .success("A family agreed to a plan they wrote themselves.")
        .whatMadeItWork("Time, and asking what they already did well.")
        .howToRepeatIt("Start every plan with the family's own words.");
  }

  static PeerFeedback feedbackTo(String id) {
    return PeerFeedback.builder().kind(FeedbackKind.FEEDBACK).giverId("p2").receiverId(id)
        .text("You made the family the authors.").build();
  }

  static List<String> run(PeerReflectionSession s) {
    return Fixtures.lines(Checker.of(RuleSet.of(SessionRules.standard().rule(ID).orElseThrow()))
        .check(s, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void reportsACircleWithNoSuccess() {
    assertThat(run(circle().build())).containsExactly(ID + "|WARNING|/successes");
  }

  @Test
  void reportsEachMissingPartOfASuccess() {
    PeerReflectionSession s = circle().addSuccess(success().whatMadeItWork("").howToRepeatIt(" ").build()).build();
    assertThat(run(s)).containsExactlyInAnyOrder(
        ID + "|WARNING|/successes/0/whatMadeItWork",
        ID + "|WARNING|/successes/0/howToRepeatIt",
        ID + "|WARNING|/successes/0");
  }

  @Test
  void staysSilentForACompleteCircle() {
    assertThat(run(circle().addSuccess(success().build()).addPeerFeedback(feedbackTo("p1")).build())).isEmpty();
  }

  @Test
  void staysSilentForOtherFormats() {
    assertThat(run(NotesRuleTest.session().build())).isEmpty();
  }
}
