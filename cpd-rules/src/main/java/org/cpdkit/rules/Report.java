package org.cpdkit.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of checking one record: whether it is compliant (no {@link Severity#ERROR}
 * findings), the findings in a deterministic order, a status per requirement in plain words, and
 * how each rule took part (disabled rules included). Holds no free text from the record.
 */
@Value.Immutable
public abstract class Report {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  Report() {}

  /**
   * The order findings are listed in: by location (numeric indexes by value), then severity,
   * rule id, span and message, so a report never depends on the order rules ran in.
   */
  public static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing(Finding::location, JsonPointer.ORDER)
          .thenComparing(Finding::severity)
          .thenComparing(Finding::ruleId)
          .thenComparingInt((Finding f) -> f.span().map(TextSpan::start).orElse(-1))
          .thenComparingInt((Finding f) -> f.span().map(TextSpan::end).orElse(-1))
          .thenComparing((Finding f) -> f.span().map(TextSpan::kind).orElse(""))
          .thenComparing(Finding::message)
          .thenComparing((Finding f) -> f.arguments().toString());

  /** The order requirement statuses are listed in: by {@link RequirementStatus#order()}, then rule id. */
  public static final Comparator<RequirementStatus> REQUIREMENT_ORDER =
      Comparator.comparingInt(RequirementStatus::order)
          .thenComparing(RequirementStatus::ruleId)
          .thenComparing(RequirementStatus::required);

  /** The rule pack the record was checked against, when it was one. */
  public abstract Optional<String> packId();

  /** The day the record was checked as of. */
  public abstract LocalDate asOf();

  /** The findings, in {@link #FINDING_ORDER}. */
  public abstract List<Finding> findings();

  /** The status per requirement, in {@link #REQUIREMENT_ORDER}. */
  public abstract List<RequirementStatus> requirements();

  /** Every rule of the rule set, by id, with whether it ran and what it found. */
  public abstract List<RuleOutcome> rules();

  /** The deadline of the period the record was checked against, when there is one. */
  public abstract Optional<LocalDate> deadline();

  /** Where each entry of the record stands, by index; empty for records without entries. */
  public abstract List<EntryResult> entries();

  /** Days from the as-of day to the deadline: 0 on the day, negative once it has passed. */
  public OptionalLong daysLeft() {
    return deadline().map(d -> OptionalLong.of(ChronoUnit.DAYS.between(asOf(), d))).orElse(OptionalLong.empty());
  }

  /**
   * The at-risk window the check was made with: not yet compliant with at most this many days
   * left is at risk. {@value Outcome#DEFAULT_AT_RISK_DAYS} days unless the checker was given
   * another ({@link Checker#atRiskWithin(int)}).
   */
  @Value.Default
  public int atRiskDays() {
    return Outcome.DEFAULT_AT_RISK_DAYS;
  }

  /** The outcome with the check's at-risk window, {@link #atRiskDays()}. */
  public Outcome outcome() {
    return outcome(atRiskDays());
  }

  /** The outcome, at risk when not compliant with at most this many days left. */
  public Outcome outcome(int atRiskDays) {
    return Outcome.of(isCompliant(), daysLeft(), atRiskDays);
  }

  /** The entry result for the entry at this index, if the check reported one. */
  public Optional<EntryResult> entry(int index) {
    return entries().stream().filter(e -> e.index() == index).findFirst();
  }

  /** Whether the record is compliant: no finding is an {@link Severity#ERROR}. */
  public boolean isCompliant() {
    return findings().stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /** The findings with this severity, in order. */
  public List<Finding> findings(Severity severity) {
    return findings().stream().filter(f -> f.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /** The findings reported by this rule, in order. */
  public List<Finding> findingsOf(String ruleId) {
    return findings().stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toUnmodifiableList());
  }

  /** The status of the requirement assessed by this rule, if it reported one. */
  public Optional<RequirementStatus> requirement(String ruleId) {
    return requirements().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
  }

  /** The requirements that are not met yet. */
  public List<RequirementStatus> unmetRequirements() {
    return requirements().stream().filter(r -> !r.isSatisfied()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The report in plain words: a first line saying whether the record is compliant, then one
   * line per requirement, then one line per finding.
   */
  public String summary() {
    StringBuilder b = new StringBuilder();
    Outcome outcome = outcome();
    b.append(outcome == Outcome.COMPLIANT ? "Compliant" : outcome == Outcome.NOT_COMPLIANT ? "Not compliant" : "Not yet compliant");
    packId().ifPresent(p -> b.append(" with ").append(p));
    b.append(" as of ").append(RequirementStatus.day(asOf()));
    if (outcome == Outcome.ON_TRACK || outcome == Outcome.AT_RISK) {
      b.append(": ").append(outcome == Outcome.ON_TRACK ? "on track, " : "at risk, ")
          .append(days(daysLeft().getAsLong())).append(" to the deadline");
    }
    b.append('\n');
    for (RequirementStatus r : requirements()) {
      b.append("- ").append(r.line()).append('\n');
    }
    for (Finding f : findings()) {
      b.append(f.severity()).append(' ').append(f.ruleId()).append(' ')
          .append(f.location().isEmpty() ? "/" : f.location()).append(": ").append(f.message()).append('\n');
    }
    return b.toString();
  }

  /**
   * The outcome in plain words: {@code compliant}, {@code not yet compliant: on track, 40 days
   * left}, {@code not yet compliant: at risk, 23 days left} or {@code not compliant}.
   */
  public String outcomeWords() {
    switch (outcome()) {
      case COMPLIANT:
        return "compliant";
      case ON_TRACK:
        return "not yet compliant: on track, " + days(daysLeft().getAsLong()) + " left";
      case AT_RISK:
        return "not yet compliant: at risk, " + days(daysLeft().getAsLong()) + " left";
      default:
        return deadline().isPresent() ? "not compliant: the deadline has passed" : "not compliant";
    }
  }

  private static String days(long n) {
    return n == 1 ? "1 day" : n + " days";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    if (atRiskDays() < 0) {
      throw new IllegalArgumentException("Report.atRiskDays: must not be negative (was " + atRiskDays() + ")");
    }
  }

  @Override
  public String toString() {
    return "Report{" + packId().orElse("") + " as of " + asOf() + ", "
        + (isCompliant() ? "compliant" : "not compliant") + ", " + findings().size() + " findings}";
  }

  /** Builds {@link Report} values. */
  public static final class Builder extends ImmutableReport.Builder {}
}
