package org.cpdkit.rules.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.session.Participant;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.toolkit.Toolkit;
import org.cpdkit.core.toolkit.ToolkitParticipant;
import org.cpdkit.core.toolkit.ToolkitRun;
import org.cpdkit.rules.Checker;
import org.cpdkit.rules.Fixtures;
import org.cpdkit.rules.RuleSet;
import org.junit.jupiter.api.Test;

class CaseStudyDurationRuleTest {
  private static final String ID = "toolkit.case-study-duration";
  static final LocalDate DEADLINE = LocalDate.of(2026, 3, 1);
  static final LocalDate CASE_STUDY = LocalDate.of(2026, 3, 8);

  static ToolkitParticipant.Builder done(String id) {
    return ToolkitParticipant.builder().participant(Participant.of(id, "social worker"))
        .moduleCompletedOn(LocalDate.of(2026, 2, 20)).attendedCaseStudy(true)
        .moduleReflectionEntryId(id + ".module").caseStudyReflectionEntryId(id + ".case-study");
  }

  static ToolkitRun.Builder run() {
    return ToolkitRun.builder().id("run1")
        .toolkit(Toolkit.builder().id("neglect").title("Working with neglect").theme("Neglect")
            .moduleTitle("Understanding neglect").caseStudyTitle("The family at number 9")
            .addStandard(StandardCode.of("3.4")).build())
        .facilitator(Participant.of("m1", "team manager"))
        .moduleDeadline(DEADLINE).caseStudyDate(CASE_STUDY).caseStudyDuration(Duration.ofMinutes(75))
        .addParticipants(done("p1").build(), done("p2").build());
  }

  static List<String> check(ToolkitRun r, LocalDate asOf) {
    return Fixtures.lines(Checker.of(RuleSet.of(ToolkitRules.standard().rule(ID).orElseThrow())).check(r, asOf));
  }

  static List<String> check(ToolkitRun r) {
    return check(r, LocalDate.of(2026, 3, 20));
  }

  @Test
  void reportsACaseStudyShorterThanAnHour() {
    assertThat(check(run().caseStudyDuration(Duration.ofMinutes(45)).build())).containsExactly(ID + "|ERROR|/caseStudyDuration");
  }

  @Test
  void staysSilentForAnHourOrMore() {
    assertThat(check(run().caseStudyDuration(Duration.ofMinutes(60)).build())).isEmpty();
  }
}
