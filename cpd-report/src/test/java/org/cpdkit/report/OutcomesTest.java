package org.cpdkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalLong;
import org.cpdkit.rules.Finding;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.Severity;
import org.junit.jupiter.api.Test;

class OutcomesTest {

  static final Report COMPLIANT = Report.builder().asOf(LocalDate.of(2026, 11, 7)).build();
  static final Report NOT = Report.builder().asOf(LocalDate.of(2026, 11, 7))
      .addFindings(Finding.builder().ruleId("registration.minimum-entries").severity(Severity.ERROR)
          .location("/entries").message("m").build())
      .build();

  @Test
  void compliantWhateverTheDays() {
    assertThat(Outcomes.outcome(COMPLIANT, OptionalLong.of(-5), 30)).isEqualTo(Outcome.COMPLIANT);
    assertThat(Outcomes.outcome(COMPLIANT, OptionalLong.empty(), 30)).isEqualTo(Outcome.COMPLIANT);
  }

  @Test
  void theAtRiskWindowIncludesItsLastDayAndTheDeadline() {
    assertThat(Outcomes.outcome(NOT, OptionalLong.of(31), 30)).isEqualTo(Outcome.ON_TRACK);
    assertThat(Outcomes.outcome(NOT, OptionalLong.of(30), 30)).isEqualTo(Outcome.AT_RISK);
    assertThat(Outcomes.outcome(NOT, OptionalLong.of(0), 30)).isEqualTo(Outcome.AT_RISK);
    assertThat(Outcomes.outcome(NOT, OptionalLong.of(-1), 30)).isEqualTo(Outcome.NOT_COMPLIANT);
  }

  @Test
  void noDeadlineIsNotCompliant() {
    assertThat(Outcomes.outcome(NOT, OptionalLong.empty(), 30)).isEqualTo(Outcome.NOT_COMPLIANT);
  }

  @Test
  void entryIndexOfAPointer() {
    assertThat(Outcomes.entryIndex("/entries/12/whatIDid")).isEqualTo(12);
    assertThat(Outcomes.entryIndex("/entries/3")).isEqualTo(3);
    assertThat(Outcomes.entryIndex("/entries")).isEqualTo(-1);
    assertThat(Outcomes.entryIndex("/practitioner/registrationNumber")).isEqualTo(-1);
    assertThat(Outcomes.entryIndex("/entries/x/title")).isEqualTo(-1);
  }
}
