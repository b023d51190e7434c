package org.cpdkit.rules.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cpdkit.core.standard.StandardCode;
import org.immutables.value.Value;

/**
 * A team's CPD at a glance as of a day: how many practitioners are compliant, on track, at risk
 * or not compliant, each one's missing items by registration number, how many practitioners' counted
 * learning covers each standard, and peer-reflection participation. Holds no personal text.
 */
@Value.Immutable
public abstract class TeamReport {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  TeamReport() {}

  /** The pack the team was checked against. */
  public abstract String packId();

  /** The day of the check. */
  public abstract LocalDate asOf();

  /** A practitioner not yet compliant is at risk when their deadline is at most this many days away. */
  public abstract int atRiskDays();

  /** Each practitioner, sorted by registration number. */
  public abstract List<PractitionerStatus> practitioners();

  /**
   * For each standard, how many practitioners link it in at least one counted piece; every
   * standard of the pack's framework is listed, uncovered ones with 0.
   */
  public abstract Map<StandardCode, Integer> standardsCoverage();

  /** How many practitioners have at least one counted piece with a peer reflection. */
  public abstract int peerReflectionParticipants();

  /** How many counted pieces with a peer reflection the team has in total. */
  public abstract int peerReflectionEntries();

  /** The number of practitioners. */
  public int total() {
    return practitioners().size();
  }

  /** How many are compliant. */
  public int compliant() {
    return count(Standing.COMPLIANT);
  }

  /** How many are not yet compliant with more days left than the at-risk window. */
  public int onTrack() {
    return count(Standing.ON_TRACK);
  }

  /** How many are at risk. */
  public int atRisk() {
    return count(Standing.AT_RISK);
  }

  /** How many missed: not compliant with the deadline passed (or no period to check). */
  public int nonCompliant() {
    return count(Standing.NON_COMPLIANT);
  }

  /**
   * The team's learning culture in figures, when the report was given its sessions, toolkit runs
   * and survey results ({@link #withLearningCulture(LearningCulture)}).
   */
  public abstract java.util.Optional<LearningCulture> learningCulture();

  /** This report with the team's learning culture added. */
  public TeamReport withLearningCulture(LearningCulture culture) {
    return builder().from(this).learningCulture(culture).build();
  }

  /** The standards no practitioner's counted learning covers. */
  public List<StandardCode> uncoveredStandards() {
    return standardsCoverage().entrySet().stream()
        .filter(e -> e.getValue() == 0)
        .map(Map.Entry::getKey)
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  private int count(Standing standing) {
    return (int) practitioners().stream().filter(p -> p.standing() == standing).count();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "TeamReport{" + packId() + " as of " + asOf() + ": " + total() + " practitioners, " + compliant()
        + " compliant, " + onTrack() + " on track, " + atRisk() + " at risk, " + nonCompliant() + " not compliant}";
  }

  /** Builds {@link TeamReport} values. */
  public static final class Builder extends ImmutableTeamReport.Builder {}
}
