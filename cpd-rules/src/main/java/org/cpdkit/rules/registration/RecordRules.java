package org.cpdkit.rules.registration;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.rules.RequirementState;
import org.cpdkit.rules.RequirementStatus;
import org.cpdkit.rules.Rule;
import org.cpdkit.rules.RuleDescription;
import org.cpdkit.rules.Severity;

/** Rules about the record as a whole: regulator, period, new registrants, spread, gaps, declarations. */
final class RecordRules {

  private RecordRules() {}

  static List<Rule<Portfolio>> of(RegistrationRequirements r) {
    List<Rule<Portfolio>> rules = new ArrayList<>();
    rules.add(regulator(r));
    rules.add(period(r));
    if (r.reviewsAgainAfterFeedback()) {
      rules.add(ReviewRules.reviewAnnounced(r));
    }
    r.newRegistrantCutoff().ifPresent(c -> rules.add(newRegistrant(r)));
    if (r.encouragesSpread()) {
      rules.add(spread(r));
    }
    r.maximumGap().ifPresent(g -> rules.add(gap(r)));
    if (!r.declarations().isEmpty()) {
      rules.add(declarations(r));
    }
    return rules;
  }

  private static Rule<Portfolio> regulator(RegistrationRequirements r) {
    String id = "registration.regulator";
    return new PortfolioRule(
        RuleDescription.of(id, Severity.ERROR, "The practitioner is registered with " + r.regulator().title() + ".",
            "Checking a record against another regulator's requirements gives answers that do not apply.",
            r.sourceFor(id)),
        r,
        (facts, context) -> {
          if (facts.portfolio().practitioner().regulator() != r.regulator()) {
            context.report("/practitioner/regulator",
                "The practitioner is registered with " + facts.portfolio().practitioner().regulator().title()
                    + ", but this pack checks " + r.regulator().title() + "'s requirements.",
                Map.of("expected", r.regulator().code(),
                    "recorded", facts.portfolio().practitioner().regulator().code()));
          }
        });
  }

  private static Rule<Portfolio> period(RegistrationRequirements r) {
    String id = "registration.period";
    String summary = r.fixedStart().isPresent()
        ? "The registration period runs " + RequirementStatus.day(r.fixedPeriod().get().start()) + " to "
            + RequirementStatus.day(r.fixedPeriod().get().end()) + "; the deadline is "
            + RequirementStatus.day(r.fixedPeriod().get().deadline()) + "."
        : "Each registrant's period of " + Amount.count(r.periodYears(), "year", "years")
            + " runs from their registration date" + (r.deadlineDaysBeforeEnd() > 0
                ? "; the deadline is " + r.deadlineDaysBeforeEnd() + " days before its end." : ".");
    return new PortfolioRule(
        RuleDescription.of(id, Severity.ERROR, summary,
            "Which entries count, and how many days are left, depend on the registration period.",
            r.sourceFor(id)),
        r,
        (facts, context) -> {
          if (facts.period().isPresent()) {
            return;
          }
          boolean known = facts.portfolio().practitioner().registeredOn().isPresent();
          context.report("/practitioner/registeredOn",
              known
                  ? "The registration date is after the day of the check, so there is no period to check yet."
                  : "The registration date is needed: " + r.regulator().title()
                      + " periods follow each registrant's own cycle from it.",
              Map.of("periodYears", r.periodYears()));
        });
  }

  private static Rule<Portfolio> newRegistrant(RegistrationRequirements r) {
    String id = "registration.new-registrant";
    String cutoff = r.newRegistrantCutoff().get().getDayOfMonth() + " "
        + r.newRegistrantCutoff().get().getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
    return new PortfolioRule(
        RuleDescription.of(id, Severity.INFO,
            "Registrants who joined after " + cutoff + " need not record CPD for that period.",
            "The regulator does not ask new registrants to record CPD for the round they joined in.",
            r.sourceFor(id)),
        r,
        (facts, context) -> {
          if (facts.isExempt()) {
            context.report("/practitioner/registeredOn",
                "Registered after " + cutoff + " of this period: no CPD is required for it, though recording some is "
                    + "good practice.",
                Map.of("cutoff", r.newRegistrantCutoff().get().toString()));
          }
        });
  }

  private static Rule<Portfolio> spread(RegistrationRequirements r) {
    String id = "registration.spread";
    return new PortfolioRule(
        RuleDescription.of(id, Severity.INFO, "Pieces of CPD spread across the year rather than recorded together.",
            "The regulator encourages recording CPD throughout the year; it is never required.", r.sourceFor(id)),
        r,
        (facts, context) -> {
          List<LocalDate> days = new ArrayList<>();
          facts.counted().forEach(e -> days.add(e.completedOn()));
          if (days.size() < 2 || facts.isExempt()) {
            return;
          }
          LocalDate first = days.stream().min(LocalDate::compareTo).get();
          LocalDate last = days.stream().max(LocalDate::compareTo).get();
          long span = ChronoUnit.DAYS.between(first, last);
          if (span <= 31) {
            context.report("/entries",
                "All counted pieces were completed within " + Amount.count(span + 1, "day", "days")
                    + "; spreading CPD across the year is encouraged.",
                Map.of("days", span + 1));
          }
        });
  }

  private static Rule<Portfolio> gap(RegistrationRequirements r) {
    String id = "registration.gap";
    java.time.Period max = r.maximumGap().get();
    return new PortfolioRule(
        RuleDescription.of(id, Severity.WARNING,
            "No gap of " + max.toTotalMonths() + " months or more in the record without an explanation.",
            "The regulator expects a continuous record and asks for gaps to be explained.", r.sourceFor(id)),
        r,
        (facts, context) -> {
          if (facts.period().isEmpty()) {
            return;
          }
          RegistrationPeriod p = facts.period().get();
          LocalDate end = context.asOf().isBefore(p.end()) ? context.asOf() : p.end();
          LocalDate start = p.start();
          if (end.isBefore(start)) {
            return;
          }
          List<LocalDate> days = new ArrayList<>();
          facts.counted().forEach(e -> days.add(e.completedOn()));
          days.sort(LocalDate::compareTo);
          days.add(end);
          LocalDate previous = start;
          for (LocalDate day : days) {
            if (!previous.plus(max).isAfter(day)) {
              context.report("/entries",
                  "Nothing was recorded from " + RequirementStatus.day(previous) + " to " + RequirementStatus.day(day)
                      + "; explain gaps of " + max.toTotalMonths() + " months or more.",
                  Map.of("from", previous, "to", day));
            }
            previous = day;
          }
        });
  }

  private static Rule<Portfolio> declarations(RegistrationRequirements r) {
    String id = "registration.declarations";
    return new PortfolioRule(
        RuleDescription.of(id, Severity.INFO,
            "Lists what the regulator requires at renewal that a CPD record cannot show.",
            "A report should say what is left to do even when cpdkit cannot check it.", r.sourceFor(id)),
        r,
        (facts, context) -> {
          int order = 200;
          for (Declaration d : r.declarations()) {
            RequirementStatus.Builder status = RequirementStatus.builder()
                .order(order++)
                .state(RequirementState.NOT_CHECKED)
                .required(d.description())
                .recorded("not held in the CPD record: confirm it yourself");
            facts.period().ifPresent(p -> status.deadline(p.deadline()).daysLeft(p.daysToDeadline(context.asOf())));
            context.status(status);
          }
        });
  }
}
