package org.cpdkit.rules.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.rules.Fixtures;
import org.cpdkit.rules.IdentifierRule;
import org.junit.jupiter.api.Test;

/** The default session checker scans notes, feedback and feedforward as entries are scanned. */
class SessionIdentifierRuleTest {
  private static final String ID = IdentifierRule.ID;

  static List<String> run(PeerReflectionSession s) {
    return Fixtures.lines(SessionRules.checker().check(s, LocalDate.of(2026, 3, 2))).stream()
        .filter(line -> line.startsWith(ID))
        .toList();
  }

  @Test
  void reportsANameAndAnAddressInTheNotes() {
    assertThat(run(NotesRuleTest.session().notes("Kasia Nowak at 14 Elm Road").build()))
        .containsExactly(ID + "|ERROR|/notes", ID + "|ERROR|/notes");
  }

  @Test
  void reportsFeedbackAndFeedforward() {
    assertThat(run(NotesRuleTest.session()
            .addFeedback("Good use of research; call Mrs Patel on 07700 900123 next week.")
            .addFeedforward("Share the plan with j.smith@example.org.")
            .build()))
        .contains(ID + "|ERROR|/feedback/0", ID + "|ERROR|/feedforward/0");
  }

  @Test
  void staysSilentOnAnonymisedNotes() {
    assertThat(run(NotesRuleTest.session()
            .notes("We discussed Child A and the mother's wish to move; the IRO joined.")
            .build()))
        .isEmpty();
  }
}
