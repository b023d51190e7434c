package org.cpdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RequirementStatusDayTest {

  private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  @Test
  void daysAreWrittenAsThePatternWritesThem() {
    for (LocalDate d = LocalDate.of(1999, 12, 1); d.isBefore(LocalDate.of(2031, 2, 1)); d = d.plusDays(1)) {
      assertThat(RequirementStatus.day(d)).isEqualTo(PATTERN.format(d));
    }
    for (int year : new int[] {-5, 0, 1, 999, 1000, 9999, 10000, 123456}) {
      LocalDate d = LocalDate.of(year, 9, 7);
      assertThat(RequirementStatus.day(d)).as("year %s", year).isEqualTo(PATTERN.format(d));
    }
    assertThat(RequirementStatus.day(LocalDate.of(2026, 11, 30))).isEqualTo("30 November 2026");
  }

  @Test
  void deadlineWordsNameTheDay() {
    assertThat(RequirementStatus.deadlineWords(LocalDate.of(2026, 9, 3), 23))
        .isEqualTo("23 days to the deadline (3 September 2026)");
  }
}
