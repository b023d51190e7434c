package org.cpdkit.rules.team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.standard.Standard;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.rules.Checker;
import org.cpdkit.rules.Finding;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RequirementStatus;
import org.cpdkit.rules.Severity;
import org.cpdkit.rules.internal.TeamFacts;
import org.cpdkit.rules.registration.RegistrationPack;

/**
 * Checks a whole team's portfolios against one registration pack as of a day and sums them up in
 * a {@link TeamReport}. Immutable and thread-safe.
 */
public final class TeamCheck {

  /** The at-risk window unless another is given: 30 days. */
  public static final int DEFAULT_AT_RISK_DAYS = 30;

  private final RegistrationPack pack;
  private final Checker<Portfolio> checker;
  private final int atRiskDays;

  private TeamCheck(RegistrationPack pack, Checker<Portfolio> checker, int atRiskDays) {
    this.pack = pack;
    // The reports the team check makes carry the team's window, so each one's outcome is its standing.
    this.checker = checker.atRiskDays() == atRiskDays ? checker : checker.atRiskWithin(atRiskDays);
    this.atRiskDays = atRiskDays;
  }

  /** A team check against this pack with its default checker. */
  public static TeamCheck of(RegistrationPack pack) {
    return new TeamCheck(pack, pack.checker(), DEFAULT_AT_RISK_DAYS);
  }

  /**
   * A copy using this checker (for example with an identifier inspector or overridden
   * severities); its reports carry the team check's at-risk window.
   */
  public TeamCheck withChecker(Checker<Portfolio> checker) {
    return new TeamCheck(pack, Objects.requireNonNull(checker, "checker"), atRiskDays);
  }

  /**
   * A copy whose at-risk window is this many days.
   *
   * @throws IllegalArgumentException if days is negative
   */
  public TeamCheck atRiskWithin(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("TeamCheck.atRiskWithin: days must not be negative (was " + days + ")");
    }
    return new TeamCheck(pack, checker, days);
  }

  /** Checks every portfolio as of the day and sums up. */
  public TeamReport check(Collection<Portfolio> portfolios, LocalDate asOf) {
    Tally tally = tally(asOf);
    portfolios.forEach(tally::add);
    return tally.report();
  }

  /**
   * A running tally for teams too large to hold in memory: add portfolios one at a time (each is
   * checked and then let go), then ask for the report. The tally keeps only each practitioner's
   * small status, never the portfolio.
   */
  public Tally tally(LocalDate asOf) {
    return new Tally(Objects.requireNonNull(asOf, "asOf"));
  }

  /** The checker a team check uses, so a caller can check portfolios on several threads. */
  public Checker<Portfolio> checker() {
    return checker;
  }

  /**
   * A team report in the making. Not thread-safe: add from one thread (reports may be computed
   * elsewhere with {@link TeamCheck#checker()} and passed to {@link #add(Portfolio, Report)}).
   */
  public final class Tally {
    private final LocalDate asOf;
    private final Map<StandardCode, Integer> coverage = new TreeMap<>();
    private final List<PractitionerStatus> statuses = new ArrayList<>();
    private int participants;
    private int peerEntries;

    private Tally(LocalDate asOf) {
      this.asOf = asOf;
      pack.requirements().standardsFramework()
          .ifPresent(f -> f.standards().stream().map(Standard::code).forEach(c -> coverage.put(c, 0)));
    }

    /** Checks the portfolio, counts it, and returns its report. */
    public Report add(Portfolio portfolio) {
      Report report = checker.check(portfolio, asOf);
      add(portfolio, report);
      return report;
    }

    /** Counts a portfolio whose report was already made by this team check's checker. */
    public void add(Portfolio portfolio, Report report) {
      add(contribution(portfolio, report, asOf));
    }

    /**
     * Counts a portfolio by what {@link TeamCheck#contribution} worked out for it, on this thread
     * or another.
     *
     * @throws IllegalArgumentException if it was worked out for another pack, day or at-risk window
     */
    public void add(Contribution c) {
      if (!c.packId.equals(pack.id()) || !c.asOf.equals(asOf) || c.atRiskDays != atRiskDays) {
        throw new IllegalArgumentException(
            "TeamCheck.Tally.add: the contribution was worked out for another pack, day or at-risk window"
                + " (" + c.packId + " as of " + c.asOf + ", not " + pack.id() + " as of " + asOf + ")");
      }
      for (StandardCode code : c.linked) {
        coverage.merge(code, 1, Integer::sum);
      }
      peerEntries += c.peerEntries;
      if (c.peerEntries > 0) {
        participants++;
      }
      statuses.add(c.status);
    }

    /** The team report of everything added so far. */
    public TeamReport report() {
      List<PractitionerStatus> sorted = new ArrayList<>(statuses);
      sorted.sort(Comparator.comparing(PractitionerStatus::registrationNumber));
      return TeamReport.builder()
          .packId(pack.id())
          .asOf(asOf)
          .atRiskDays(atRiskDays)
          .practitioners(sorted)
          .standardsCoverage(coverage)
          .peerReflectionParticipants(participants)
          .peerReflectionEntries(peerEntries)
          .build();
    }
  }

  /**
   * Works out what a portfolio adds to a tally of this team check as of the day, from the
   * portfolio and the report this team check's checker made of it. It reads nothing but its
   * arguments, so it can run on the thread that checked the portfolio (reusing the facts the
   * check worked out there) while one thread adds the results to the tally in order.
   */
  public Contribution contribution(Portfolio portfolio, Report report, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    TeamFacts.Facts facts = TeamFacts.of(portfolio, pack, asOf);
    List<CpdEntry> counted = facts.counted();
    // Distinct codes first, then one sort: a tree set compared every code of every counted piece
    // (and the pack's codes met by any piece, again for each portfolio) as it was added.
    HashSet<StandardCode> distinct = new HashSet<>();
    for (CpdEntry e : counted) {
      distinct.addAll(e.standards());
    }
    if (!counted.isEmpty()) {
      distinct.addAll(pack.requirements().standardsMetByAnyPiece());
    }
    StandardCode[] linked = distinct.toArray(new StandardCode[0]);
    Arrays.sort(linked);
    long peer = facts.peerReflections();
    PractitionerStatus.Builder status = PractitionerStatus.builder()
        .registrationNumber(portfolio.practitioner().registrationNumber())
        .peerReflected(peer > 0)
        .entriesAwaitingSignOff(facts.entriesAwaitingSignOff())
        .signOffsAwaiting(facts.signOffsAwaiting());
    facts.period().ifPresent(p -> status.daysLeft(p.daysToDeadline(asOf)));
    TreeSet<String> unmet = new TreeSet<>();
    for (RequirementStatus r : report.unmetRequirements()) {
      status.addMissing(r.line());
      unmet.add(r.ruleId());
    }
    TreeSet<String> errorRules = new TreeSet<>();
    for (Finding f : report.findings(Severity.ERROR)) {
      errorRules.add(f.ruleId());
      // An error no requirement line covers (a piece's missing text, a future date) is listed too,
      // so a practitioner who fails only on content is not shown with nothing missing.
      if (!unmet.contains(f.ruleId())) {
        status.addMissing(f.message() + " (" + (f.location().isEmpty() ? "/" : f.location()) + ", " + f.ruleId() + ")");
      }
    }
    status.errorRules(errorRules);
    status.standing(Standing.of(report.outcome(atRiskDays)));
    return new Contribution(pack.id(), asOf, atRiskDays, status.build(), List.of(linked), (int) peer);
  }

  /**
   * What one portfolio adds to a team's tally: the practitioner's status, the standards its
   * counted pieces evidence and its number of peer reflections, for one pack, day and at-risk
   * window. Made by {@link TeamCheck#contribution}; it keeps nothing else of the portfolio.
   */
  public static final class Contribution {
    private final String packId;
    private final LocalDate asOf;
    private final int atRiskDays;
    private final PractitionerStatus status;
    private final List<StandardCode> linked;
    private final int peerEntries;

    private Contribution(
        String packId, LocalDate asOf, int atRiskDays, PractitionerStatus status, List<StandardCode> linked,
        int peerEntries) {
      this.packId = packId;
      this.asOf = asOf;
      this.atRiskDays = atRiskDays;
      this.status = status;
      this.linked = linked;
      this.peerEntries = peerEntries;
    }

    /** The practitioner's status in the team report. */
    public PractitionerStatus status() {
      return status;
    }
  }
}
