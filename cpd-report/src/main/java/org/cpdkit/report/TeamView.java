package org.cpdkit.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RequirementStatus;
import org.cpdkit.rules.registration.RegistrationPack;
import org.cpdkit.rules.team.TeamCheck;
import org.cpdkit.rules.team.TeamReport;

/**
 * A team's CPD as a manager reads it: how many practitioners are compliant, on track, at risk or
 * not compliant; one row per practitioner with each requirement's have and need and what is
 * missing; the team report's standards coverage and peer-reflection participation; and the pieces
 * recorded per month. Holds no personal text. Immutable; made with a {@link Tally}.
 */
public final class TeamView {

  /** The at-risk window unless another is given: 30 days. */
  public static final int DEFAULT_AT_RISK_DAYS = TeamCheck.DEFAULT_AT_RISK_DAYS;

  /** One practitioner's line: no free text, only figures and the rules' own words. */
  public static final class Row {
    private final String registrationNumber;
    private final Outcome outcome;
    private final OptionalLong daysLeft;
    private final List<RequirementStatus> requirements;
    private final boolean peerReflected;
    private final Map<String, Integer> problems;
    private final Optional<RegistrationPeriod> period;

    Row(String registrationNumber, Outcome outcome, OptionalLong daysLeft, List<RequirementStatus> requirements,
        boolean peerReflected, Map<String, Integer> problems, Optional<RegistrationPeriod> period) {
      this.registrationNumber = registrationNumber;
      this.outcome = outcome;
      this.daysLeft = daysLeft;
      this.requirements = List.copyOf(requirements);
      this.peerReflected = peerReflected;
      this.problems = java.util.Collections.unmodifiableMap(new TreeMap<>(problems));
      this.period = period;
    }

    /** The registration period checked, when the record says enough to know it. */
    public Optional<RegistrationPeriod> period() {
      return period;
    }

    /** The registration number. */
    public String registrationNumber() {
      return registrationNumber;
    }

    /** The outcome. */
    public Outcome outcome() {
      return outcome;
    }

    /** Days to the deadline, when the period is known. */
    public OptionalLong daysLeft() {
      return daysLeft;
    }

    /** The status of each requirement, in the report's order. */
    public List<RequirementStatus> requirements() {
      return requirements;
    }

    /**
     * What is still to do: one item per unmet requirement, such as {@code 1 more piece of CPD},
     * then one per other rule with errors, such as {@code 2 errors to fix (anonymisation.identifier)}.
     */
    public List<String> missing() {
      List<String> out = new ArrayList<>();
      for (RequirementStatus r : requirements) {
        if (!r.isSatisfied()) {
          out.add(r.missing().orElse(r.required()));
        }
      }
      problems.forEach((rule, n) -> out.add((n == 1 ? "1 error" : n + " errors") + " to fix (" + rule + ")"));
      return out;
    }

    /** The number of errors per rule other than the requirements', by rule id. */
    public Map<String, Integer> problems() {
      return problems;
    }

    /** Whether at least one counted piece includes a peer reflection. */
    public boolean peerReflected() {
      return peerReflected;
    }
  }

  private final RegistrationPack pack;
  private final TeamReport teamReport;
  private final List<Row> rows;
  private final Map<YearMonth, Integer> piecesPerMonth;
  private final Optional<RegistrationPeriod> period;

  private TeamView(RegistrationPack pack, TeamReport teamReport, List<Row> rows, Map<YearMonth, Integer> perMonth,
      Optional<RegistrationPeriod> period) {
    this.pack = pack;
    this.teamReport = teamReport;
    this.rows = List.copyOf(rows);
    this.piecesPerMonth = java.util.Collections.unmodifiableMap(new TreeMap<>(perMonth));
    this.period = period;
  }

  /** A tally against this pack as of the day with the default at-risk window. */
  public static Tally tally(RegistrationPack pack, LocalDate asOf) {
    return tally(pack, asOf, DEFAULT_AT_RISK_DAYS);
  }

  /**
   * A tally against this pack as of the day; not yet compliant with the deadline at most
   * atRiskDays away is at risk.
   */
  public static Tally tally(RegistrationPack pack, LocalDate asOf, int atRiskDays) {
    return new Tally(pack, asOf, atRiskDays);
  }

  /** Checks every portfolio and sums up. */
  public static TeamView of(RegistrationPack pack, Collection<Portfolio> portfolios, LocalDate asOf) {
    Tally t = tally(pack, asOf);
    portfolios.forEach(t::add);
    return t.view();
  }

  /** The pack. */
  public RegistrationPack pack() {
    return pack;
  }

  /** The team report the rules made (coverage, participation, the rules' own standing). */
  public TeamReport teamReport() {
    return teamReport;
  }

  /**
   * This view with the team's learning culture (sessions, toolkit runs, staff survey) added to its
   * team report, so the dashboard shows it.
   */
  public TeamView withLearningCulture(org.cpdkit.rules.team.LearningCulture culture) {
    return new TeamView(pack, teamReport.withLearningCulture(Objects.requireNonNull(culture, "culture")), rows,
        piecesPerMonth, period);
  }

  /** The day of the check. */
  public LocalDate asOf() {
    return teamReport.asOf();
  }

  /** One row per practitioner, sorted by registration number. */
  public List<Row> rows() {
    return rows;
  }

  /** How many practitioners have this outcome. */
  public int count(Outcome outcome) {
    return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
  }

  /** The counts of every outcome. */
  public Map<Outcome, Integer> counts() {
    Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      m.put(o, 0);
    }
    rows.forEach(r -> m.merge(r.outcome(), 1, Integer::sum));
    return m;
  }

  /** Counted pieces completed in each month, by month, as recorded so far. */
  public Map<YearMonth, Integer> piecesPerMonth() {
    return piecesPerMonth;
  }

  /** The pack's fixed period, when it has one (every practitioner shares its deadline). */
  public Optional<RegistrationPeriod> period() {
    return period;
  }

  /**
   * A team view in the making: add portfolios one at a time (each is checked, counted and let
   * go), then ask for the view. Not thread-safe.
   */
  public static final class Tally {
    private final RegistrationPack pack;
    private final LocalDate asOf;
    private final int atRiskDays;
    private final TeamCheck.Tally teamTally;
    private final List<Row> rows = new ArrayList<>();
    private final Map<YearMonth, Integer> perMonth = new TreeMap<>();

    private Tally(RegistrationPack pack, LocalDate asOf, int atRiskDays) {
      this.pack = Objects.requireNonNull(pack, "pack");
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      if (atRiskDays < 0) {
        throw new IllegalArgumentException("TeamView.tally: atRiskDays must not be negative (was " + atRiskDays + ")");
      }
      this.atRiskDays = atRiskDays;
      this.teamTally = TeamCheck.of(pack).atRiskWithin(atRiskDays).tally(asOf);
    }

    /** Checks the portfolio with the pack's checker, counts it and returns its report. */
    public Report add(Portfolio portfolio) {
      Report report = pack.checker().check(portfolio, asOf);
      add(portfolio, report);
      return report;
    }

    /** Counts a portfolio whose report was made with this pack's rules as of the tally's day. */
    public void add(Portfolio portfolio, Report report) {
      teamTally.add(portfolio, report);
      Optional<RegistrationPeriod> period = Outcomes.period(portfolio, pack, asOf);
      OptionalLong days = Outcomes.daysLeft(period, asOf);
      boolean peer = false;
      for (Outcomes.EntryStatusView e : Outcomes.entries(portfolio, pack, report)) {
        if (e.countsOnceFixed()) {
          perMonth.merge(YearMonth.from(e.entry().completedOn()), 1, Integer::sum);
        }
        peer |= e.peerReflection();
      }
      java.util.Set<String> requirementRules = new java.util.HashSet<>();
      report.requirements().forEach(r -> requirementRules.add(r.ruleId()));
      Map<String, Integer> problems = new TreeMap<>();
      for (org.cpdkit.rules.Finding f : report.findings(org.cpdkit.rules.Severity.ERROR)) {
        if (!requirementRules.contains(f.ruleId())) {
          problems.merge(f.ruleId(), 1, Integer::sum);
        }
      }
      rows.add(new Row(
          portfolio.practitioner().registrationNumber(),
          Outcomes.outcome(report, days, atRiskDays),
          days,
          report.requirements(),
          peer,
          problems,
          period));
    }

    /** The view of everything added so far. */
    public TeamView view() {
      List<Row> sorted = new ArrayList<>(rows);
      sorted.sort(Comparator.comparing(Row::registrationNumber));
      return new TeamView(pack, teamTally.report(), sorted, perMonth, pack.requirements().fixedPeriod());
    }
  }

  @Override
  public String toString() {
    return "TeamView{" + pack.id() + " as of " + asOf() + ", " + rows.size() + " practitioners, " + counts() + "}";
  }
}
