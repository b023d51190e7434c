package org.cpdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.cpdkit.core.entry.ReflectionModel;
import org.cpdkit.core.entry.StructuredReflection;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.session.Participant;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.session.SessionFormat;
import org.junit.jupiter.api.Test;

class TextFieldsTest {

  @Test
  void everyFreeTextFieldOfAPortfolioHasItsPointer() {
    Portfolio p = Fixtures.swe(
        Fixtures.entry("a", LocalDate.of(2026, 1, 5)).build(),
        Fixtures.peerEntry("b", LocalDate.of(2026, 2, 5))
            .structuredReflection(StructuredReflection.builder().model(ReflectionModel.GIBBS)
                .putSection("analysis", "Why it went well").putSection("description", "What happened").build())
            .addTag("toolkit")
            .build());
    assertThat(TextFields.of(p)).extracting(TextField::pointer).containsExactly(
        "/entries/0/title", "/entries/0/whatIDid", "/entries/0/whatILearned", "/entries/0/impactOnPractice",
        "/entries/1/title", "/entries/1/whatIDid", "/entries/1/whatILearned", "/entries/1/impactOnPractice",
        "/entries/1/peerReflection/peerRoles/0", "/entries/1/peerReflection/whatILearnedFromPeers",
        "/entries/1/structuredReflection/sections/description", "/entries/1/structuredReflection/sections/analysis",
        "/entries/1/tags/0");
  }

  @Test
  void sessionNotesFeedbackAndFeedforwardAreWalked() {
    PeerReflectionSession s = PeerReflectionSession.builder()
        .id("s1").title("Team reflection").format(SessionFormat.PEER_DISCUSSION)
        .date(LocalDate.of(2026, 3, 1)).duration(Duration.ofMinutes(60))
        .addParticipant(Participant.of("p1", "social worker"))
        .notes("Notes").addFeedback("Good", "Clear").addFeedforward("Try more")
        .build();
    assertThat(TextFields.of(s)).extracting(TextField::pointer).containsExactly(
        "/title", "/participants/0/role", "/notes", "/feedback/0", "/feedback/1", "/feedforward/0");
  }

  @Test
  void textIsRedactedFromToString() {
    assertThat(TextField.of("/notes", "Tyler's mum").toString()).doesNotContain("Tyler");
  }
}
