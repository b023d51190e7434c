package org.cpdkit.rules.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.session.FeedbackKind;
import org.cpdkit.core.session.PeerFeedback;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.rules.Checker;
import org.cpdkit.rules.Fixtures;
import org.cpdkit.rules.RuleSet;
import org.junit.jupiter.api.Test;

class PeerFeedbackRuleTest {
  private static final String ID = "session.peer-feedback";

  static PeerFeedback said(FeedbackKind kind, String from, String to) {
    return PeerFeedback.builder().kind(kind).giverId(from).receiverId(to).text("You listened well.").build();
  }

  static List<String> run(PeerReflectionSession s) {
    return Fixtures.lines(Checker.of(RuleSet.of(SessionRules.standard().rule(ID).orElseThrow()))
        .check(s, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void reportsAParticipantWhoReceivedNothing() {
    PeerReflectionSession s = NotesRuleTest.session()
        .addPeerFeedback(said(FeedbackKind.FEEDBACK, "p1", "p2"))
        .build();
    assertThat(run(s)).containsExactly(ID + "|INFO|/participants/0");
  }

  @Test
  void staysSilentWhenEveryoneReceivedFeedbackOrFeedforward() {
    PeerReflectionSession s = NotesRuleTest.session()
        .addPeerFeedback(said(FeedbackKind.FEEDBACK, "p1", "p2"), said(FeedbackKind.FEEDFORWARD, "m1", "p1"))
        .build();
    assertThat(run(s)).isEmpty();
    assertThat(s.peerFeedbackTo("p1")).extracting(PeerFeedback::kind).containsExactly(FeedbackKind.FEEDFORWARD);
  }

  @Test
  void staysSilentWhenFeedbackIsNotAttributed() {
    assertThat(run(NotesRuleTest.session().addFeedback("Good session.").build())).isEmpty();
  }
}
