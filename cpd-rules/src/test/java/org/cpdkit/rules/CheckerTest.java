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
  void ruleOutcomesAreListedByRuleIdInEveryReport() {
    Checker<String> checker = Checker.of(RuleSet.of(
            rule("test.c", Severity.INFO), THROWING, rule("test.a", Severity.ERROR, "/a"), rule("test.b", Severity.INFO)))
        .disabling("test.c");
    for (int i = 0; i < 2; i++) {
      assertThat(checker.check("x", LocalDate.of(2026, 1, 1)).rules()).containsExactly(
          RuleOutcome.of("test.a", Severity.ERROR, true, 1, false),
          RuleOutcome.of("test.b", Severity.INFO, true, 0, false),
          RuleOutcome.of("test.c", Severity.INFO, false, 0, false),
          RuleOutcome.of("test.throws", Severity.ERROR, true, 1, true));
    }
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

  @Test
  void theAtRiskWindowIsCarriedByTheCheckIntoEachReport() {
    // 23 days to the deadline of 30 November 2026, with no CPD recorded: not yet compliant.
    org.cpdkit.core.portfolio.Portfolio empty = Fixtures.swe();
    RulePack pack = RulePacks.get("swe-2026");
    Report standard = pack.checker().check(empty, Fixtures.AS_OF);
    assertThat(standard.atRiskDays()).isEqualTo(Outcome.DEFAULT_AT_RISK_DAYS);
    assertThat(standard.outcome()).isEqualTo(Outcome.AT_RISK);
    Report wider = pack.checker().atRiskWithin(23).check(empty, Fixtures.AS_OF);
    assertThat(wider.atRiskDays()).isEqualTo(23);
    assertThat(wider.outcome()).isEqualTo(Outcome.AT_RISK);
    Report narrower = pack.checker().atRiskWithin(22).check(empty, Fixtures.AS_OF);
    assertThat(narrower.outcome()).isEqualTo(Outcome.ON_TRACK);
    assertThat(narrower.outcomeWords()).isEqualTo("not yet compliant: on track, 23 days left");
    assertThat(narrower.summary()).startsWith("Not yet compliant with swe-2026 as of 7 November 2026: on track, 23 days");
    // Other copies keep the window.
    assertThat(pack.checker().atRiskWithin(22).disabling("registration.spread").atRiskDays()).isEqualTo(22);
    assertThatThrownBy(() -> pack.checker().atRiskWithin(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("atRiskWithin");
    org.cpdkit.rules.registration.RegistrationPack registration = (org.cpdkit.rules.registration.RegistrationPack) pack;
    Report inTeam = org.cpdkit.rules.team.TeamCheck.of(registration).atRiskWithin(22).tally(Fixtures.AS_OF).add(empty);
    assertThat(inTeam.atRiskDays()).isEqualTo(22);
    assertThat(inTeam.outcome()).isEqualTo(Outcome.ON_TRACK);
  }
}
