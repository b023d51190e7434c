package org.cpdkit.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a rule set over a record and returns a {@link Report}. A checker is immutable and
 * thread-safe; per use, severities can be overridden and rules disabled (a disabled rule stays
 * visible in the report). Checking never throws: a rule that fails becomes an {@link
 * Severity#ERROR} finding naming it. The record is never logged.
 *
 * @param <T> the type of subject checked
 */
public final class Checker<T> {

  private static final Logger LOG = LoggerFactory.getLogger(Checker.class);

  private final RuleSet<T> rules;
  private final Map<String, Severity> overrides;
  private final Set<String> disabled;
  private final Clock clock;
  private final Optional<String> packId;
  private final int atRiskDays;
  /**
   * The rules' positions in the order of their ids (equal ids in rule order): the order of the
   * report's rule outcomes, one per rule, worked out at the first check rather than by sorting
   * every report's; a race at worst works it out twice.
   */
  private int[] outcomeOrder;

  private Checker(
      RuleSet<T> rules,
      Map<String, Severity> overrides,
      Set<String> disabled,
      Clock clock,
      Optional<String> packId,
      int atRiskDays) {
    this.rules = rules;
    this.overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    this.disabled = Collections.unmodifiableSet(new LinkedHashSet<>(disabled));
    this.clock = clock;
    this.packId = packId;
    this.atRiskDays = atRiskDays;
  }

  /**
   * A checker of these rules with their default severities. Its clock, used only by {@link
   * #check(Object)}, is the system clock in the {@code Europe/London} time zone.
   */
  public static <T> Checker<T> of(RuleSet<T> rules) {
    return new Checker<>(
        rules, Map.of(), Set.of(), Clock.system(java.time.ZoneId.of("Europe/London")), Optional.empty(),
        Outcome.DEFAULT_AT_RISK_DAYS);
  }

  /**
   * A copy that gives this rule's findings another severity.
   *
   * @throws IllegalArgumentException if the rule set has no rule with this id
   */
  public Checker<T> withSeverity(String ruleId, Severity severity) {
    known(ruleId);
    Map<String, Severity> o = new LinkedHashMap<>(overrides);
    o.put(ruleId, Objects.requireNonNull(severity, "severity"));
    return new Checker<>(rules, o, disabled, clock, packId, atRiskDays);
  }

  /**
   * A copy in which these rules do not run; they are still listed in the report's rules.
   *
   * @throws IllegalArgumentException if the rule set has no rule with one of these ids
   */
  public Checker<T> disabling(String... ruleIds) {
    Set<String> d = new LinkedHashSet<>(disabled);
    for (String id : ruleIds) {
      known(id);
      d.add(id);
    }
    return new Checker<>(rules, overrides, d, clock, packId, atRiskDays);
  }

  /** A copy whose {@link #check(Object)} takes the as-of date from this clock, in its time zone. */
  public Checker<T> withClock(Clock clock) {
    return new Checker<>(rules, overrides, disabled, Objects.requireNonNull(clock, "clock"), packId, atRiskDays);
  }

  /** A copy whose reports name this rule pack. */
  public Checker<T> withPackId(String packId) {
    return new Checker<>(rules, overrides, disabled, clock, Optional.of(packId), atRiskDays);
  }

  /**
   * A copy whose reports carry this at-risk window: a record not yet compliant with at most
   * this many days to the deadline is {@link Outcome#AT_RISK}, with more {@link Outcome#ON_TRACK}
   * ({@link Report#outcome()}).
   *
   * @throws IllegalArgumentException if days is negative
   */
  public Checker<T> atRiskWithin(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("Checker.atRiskWithin: days must not be negative (was " + days + ")");
    }
    return new Checker<>(rules, overrides, disabled, clock, packId, days);
  }

  /** The at-risk window this checker's reports carry, in days. */
  public int atRiskDays() {
    return atRiskDays;
  }

  /** The rules this checker runs (and those it has disabled). */
  public RuleSet<T> rules() {
    return rules;
  }

  /** The severity this rule's findings get in this checker. */
  public Severity severityOf(String ruleId) {
    Rule<T> rule = known(ruleId);
    return overrides.getOrDefault(ruleId, rule.description().defaultSeverity());
  }

  /** Whether this rule runs in this checker. */
  public boolean isEnabled(String ruleId) {
    known(ruleId);
    return !disabled.contains(ruleId);
  }

  /** Checks the record as of today by this checker's clock. */
  public Report check(T subject) {
    return check(subject, LocalDate.now(clock));
  }

  /**
   * Checks the record as of the given day.
   *
   * @param subject the record; must not be null
   * @param asOf the day to check as of: the deadline count and "not in the future" use it
   */
  public Report check(T subject, LocalDate asOf) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(asOf, "asOf");
    List<Finding> findings = new ArrayList<>();
    List<RequirementStatus> statuses = new ArrayList<>();
    List<RuleOutcome> outcomes = new ArrayList<>();
    List<EntryResult> entries = new ArrayList<>();
    Optional<LocalDate> deadline = Optional.empty();
    for (Rule<T> rule : rules.rules()) {
      String id = rule.id();
      Severity severity = overrides.getOrDefault(id, rule.description().defaultSeverity());
      if (disabled.contains(id)) {
        outcomes.add(RuleOutcome.of(id, severity, false, 0, false));
        continue;
      }
      RuleContext context = new RuleContext(id, severity, asOf);
      try {
        rule.check(subject, context);
        List<Finding> found = context.findings();
        findings.addAll(found);
        statuses.addAll(context.statuses());
        entries.addAll(context.entries());
        if (deadline.isEmpty()) {
          deadline = context.deadline();
        }
        outcomes.add(RuleOutcome.of(id, severity, true, found.size(), false));
      } catch (StackOverflowError | RuntimeException | LinkageError | AssertionError e) {
        LOG.warn("Rule {} failed with {}; reported as an error finding", id, e.getClass().getName());
        findings.add(failure(id, e));
        outcomes.add(RuleOutcome.of(id, Severity.ERROR, true, 1, true));
      }
    }
    findings.sort(Report.FINDING_ORDER);
    statuses.sort(Report.REQUIREMENT_ORDER);
    outcomes = inOutcomeOrder(outcomes);
    entries.sort(java.util.Comparator.comparingInt(EntryResult::index));
    Report report =
        Report.builder()
            .packId(packId)
            .asOf(asOf)
            .atRiskDays(atRiskDays)
            .findings(findings)
            .requirements(statuses)
            .rules(outcomes)
            .deadline(deadline)
            .entries(entries)
            .build();
    LOG.debug("Checked {} rules as of {}: {} findings", rules.size(), asOf, findings.size());
    return report;
  }

  /** The outcomes, one per rule in rule order, by rule id. */
  private List<RuleOutcome> inOutcomeOrder(List<RuleOutcome> outcomes) {
    int[] order = outcomeOrder;
    if (order == null) {
      order = outcomeOrder(rules.rules());
      outcomeOrder = order;
    }
    if (outcomes.size() != order.length) {
      outcomes.sort(java.util.Comparator.comparing(RuleOutcome::ruleId));
      return outcomes;
    }
    List<RuleOutcome> sorted = new ArrayList<>(outcomes.size());
    for (int i : order) {
      sorted.add(outcomes.get(i));
    }
    return sorted;
  }

  private static int[] outcomeOrder(List<? extends Rule<?>> list) {
    Integer[] order = new Integer[list.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // stable, as sorting the outcomes by rule id is
    java.util.Arrays.sort(order, java.util.Comparator.comparing((Integer i) -> list.get(i).id()));
    int[] out = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = order[i];
    }
    return out;
  }

  private static Finding failure(String ruleId, Throwable e) {
    return Finding.builder()
        .ruleId(ruleId)
        .severity(Severity.ERROR)
        .location("")
        .message("The rule " + ruleId + " failed (" + e.getClass().getSimpleName()
            + "), so the record could not be checked against it; report this to the rule's author.")
        .putArgument("exception", e.getClass().getName())
        .build();
  }

  private Rule<T> known(String ruleId) {
    return rules
        .rule(ruleId)
        .orElseThrow(() -> new IllegalArgumentException("Checker: no rule with the id " + ruleId + " in " + rules));
  }
}
