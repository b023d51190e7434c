package org.cpdkit.rules.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.cpdkit.core.session.Participant;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.session.PromptLibrary;
import org.cpdkit.core.session.SessionFormat;
import org.cpdkit.core.session.SurveyResult;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.toolkit.Toolkit;
import org.cpdkit.core.toolkit.ToolkitParticipant;
import org.cpdkit.core.toolkit.ToolkitRun;
import org.junit.jupiter.api.Test;

class LearningCultureTest {
  private static final String EAST = "Children's services east";

  static PeerReflectionSession session(String id, String team, LocalDate date, String promptId, String... people) {
    PeerReflectionSession.Builder b = PeerReflectionSession.builder().id(id).title("Team reflection")
        .format(SessionFormat.GROUP_SUPERVISION).date(date).duration(Duration.ofMinutes(60)).team(team)
        .facilitator(Participant.of("m1", "team manager"))
        .addPrompt(PromptLibrary.byId(promptId).orElseThrow());
    for (String p : people) {
      b.addParticipant(Participant.of(p, "social worker"));
    }
    return b.build();
  }

  static ToolkitRun run(String sessionId) {
    Toolkit t = Toolkit.builder().id("toolkit-neglect").title("Neglect").theme("Neglect").moduleTitle("L1")
        .caseStudyTitle("L2").addStandards(StandardCode.of("4.3"), StandardCode.of("4.4")).build();
    return ToolkitRun.builder().id("run-1").toolkit(t).facilitator(Participant.of("m1", "team manager"))
        .moduleDeadline(LocalDate.of(2026, 3, 1)).caseStudyDate(LocalDate.of(2026, 3, 10)).caseStudySessionId(sessionId)
        .addParticipants(
            ToolkitParticipant.builder().participant(Participant.of("a", "social worker"))
                .moduleCompletedOn(LocalDate.of(2026, 2, 20)).attendedCaseStudy(true).build(),
            ToolkitParticipant.builder().participant(Participant.of("z", "social worker")).build())
        .build();
  }

  @Test
  void summarisesSessionsRunsAndSurveyByTeamAndMonth() {
    LearningCulture c = LearningCulture.of(
        List.of(
            session("s1", EAST, LocalDate.of(2026, 3, 10), "swe.research", "a", "b"),
            session("s2", EAST, LocalDate.of(2026, 3, 24), "swe.values", "a", "c"),
            session("s3", "Fostering", LocalDate.of(2026, 4, 2), "swe.research", "d")),
        List.of(run("s1")),
        List.of(
            SurveyResult.builder().statement("The training here helps me meet my CPD needs").team(EAST)
                .date(LocalDate.of(2026, 6, 30)).respondents(10).agreeing(6).build(),
            SurveyResult.builder().statement("The training here helps me meet my CPD needs").team(EAST)
                .date(LocalDate.of(2026, 12, 15)).respondents(10).agreeing(8).build()));
    assertThat(c.months()).containsExactly(
        TeamMonth.builder().team(EAST).month(YearMonth.of(2026, 3)).sessions(2).attendances(6).build(),
        TeamMonth.builder().team("Fostering").month(YearMonth.of(2026, 4)).sessions(1).attendances(2).build());
    assertThat(c.sessions()).isEqualTo(3);
    assertThat(c.attendances()).isEqualTo(8);
    assertThat(c.prompts()).isEqualTo(Map.of("swe.research", 2, "swe.values", 1));
    // s1 and its run are one occasion: 4.3 (research) and 4.4 (toolkit) once; 4.5 in all three sessions
    assertThat(c.standards()).containsEntry(StandardCode.of("4.3"), 2).containsEntry(StandardCode.of("4.4"), 1)
        .containsEntry(StandardCode.of("4.5"), 3).containsEntry(StandardCode.of("4.8"), 1);
    assertThat(c.toolkitRuns()).isEqualTo(1);
    assertThat(c.moduleCompletions()).isEqualTo(1);
    assertThat(c.caseStudyAttendances()).isEqualTo(1);
    assertThat(c.peerReflectionParticipants()).isEqualTo(5);
    assertThat(c.survey()).singleElement().satisfies(a -> {
      assertThat(a.respondents()).isEqualTo(20);
      assertThat(a.agreeing()).isEqualTo(14);
      assertThat(a.share()).isEqualTo(0.7);
      assertThat(a.team()).contains(EAST);
    });
  }

  @Test
  void aRunWithoutItsSessionCountsAsAnOccasionOfItsOwn() {
    LearningCulture c = LearningCulture.of(List.of(), List.of(run("elsewhere")), List.of());
    assertThat(c.months()).isEmpty();
    assertThat(c.standards()).isEqualTo(Map.of(StandardCode.of("4.3"), 1, StandardCode.of("4.4"), 1));
    assertThat(c.peerReflectionParticipants()).isEqualTo(1);
  }
}
