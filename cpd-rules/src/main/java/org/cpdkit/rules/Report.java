package org.cpdkit.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
    b.append(isCompliant() ? "Compliant" : "Not compliant");
    packId().ifPresent(p -> b.append(" with ").append(p));
    b.append(" as of ").append(RequirementStatus.day(asOf())).append('\n');
    for (RequirementStatus r : requirements()) {
      b.append("- ").append(r.line()).append('\n');
    }
    for (Finding f : findings()) {
      b.append(f.severity()).append(' ').append(f.ruleId()).append(' ')
          .append(f.location().isEmpty() ? "/" : f.location()).append(": ").append(f.message()).append('\n');
    }
    return b.toString();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "Report{" + packId().orElse("") + " as of " + asOf() + ", "
        + (isCompliant() ? "compliant" : "not compliant") + ", " + findings().size() + " findings}";
  }

  /** Builds {@link Report} values. */
  public static final class Builder extends ImmutableReport.Builder {}
}
