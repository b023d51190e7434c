package org.cpdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CheckerTest {

  private static Rule<String> rule(String id, Severity severity, String... locations) {
    RuleDescription d = RuleDescription.of(id, severity, "Test rule " + id + ".", "For tests.");
    return new Rule<>() {
      @Override
      public RuleDescription description() {
        return d;
      }

      @Override
      public void check(String subject, RuleContext context) {
        for (String at : locations) {
          context.report(at, "Found at " + at + ".");
        }
      }
    };
  }

  private static final Rule<String> THROWING = new Rule<>() {
    @Override
    public RuleDescription description() {
      return RuleDescription.of("test.throws", Severity.INFO, "Always fails.", "For tests.");
    }

    @Override
    public void check(String subject, RuleContext context) {
      context.report("/a", "partial");
      throw new IllegalStateException("secret personal text " + subject);
    }
  };

  @Test
  void findingsAreStampedWithRuleIdAndSeverityAndSortedByLocation() {
    Checker<String> checker = Checker.of(RuleSet.of(
        rule("test.b", Severity.WARNING, "/entries/10", "/entries/2"),
        rule("test.a", Severity.ERROR, "/entries/2/whatIDid", "")));
    Report report = checker.check("x", LocalDate.of(2026, 1, 1));
    assertThat(Fixtures.lines(report)).containsExactly(
        "test.a|ERROR|", "test.b|WARNING|/entries/2", "test.a|ERROR|/entries/2/whatIDid", "test.b|WARNING|/entries/10");
    assertThat(report.isCompliant()).isFalse();
  }

  @Test
  void severityCanBeOverriddenAndRulesDisabledButStayVisible() {
    Checker<String> checker = Checker.of(RuleSet.of(
            rule("test.a", Severity.ERROR, "/a"), rule("test.b", Severity.ERROR, "/b")))
        .withSeverity("test.a", Severity.WARNING)
        .disabling("test.b");
    Report report = checker.check("x", LocalDate.of(2026, 1, 1));
    assertThat(Fixtures.lines(report)).containsExactly("test.a|WARNING|/a");
    assertThat(report.isCompliant()).isTrue();
    assertThat(report.rules()).containsExactly(
        RuleOutcome.of("test.a", Severity.WARNING, true, 1, false),
        RuleOutcome.of("test.b", Severity.ERROR, false, 0, false));
  }

  @Test
  void unknownRuleIdsInSettingsAreRejected() {
    Checker<String> checker = Checker.of(RuleSet.of(rule("test.a", Severity.ERROR)));
    assertThatThrownBy(() -> checker.disabling("test.nope")).hasMessageContaining("test.nope");
    assertThatThrownBy(() -> checker.withSeverity("test.nope", Severity.INFO)).hasMessageContaining("test.nope");
  }

  @Test
  void aThrowingRuleBecomesAnErrorFindingNamingItAndNeverEchoesTheRecord() {
    Report report = Checker.of(RuleSet.of(THROWING, rule("test.a", Severity.INFO, "/a")))
        .check("Tyler", LocalDate.of(2026, 1, 1));
    assertThat(Fixtures.lines(report)).containsExactly("test.throws|ERROR|", "test.a|INFO|/a");
    assertThat(report.findingsOf("test.throws").get(0).message()).doesNotContain("Tyler").contains("test.throws");
    assertThat(report.rules()).contains(RuleOutcome.of("test.throws", Severity.ERROR, true, 1, true));
    assertThat(report.isCompliant()).isFalse();
  }

  @Test
  void theClockGivesTheAsOfDateInItsZone() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-29T23:30:00Z"), ZoneId.of("Europe/London"));
    Report report = Checker.of(RuleSet.of(rule("test.a", Severity.INFO))).withClock(clock).check("x");
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2026, 11, 29));
  }

  @Test
  void theOrderOfRulesDoesNotChangeTheReport() {
    Rule<String> a = rule("test.a", Severity.ERROR, "/x", "/y/1");
    Rule<String> b = rule("test.b", Severity.WARNING, "/x", "/y/0");
    LocalDate day = LocalDate.of(2026, 1, 1);
    assertThat(Checker.of(RuleSet.of(a, b)).check("s", day)).isEqualTo(Checker.of(RuleSet.of(b, a)).check("s", day));
  }
}
