package org.cpdkit.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.registration.RegistrationPack;

/**
 * One practitioner's year as a person reads it: the portfolio checked against a registration pack
 * as of a day, with the outcome and days left, each requirement, each entry and whether it counts,
 * and the findings. Immutable.
 */
public final class PractitionerView {

  private final Portfolio portfolio;
  private final RegistrationPack pack;
  private final Report report;
  private final Optional<RegistrationPeriod> period;
  private final Outcome outcome;
  private final List<Outcomes.EntryStatusView> entries;

  private PractitionerView(Portfolio portfolio, RegistrationPack pack, Report report, int atRiskDays) {
    this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
    this.pack = Objects.requireNonNull(pack, "pack");
    this.report = Objects.requireNonNull(report, "report");
    this.period = Outcomes.period(portfolio, pack, report.asOf());
    this.outcome = Outcomes.outcome(report, Outcomes.daysLeft(period, report.asOf()), atRiskDays);
    this.entries = List.copyOf(Outcomes.entries(portfolio, pack, report));
  }

  /** Checks the portfolio against the pack as of the day. */
  public static PractitionerView of(Portfolio portfolio, RegistrationPack pack, LocalDate asOf) {
    return new PractitionerView(portfolio, pack, pack.check(portfolio, asOf), TeamView.DEFAULT_AT_RISK_DAYS);
  }

  /**
   * The view of a report already made of this portfolio with this pack's rules; the outcome is
   * at risk when the deadline is at most atRiskDays away.
   */
  public static PractitionerView of(Portfolio portfolio, RegistrationPack pack, Report report, int atRiskDays) {
    if (atRiskDays < 0) {
      throw new IllegalArgumentException("PractitionerView.of: atRiskDays must not be negative (was " + atRiskDays + ")");
    }
    return new PractitionerView(portfolio, pack, report, atRiskDays);
  }

  /** The portfolio. */
  public Portfolio portfolio() {
    return portfolio;
  }

  /** The pack it was checked against. */
  public RegistrationPack pack() {
    return pack;
  }

  /** The report of the check. */
  public Report report() {
    return report;
  }

  /** The day of the check. */
  public LocalDate asOf() {
    return report.asOf();
  }

  /** The registration period checked, when the record says enough to know it. */
  public Optional<RegistrationPeriod> period() {
    return period;
  }

  /** The outcome as of the day. */
  public Outcome outcome() {
    return outcome;
  }

  /** Days to the deadline: 0 on the day, negative once passed; empty when the period is unknown. */
  public OptionalLong daysLeft() {
    return Outcomes.daysLeft(period, report.asOf());
  }

  /** The outcome and the days left in words, such as {@code At risk: 7 days to the deadline (30 November 2026)}. */
  public String outcomeWords() {
    return Outcomes.words(outcome, period, report.asOf());
  }

  List<Outcomes.EntryStatusView> entryStatuses() {
    return entries;
  }

  @Override
  public String toString() {
    return "PractitionerView{" + portfolio.practitioner().registrationNumber() + ", " + pack.id() + ", " + outcome + "}";
  }
}
