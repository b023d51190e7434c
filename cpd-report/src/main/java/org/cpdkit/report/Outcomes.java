package org.cpdkit.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.rules.Finding;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RequirementStatus;
import org.cpdkit.rules.Severity;
import org.cpdkit.rules.registration.Exclusion;
import org.cpdkit.rules.internal.TeamFacts;
import org.cpdkit.rules.registration.RegistrationPack;

/**
 * The one place that derives, from a report and the registration facts, what the pages show: a
 * portfolio's outcome and days left, and each entry's status. Kept apart so that it can give way
 * to the same figures computed by the rules themselves.
 */
final class Outcomes {

  private Outcomes() {}

  /** The outcome as of the report's day: at risk when the deadline is at most atRiskDays away. */
  static Outcome outcome(Report report, OptionalLong daysLeft, int atRiskDays) {
    if (report.isCompliant()) {
      return Outcome.COMPLIANT;
    }
    if (daysLeft.isEmpty() || daysLeft.getAsLong() < 0) {
      // no deadline to work towards (the period cannot be known), or it has passed
      return Outcome.NOT_COMPLIANT;
    }
    long days = daysLeft.getAsLong();
    return days <= atRiskDays ? Outcome.AT_RISK : Outcome.ON_TRACK;
  }

  /** The registration period the portfolio is checked for as of the day, when the record says enough. */
  static Optional<RegistrationPeriod> period(Portfolio portfolio, RegistrationPack pack, LocalDate asOf) {
    return pack.requirements().periodFor(portfolio.practitioner(), asOf);
  }

  /** Days from the day to the period's deadline, when the period is known. */
  static OptionalLong daysLeft(Optional<RegistrationPeriod> period, LocalDate asOf) {
    return period.map(p -> OptionalLong.of(p.daysToDeadline(asOf))).orElse(OptionalLong.empty());
  }

  /** The outcome and days left in words, such as {@code At risk: 7 days to the deadline (30 November 2026)}. */
  static String words(Outcome outcome, Optional<RegistrationPeriod> period, LocalDate asOf) {
    if (outcome == Outcome.COMPLIANT || period.isEmpty()) {
      return outcome.label();
    }
    return outcome.label() + ": " + RequirementStatus.deadlineWords(period.get().deadline(), period.get().daysToDeadline(asOf));
  }

  /** Each entry's status, in entry order. */
  static List<EntryStatusView> entries(Portfolio portfolio, RegistrationPack pack, Report report) {
    TeamFacts.Facts facts = TeamFacts.of(portfolio, pack, report.asOf());
    Map<Integer, Integer> errors = new HashMap<>();
    for (Finding f : report.findings(Severity.ERROR)) {
      int i = entryIndex(f.location());
      if (i >= 0) {
        errors.merge(i, 1, Integer::sum);
      }
    }
    List<CpdEntry> entries = portfolio.entries();
    List<EntryStatusView> out = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Exclusion why = facts.excluded().get(i);
      int problems = errors.getOrDefault(i, 0);
      String reason;
      boolean counts;
      if (why != null) {
        counts = false;
        reason = reason(why, report.asOf());
      } else if (problems > 0) {
        counts = false;
        reason = problems == 1 ? "counts once 1 problem is fixed" : "counts once " + problems + " problems are fixed";
      } else {
        counts = true;
        reason = "";
      }
      out.add(new EntryStatusView(i, entries.get(i), counts, reason, why == null,
          why == null && entries.get(i).isPeerReflection()));
    }
    return out;
  }

  /** The entry index a finding's location points into, or -1. */
  static int entryIndex(String pointer) {
    if (!pointer.startsWith("/entries/")) {
      return -1;
    }
    int end = pointer.indexOf('/', 9);
    String digits = end < 0 ? pointer.substring(9) : pointer.substring(9, end);
    if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Integer.parseInt(digits);
  }

  private static String reason(Exclusion why, LocalDate asOf) {
    switch (why) {
      case OUTSIDE_PERIOD:
        return "completed outside this registration period";
      case DRAFT:
        return "still a draft";
      case FUTURE:
        return "dated after " + RequirementStatus.day(asOf);
      case INCOMPLETE:
        return "what was done, what was learned or the impact on practice is missing";
      case DUPLICATE:
        return "the same as another piece, which counts instead";
      default:
        return why.code();
    }
  }

  /**
   * One entry: whether it counts now, why not in words, whether the requirements count it (it
   * may still have errors to fix), and whether it counts as a piece with a peer reflection.
   */
  record EntryStatusView(int index, CpdEntry entry, boolean counts, String reason, boolean countsOnceFixed,
      boolean peerReflection) {}
}
