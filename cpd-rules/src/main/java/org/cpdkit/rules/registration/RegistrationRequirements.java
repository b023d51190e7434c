package org.cpdkit.rules.registration;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.rules.Source;
import org.immutables.value.Value;

/**
 * A regulator's CPD requirements as data: the period and deadline, the figures (entries, peer
 * reflections, hours, participatory hours, reflective accounts, feedback items, kinds of
 * activity), the content each entry must have, required components and declarations, and the
 * published source of each. One set of generic rules checks a portfolio against any of them; a
 * local authority changes a figure with a {@code with*} copy.
 */
@Value.Immutable
public abstract class RegistrationRequirements implements WithRegistrationRequirements {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  RegistrationRequirements() {}

  /** The id of the pack these requirements make, such as {@code swe-2026}. */
  public abstract String packId();

  /** A title for people. */
  public abstract String title();

  /** The regulator. */
  public abstract Regulator regulator();

  /**
   * The first day of a fixed registration period shared by every registrant (Social Work
   * England); empty when periods follow each registrant's own cycle from their registration date.
   */
  public abstract Optional<LocalDate> fixedStart();

  /** The length of a period in years. */
  public abstract int periodYears();

  /** How many days before the end of the period the deadline falls (Social Care Wales: 21). */
  @Value.Default
  public int deadlineDaysBeforeEnd() {
    return 0;
  }

  /**
   * Whether the deadline is the first day of the month in which the period ends (NMC: the
   * revalidation application is due by the first day of the month the registration renews).
   */
  @Value.Default
  public boolean deadlineOnFirstOfEndMonth() {
    return false;
  }

  /**
   * Whether periods follow the fixed renewal window of the practitioner's HCPC profession
   * ({@link org.cpdkit.core.portfolio.Practitioner#hcpcProfession()}) when the record names it.
   */
  @Value.Default
  public boolean usesProfessionWindows() {
    return false;
  }

  /**
   * The day of the period's last year the renewal window opens (Social Work England: 1
   * September), when the regulator publishes one; the renewal application is made in it.
   */
  public abstract Optional<MonthDay> renewalWindowOpens();

  /**
   * How many days before the end of each period the renewal window opens, when the regulator
   * counts it from the renewal date (Social Care Wales: the application is available 86 days
   * before it); the application is made from then to the deadline.
   */
  public abstract Optional<Integer> renewalWindowDaysBeforeEnd();

  /**
   * The first day of this period's renewal window, when the regulator publishes one: the {@link
   * #renewalWindowOpens()} day before the deadline, or {@link #renewalWindowDaysBeforeEnd()} days
   * before the period's last day, and never before the period's first day.
   */
  public Optional<LocalDate> renewalWindowOpening(RegistrationPeriod period) {
    Optional<LocalDate> open = Optional.empty();
    if (renewalWindowOpens().isPresent()) {
      LocalDate day = renewalWindowOpens().get().atYear(period.deadline().getYear());
      open = Optional.of(day.isAfter(period.deadline()) ? day.minusYears(1) : day);
    } else if (renewalWindowDaysBeforeEnd().isPresent()) {
      open = Optional.of(period.end().minusDays(renewalWindowDaysBeforeEnd().get()));
    }
    return open.map(d -> d.isBefore(period.start()) ? period.start() : d);
  }

  /** The fewest submitted, distinct pieces of CPD in the period; 0 when there is no such figure. */
  @Value.Default
  public int minimumEntries() {
    return 0;
  }

  /** The fewest of them that include a peer reflection. */
  @Value.Default
  public int minimumPeerReflections() {
    return 0;
  }

  /** The least recorded time in the period, when the regulator counts hours. */
  public abstract Optional<Duration> minimumHours();

  /** The least recorded time of participatory activities, when the regulator counts it. */
  public abstract Optional<Duration> minimumParticipatoryHours();

  /**
   * The fewest written reflective accounts: the portfolio's reflective accounts linked to at least
   * one theme of the Code, and entries tagged {@link #reflectiveAccountTag()}.
   */
  @Value.Default
  public int minimumReflectiveAccounts() {
    return 0;
  }

  /** The tag marking an entry as a written reflective account. */
  @Value.Default
  public String reflectiveAccountTag() {
    return "reflective-account";
  }

  /**
   * The fewest pieces of practice-related feedback: the portfolio's feedback items, and entries
   * of type {@code feedback} or tagged {@link #feedbackTag()}.
   */
  @Value.Default
  public int minimumFeedbackItems() {
    return 0;
  }

  /** The tag marking an entry as a piece of practice-related feedback. */
  @Value.Default
  public String feedbackTag() {
    return "feedback";
  }

  /** The least practice time in the period, when the regulator counts it (NMC: 450 hours). */
  public abstract Optional<Duration> minimumPracticeHours();

  /** Whether a written learning and development plan agreed with the employer is required (NISCC). */
  @Value.Default
  public boolean requiresLearningPlan() {
    return false;
  }

  /**
   * Whether time away from practice leaves the requirements in place, noted when the record
   * holds an absence in the period (Social Work England asks those on leave to record CPD too).
   */
  @Value.Default
  public boolean leaveKeepsRequirements() {
    return false;
  }

  /** The fewest different kinds of activity (HCPC asks for a mixture). */
  @Value.Default
  public int minimumActivityTypes() {
    return 0;
  }

  /**
   * Whether each entry must say what was done, what was learned and the impact on practice, as
   * Social Work England's form asks; a piece missing one of them does not count. Other
   * regulators' records have their own fields, so their packs set this to false.
   */
  @Value.Default
  public boolean requiresEntryContent() {
    return true;
  }

  /** Fewer words than this in a required text is flagged as trivially short. */
  @Value.Default
  public int minimumWords() {
    return 5;
  }

  /** The standards framework entries link to; codes outside it are flagged. */
  public abstract Optional<StandardsFramework> standardsFramework();

  /** Whether an entry without any linked standard is flagged (as good practice, a warning). */
  @Value.Default
  public boolean expectsStandards() {
    return false;
  }

  /**
   * Registrants who registered on or after this day of the period's last year need not record
   * CPD for that period (Social Work England: those who joined since 1 September).
   */
  public abstract Optional<MonthDay> newRegistrantCutoff();

  /** Whether bunching all pieces into a few weeks is noted (encouraged to spread, never required). */
  @Value.Default
  public boolean encouragesSpread() {
    return false;
  }

  /**
   * Whether each piece of CPD must hold evidence that it took place, such as a certificate or
   * notes (NMC: the CPD log records evidence for every activity).
   */
  @Value.Default
  public boolean requiresEvidence() {
    return false;
  }

  /**
   * Whether each piece of CPD must identify the part of the NMC Code most relevant to it, by one
   * of the Code's themes (NMC: the CPD log records it for every activity).
   */
  @Value.Default
  public boolean requiresCodeThemes() {
    return false;
  }

  /**
   * Whether a review that gave feedback means the next year is reviewed too, noted when the record
   * holds such a review of the year before (Social Work England).
   */
  @Value.Default
  public boolean reviewsAgainAfterFeedback() {
    return false;
  }

  /**
   * The sign-off each counted piece of CPD needs on its own, when the pack asks for one (an
   * employer's pack, for example); checked by {@code entry.sign-off}.
   */
  public abstract Optional<EntrySignOff> entrySignOff();

  /**
   * What the CPD profile of a sampled registrant must be, when the regulator asks for one (HCPC);
   * checked by the {@code audit-profile.*} rules when the portfolio holds a profile.
   */
  public abstract Optional<ProfileLimits> auditProfile();

  /** Gaps in the record at least this long are flagged for an explanation (HCPC: 3 months). */
  public abstract Optional<Period> maximumGap();

  /**
   * Standards that any valid piece meets by being recorded (Social Work England: 4.6, reflecting,
   * and 4.7, recording), counted as covered whether or not the piece links them.
   */
  public abstract List<StandardCode> standardsMetByAnyPiece();

  /** Kinds of learning that must be evidenced, each by a tag. */
  public abstract List<Component> components();

  /** What the regulator requires at renewal besides the CPD: declarations and sign-offs. */
  public abstract List<Declaration> declarations();

  /** The source of the requirements as a whole. */
  public abstract Source source();

  /** Sources for particular rules, by rule id, where they differ from {@link #source()}. */
  public abstract Map<String, Source> sources();

  /** Facts encoded here that could not be confirmed against the regulator. */
  public abstract List<String> unconfirmed();

  /** The source of the rule with this id. */
  public Source sourceFor(String ruleId) {
    return sources().getOrDefault(ruleId, source());
  }

  /** The fixed period shared by every registrant, when there is one. */
  public Optional<RegistrationPeriod> fixedPeriod() {
    return fixedStart().map(this::periodStarting);
  }

  /** The period starting on this day, with these requirements' length and deadline. */
  public RegistrationPeriod periodStarting(LocalDate start) {
    LocalDate end = start.plusYears(periodYears()).minusDays(1);
    LocalDate deadline = deadlineOnFirstOfEndMonth() ? end.withDayOfMonth(1) : end.minusDays(deadlineDaysBeforeEnd());
    return RegistrationPeriod.of(start, end, deadline.isBefore(start) ? start : deadline);
  }

  /**
   * The period a check of this practitioner on {@code asOf} is about: by their HCPC profession's
   * renewal window when these requirements use them and the record names it; otherwise the fixed
   * period, or the practitioner's own period containing {@code asOf} (empty when their
   * registration date is not known or is after {@code asOf}).
   */
  public Optional<RegistrationPeriod> periodFor(Practitioner practitioner, LocalDate asOf) {
    if (usesProfessionWindows() && practitioner.hcpcProfession().isPresent()) {
      return Optional.of(practitioner.hcpcProfession().get().periodContaining(asOf));
    }
    Optional<LocalDate> registeredOn = practitioner.registeredOn();
    if (fixedStart().isPresent()) {
      return fixedPeriod();
    }
    if (registeredOn.isEmpty() || registeredOn.get().isAfter(asOf)) {
      return Optional.empty();
    }
    LocalDate start = registeredOn.get();
    long years = (asOf.getYear() - start.getYear()) / periodYears() * (long) periodYears();
    start = start.plusYears(years);
    while (start.isAfter(asOf)) {
      start = start.minusYears(periodYears());
    }
    while (!start.plusYears(periodYears()).isAfter(asOf)) {
      start = start.plusYears(periodYears());
    }
    return Optional.of(periodStarting(start));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    String at = "RegistrationRequirements " + packId() + ": ";
    if (periodYears() < 1) {
      throw new IllegalArgumentException(at + "periodYears must be at least 1");
    }
    if (renewalWindowOpens().isPresent() && renewalWindowDaysBeforeEnd().isPresent()) {
      throw new IllegalArgumentException(at + "give renewalWindowOpens or renewalWindowDaysBeforeEnd, not both");
    }
    if (renewalWindowDaysBeforeEnd().isPresent() && renewalWindowDaysBeforeEnd().get() < 0) {
      throw new IllegalArgumentException(at + "renewalWindowDaysBeforeEnd must not be negative");
    }
    if (deadlineDaysBeforeEnd() < 0 || minimumEntries() < 0 || minimumPeerReflections() < 0
        || minimumReflectiveAccounts() < 0 || minimumFeedbackItems() < 0 || minimumActivityTypes() < 0
        || minimumWords() < 0) {
      throw new IllegalArgumentException(at + "figures must not be negative");
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Component c : components()) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException(at + "two components have the id " + c.id());
      }
    }
  }

  /** Builds {@link RegistrationRequirements} values. */
  public static final class Builder extends ImmutableRegistrationRequirements.Builder {}
}
