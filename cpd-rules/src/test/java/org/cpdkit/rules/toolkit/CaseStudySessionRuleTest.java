package org.cpdkit.rules.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.toolkit.CaseStudyDurationRuleTest.CASE_STUDY;
import static org.cpdkit.rules.toolkit.CaseStudyDurationRuleTest.done;
import static org.cpdkit.rules.toolkit.CaseStudyDurationRuleTest.run;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.session.Participant;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.session.SessionFormat;
import org.cpdkit.core.toolkit.ToolkitRun;
import org.cpdkit.rules.Checker;
import org.cpdkit.rules.Fixtures;
import org.cpdkit.rules.RuleSet;
import org.junit.jupiter.api.Test;

class CaseStudySessionRuleTest {
  private static final String ID = "toolkit.case-study-session";

  private static PeerReflectionSession.Builder session() {
    return PeerReflectionSession.builder().id("s1").title("Toolkit case study: neglect")
        .format(SessionFormat.TOOLKIT_CASE_STUDY).date(CASE_STUDY).duration(Duration.ofMinutes(75))
        .facilitator(Participant.of("m1", "team manager"))
        .addParticipants(Participant.of("p1", "social worker"), Participant.of("p2", "social worker"));
  }

  private static List<String> check(ToolkitRun r, PeerReflectionSession... sessions) {
    RuleSet<ToolkitRun> rules = ToolkitRules.withSessions(List.of(sessions));
    return Fixtures.lines(Checker.of(RuleSet.of(rules.rule(ID).orElseThrow())).check(r, LocalDate.of(2026, 3, 20)));
  }

  @Test
  void reportsAnAttendeeMissingFromTheSessionAndAnAbsenteeInIt() {
    ToolkitRun r = run().caseStudySessionId("s1")
        .participants(List.of(done("p1").build(), done("p2").attendedCaseStudy(false).caseStudyReflectionEntryId(
            java.util.Optional.empty()).build(), done("p3").build()))
        .build();
    assertThat(check(r, session().build())).containsExactly(
        ID + "|ERROR|/participants/1/attendedCaseStudy",
        ID + "|ERROR|/participants/2/attendedCaseStudy");
  }

  @Test
  void reportsASessionOnAnotherDayAndAnUnknownSession() {
    ToolkitRun r = run().caseStudySessionId("s1").build();
    assertThat(check(r, session().date(CASE_STUDY.plusDays(1)).build())).containsExactly(ID + "|ERROR|/caseStudyDate");
    assertThat(check(r, session().id("other").build())).containsExactly(ID + "|ERROR|/caseStudySessionId");
  }

  @Test
  void staysSilentWhenTheyAgreeOrNoSessionIsNamed() {
    assertThat(check(run().caseStudySessionId("s1").build(), session().build())).isEmpty();
    assertThat(check(run().build(), session().build())).isEmpty();
    assertThat(ToolkitRules.standard().rule(ID)).isEmpty();
  }
}
