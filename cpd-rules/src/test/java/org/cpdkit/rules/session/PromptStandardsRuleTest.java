package org.cpdkit.rules.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.session.Participant;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.session.Prompt;
import org.cpdkit.core.session.PromptLibrary;
import org.cpdkit.core.session.SessionFormat;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.rules.Checker;
import org.cpdkit.rules.Fixtures;
import org.cpdkit.rules.RuleSet;
import org.junit.jupiter.api.Test;

class PromptStandardsRuleTest {
  private static final String ID = "session.prompt-standards";

  static PeerReflectionSession.Builder session() {
    return PeerReflectionSession.builder()
        .id("s1").title("Team reflection").format(SessionFormat.GROUP_SUPERVISION)
        .date(LocalDate.of(2026, 3, 1)).duration(Duration.ofMinutes(90))
        .facilitator(Participant.of("m1", "team manager"))
        .addParticipants(Participant.of("p1", "social worker"), Participant.of("p2", "senior social worker"))
        .addPrompt(PromptLibrary.byId("swe.research").orElseThrow())
        .notes("Discussed the research together.");
  }

  static List<String> run(PeerReflectionSession s) {
    return Fixtures.lines(Checker.of(RuleSet.of(SessionRules.standard().rule(ID).orElseThrow()))
        .check(s, LocalDate.of(2026, 3, 2)));
  }

  @Test
  void reportsAPromptMappedToAStandardThatDoesNotExist() {
    Prompt own = Prompt.builder().id("own").text("Talk about it.").addStandards(StandardCode.of("4.5"), StandardCode.of("9.9")).build();
    assertThat(run(session().addPrompt(own).build())).containsExactly(ID + "|ERROR|/prompts/1/standards/1");
  }

  @Test
  void staysSilentForTheBuiltInPrompts() {
    assertThat(run(session().prompts(PromptLibrary.builtIn()).build())).isEmpty();
  }
}
