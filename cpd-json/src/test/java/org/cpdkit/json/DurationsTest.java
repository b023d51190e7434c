package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written duration reader accepts exactly what the published pattern describes. */
class DurationsTest {
  private static final Pattern PATTERN = Pattern.compile(Durations.REGEX);

  @Test
  void agreesWithThePublishedPatternAndWithDurationParse() {
    String alphabet = "PTDHMS.0123456789-W";
    SplittableRandom random = new SplittableRandom(7);
    int accepted = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder(random.nextInt(3) == 0 ? "" : "P");
      int n = random.nextInt(12);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      boolean matches = PATTERN.matcher(s).matches();
      Duration d = Durations.parse(s);
      assertThat(d != null).as(s).isEqualTo(matches);
      if (matches) {
        accepted++;
        assertThat(d).as(s).isEqualTo(Duration.parse(s));
      }
    }
    assertThat(accepted).isGreaterThan(100);
  }

  @Test
  void readsTheUsualForms() {
    assertThat(Durations.parse("PT1H30M")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Durations.parse("P1DT2H")).isEqualTo(Duration.ofHours(26));
    assertThat(Durations.parse("PT0.5S")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse("P2D")).isEqualTo(Duration.ofDays(2));
    assertThat(Durations.parse("PT")).isNull();
    assertThat(Durations.parse("P1DT")).isNull();
    assertThat(Durations.parse("-PT1H")).isNull();
    assertThat(Durations.parse("P2W")).isNull();
  }
}
