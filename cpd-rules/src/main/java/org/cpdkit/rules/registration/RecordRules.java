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
    if (r.requiresLearningPlan()) {
      rules.add(learningPlan(r));
    }
    if (r.leaveKeepsRequirements()) {
      rules.add(leave(r));
    }
    if (r.renewalWindowOpens().isPresent() || r.renewalWindowDaysBeforeEnd().isPresent()) {
      rules.add(renewalApplication(r));
    }
    int order = 200;
    for (Declaration d : r.declarations()) {
      rules.add(declaration(r, d, order++));
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
            context.deadline(facts.period().get().deadline());
            for (int i = 0; i < facts.portfolio().entries().size(); i++) {
              context.entry(facts.entryResult(i));
            }
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
            "Registrants who joined on or after " + cutoff + " need not record CPD for that period.",
            "The regulator does not ask new registrants to record CPD for the round they joined in.",
            r.sourceFor(id)),
        r,
        (facts, context) -> {
          if (facts.isExempt()) {
            context.report("/practitioner/registeredOn",
                "Registered on or after " + cutoff + " of this period: no CPD is required for it, though recording some is "
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
          List<org.cpdkit.core.portfolio.Absence> absences = facts.portfolio().absences();
          for (org.cpdkit.core.portfolio.Absence a : absences) {
            // An absence explains the time it covers: its first and last days bound the gaps around it.
            for (LocalDate d : List.of(a.start(), a.end())) {
              if (!d.isBefore(start) && !d.isAfter(end)) {
                days.add(d);
              }
            }
          }
          days.sort(LocalDate::compareTo);
          days.add(end);
          LocalDate previous = start;
          for (LocalDate day : days) {
            LocalDate from = previous;
            boolean explained = absences.stream().anyMatch(a -> !a.start().isAfter(from) && !a.end().isBefore(day));
            if (!explained && !previous.plus(max).isAfter(day)) {
              context.report("/entries",
                  "Nothing was recorded from " + RequirementStatus.day(previous) + " to " + RequirementStatus.day(day)
                      + "; explain gaps of " + max.toTotalMonths() + " months or more.",
                  Map.of("from", previous, "to", day));
            }
            previous = day;
          }
        });
  }

  private static Rule<Portfolio> declaration(RegistrationRequirements r, Declaration d, int order) {
    String id = d.ruleId();
    boolean conditional = d.onlyWhen().isPresent();
    String what = d.signOff().isPresent() ? "sign-off (" + d.signOff().get().code() + ")" : "declaration (" + d.id() + ")";
    return new PortfolioRule(
        RuleDescription.of(id, conditional ? Severity.INFO : Severity.ERROR,
            d.description() + (conditional ? " (" + d.onlyWhen().get() + ")." : "."),
            "The regulator requires this at renewal; the record holds it as a " + what + " dated in the period.",
            r.sourceFor(id)),
        r,
        (facts, context) -> {
          if (facts.period().isEmpty()) {
            return;
          }
          RegistrationPeriod p = facts.period().get();
          RequirementStatus.Builder status = RequirementStatus.builder()
              .order(order)
              .required(d.description() + (conditional ? " (" + d.onlyWhen().get() + ")" : ""))
              .deadline(p.deadline())
              .daysLeft(p.daysToDeadline(context.asOf()));
          if (facts.holds(d)) {
            context.status(status.state(RequirementState.MET).recorded("recorded"));
          } else if (conditional) {
            context.status(status.state(RequirementState.NOT_CHECKED)
                .recorded("not recorded; needed only " + d.onlyWhen().get()));
          } else if (facts.isExempt()) {
            context.status(status.state(RequirementState.NOT_REQUIRED)
                .recorded("exempt this period: registered on or after the new-registrant cut-off"));
          } else {
            String missing = "a " + what + " dated " + RequirementStatus.day(p.start()) + " to "
                + RequirementStatus.day(p.end()) + (d.registrantRequired() ? " with a registrant" : "");
            context.status(status.state(RequirementState.NOT_MET).recorded("not recorded").missing(missing));
            context.report(d.signOff().isPresent() ? "/signOffs" : "/declarations",
                d.description() + ": not recorded; record " + missing + "; "
                    + RequirementStatus.deadlineWords(p.deadline(), p.daysToDeadline(context.asOf())) + ".",
                Map.of("id", d.id()));
          }
        });
  }

  private static Rule<Portfolio> learningPlan(RegistrationRequirements r) {
    String id = "registration.learning-plan";
    return new PortfolioRule(
        RuleDescription.of(id, Severity.ERROR,
            "A written learning and development plan, agreed with the employer and reviewed in the period.",
            "The regulator asks for a written plan agreed with the employer and regularly reviewed.",
            r.sourceFor(id)),
        r,
        (facts, context) -> {
          if (facts.period().isEmpty()) {
            return;
          }
          RegistrationPeriod p = facts.period().get();
          java.util.Optional<org.cpdkit.core.portfolio.LearningPlan> plan = facts.portfolio().learningPlan();
          RequirementStatus.Builder status = RequirementStatus.builder()
              .order(150)
              .required("A written learning and development plan agreed with the employer")
              .deadline(p.deadline())
              .daysLeft(p.daysToDeadline(context.asOf()));
          if (plan.isPresent() && plan.get().agreedWithEmployer()) {
            boolean reviewed = plan.get().lastReviewed().map(facts::inPeriodBy).orElse(false)
                || plan.get().agreedOn().map(facts::inPeriodBy).orElse(false);
            // Regular review is asked for without a frequency, so it is said, not counted against.
            context.status(status.state(RequirementState.MET).recorded("a plan agreed with the employer"
                + (reviewed ? ", agreed or reviewed in this period" : "; not reviewed in this period: review it")));
            return;
          }
          String recorded = plan.isPresent() ? "a plan not yet agreed with the employer" : "no plan recorded";
          context.status(status.state(RequirementState.NOT_MET).recorded(recorded)
              .missing("a written plan agreed with the employer"));
          context.report(plan.isPresent() ? "/learningPlan/agreedWithEmployer" : "/learningPlan",
              "A written learning and development plan agreed with your employer is required: " + recorded + ".",
              Map.of());
        });
  }

  private static Rule<Portfolio> leave(RegistrationRequirements r) {
    String id = "registration.leave";
    return new PortfolioRule(
        RuleDescription.of(id, Severity.INFO,
            "Time away from practice in the period leaves the requirements in place.",
            "The regulator asks registrants on leave or not practising to record CPD too.", r.sourceFor(id)),
        r,
        (facts, context) -> {
          if (facts.period().isEmpty()) {
            return;
          }
          RegistrationPeriod p = facts.period().get();
          List<org.cpdkit.core.portfolio.Absence> absences = facts.portfolio().absences();
          for (int i = 0; i < absences.size(); i++) {
            org.cpdkit.core.portfolio.Absence a = absences.get(i);
            if (!a.end().isBefore(p.start()) && !a.start().isAfter(p.end())) {
              context.report("/absences/" + i,
                  "Away from practice in this period: the CPD requirements still apply.",
                  Map.of("reason", a.reason().code()));
            }
          }
        });
  }

  private static Rule<Portfolio> renewalApplication(RegistrationRequirements r) {
    String id = "registration.renewal-application";
    String opensWords = r.renewalWindowOpens()
        .map(o -> o.getDayOfMonth() + " " + o.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK))
        .orElseGet(() -> r.renewalWindowDaysBeforeEnd().get() + " days before the renewal date (the period's last day)");
    return new PortfolioRule(
        RuleDescription.of(id, Severity.INFO,
            "The renewal application is made in the renewal window, from " + opensWords + " to the deadline, besides the CPD.",
            "Renewing takes an application as well as the CPD; the record holds it as the declaration "
                + "renewal-application when the recording system knows it.", r.sourceFor(id)),
        r,
        (facts, context) -> {
          if (facts.period().isEmpty()) {
            return;
          }
          RegistrationPeriod p = facts.period().get();
          LocalDate from = r.renewalWindowOpening(p).get();
          RequirementStatus.Builder status = RequirementStatus.builder()
              .order(190)
              .required("The renewal application, made " + RequirementStatus.day(from) + " to "
                  + RequirementStatus.day(p.deadline()))
              .deadline(p.deadline())
              .daysLeft(p.daysToDeadline(context.asOf()));
          boolean made = facts.portfolio().declarations().stream().anyMatch(d -> d.id().equals("renewal-application")
              && !d.date().isBefore(from) && !d.date().isAfter(p.deadline()) && !d.date().isAfter(context.asOf()));
          if (made) {
            context.status(status.state(RequirementState.MET).recorded("recorded"));
          } else if (context.asOf().isBefore(from)) {
            context.status(status.state(RequirementState.NOT_CHECKED)
                .recorded("the renewal window opens " + RequirementStatus.day(from)));
          } else {
            context.status(status.state(RequirementState.NOT_CHECKED)
                .recorded("not recorded: make it on the regulator's site; the CPD record need not hold it"));
          }
        });
  }
}
