package org.cpdkit.rules.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.rules.RequirementState;
import org.cpdkit.rules.RequirementStatus;
import org.cpdkit.rules.Rule;
import org.cpdkit.rules.RuleContext;
import org.cpdkit.rules.RuleDescription;
import org.cpdkit.rules.Severity;
import org.cpdkit.core.portfolio.Portfolio;

/**
 * The one generic requirement rule, instantiated once per figure a regulator sets: it counts what
 * the portfolio holds in the period, reports a status in plain words, and an error when the
 * figure is not reached.
 */
final class RequirementRules {

  private RequirementRules() {}

  /** What one requirement measures and how it is said. */
  private static final class Measure {
    final String id;
    final int order;
    final long target;
    final boolean minutes;
    final String what;
    final String singular;
    final String plural;
    final String rationale;
    final Severity severity;
    final ToLongFunction<RegistrationFacts> count;
    Component component;

    Measure(String id, int order, long target, boolean minutes, String what, String singular, String plural,
        String rationale, Severity severity, ToLongFunction<RegistrationFacts> count) {
      this.id = id;
      this.order = order;
      this.target = target;
      this.minutes = minutes;
      this.what = what;
      this.singular = singular;
      this.plural = plural;
      this.rationale = rationale;
      this.severity = severity;
      this.count = count;
    }

    String amount(long n) {
      return minutes ? Amount.minutes(n) : Amount.count(n, singular, plural);
    }

    String required() {
      return "At least " + amount(target) + what;
    }
  }

  static List<Rule<Portfolio>> of(RegistrationRequirements r) {
    List<Measure> measures = new ArrayList<>();
    if (r.minimumEntries() > 0) {
      measures.add(new Measure("registration.minimum-entries", 10, r.minimumEntries(), false, "",
          "piece of CPD", "pieces of CPD",
          "The regulator asks for this many different, submitted pieces of CPD in each period.",
          Severity.ERROR, f -> f.counted().size()));
    }
    if (r.minimumPeerReflections() > 0) {
      measures.add(new Measure("registration.peer-reflection", 20, r.minimumPeerReflections(), false,
          " including a peer reflection", "piece of CPD", "pieces of CPD",
          "The regulator asks that the learning of at least this many pieces is discussed with a peer.",
          Severity.ERROR, RegistrationFacts::peerReflections));
    }
    r.minimumHours().ifPresent(h -> measures.add(new Measure("registration.hours", 30, h.toMinutes(), true,
        " of CPD", "", "",
        "The regulator counts the hours of CPD in each period.", Severity.ERROR, f -> f.time().toMinutes())));
    r.minimumParticipatoryHours().ifPresent(h -> measures.add(new Measure("registration.participatory-hours", 40,
        h.toMinutes(), true, " of participatory CPD (learning with other people)", "", "",
        "The regulator asks that part of the hours are spent learning with other people.", Severity.ERROR,
        f -> f.participatoryTime().toMinutes())));
    if (r.minimumReflectiveAccounts() > 0) {
      measures.add(new Measure("registration.reflective-accounts", 50, r.minimumReflectiveAccounts(), false,
          ", each linked to a theme of the Code", "written reflective account",
          "written reflective accounts",
          "The regulator asks for written reflective accounts of CPD, feedback or events in practice, each "
              + "related to the Code.",
          Severity.ERROR, RegistrationFacts::reflectiveAccounts));
    }
    if (r.minimumFeedbackItems() > 0) {
      measures.add(new Measure("registration.feedback", 60, r.minimumFeedbackItems(), false,
          "", "piece of practice-related feedback",
          "pieces of practice-related feedback",
          "The regulator asks for practice-related feedback from people worked with or colleagues.",
          Severity.ERROR, RegistrationFacts::feedbackItems));
    }
    r.minimumPracticeHours().ifPresent(h -> measures.add(new Measure("registration.practice-hours", 45,
        h.toMinutes(), true, " of practice", "", "",
        "The regulator asks for this much practice in the period.", Severity.ERROR,
        f -> f.practiceTime().toMinutes())));
    if (r.minimumActivityTypes() > 0) {
      measures.add(new Measure("registration.activity-types", 70, r.minimumActivityTypes(), false,
          "", "kind of activity", "different kinds of activity",
          "The regulator asks for a mixture of learning activities.", Severity.ERROR,
          RegistrationFacts::activityTypes));
    }
    int order = 80;
    for (Component c : r.components()) {
      Measure m = new Measure(c.ruleId(), order++, c.minimum(), false,
          ": " + c.description() + " (entries tagged " + c.tag() + ")", "piece of CPD", "pieces of CPD",
          "The regulator requires this learning in each period.", c.severity(), f -> f.tagged(c.tag()));
      m.component = c;
      measures.add(m);
    }
    List<Rule<Portfolio>> rules = new ArrayList<>();
    for (Measure m : measures) {
      RuleDescription d = RuleDescription.of(m.id, m.severity, m.required() + " in the period.", m.rationale,
          r.sourceFor(m.id));
      rules.add(new PortfolioRule(d, r, (facts, context) -> check(m, facts, context)));
    }
    return rules;
  }

  private static void check(Measure m, RegistrationFacts facts, RuleContext context) {
    if (facts.period().isEmpty()) {
      return;
    }
    RegistrationPeriod period = facts.period().get();
    LocalDate asOf = context.asOf();
    String required = m.required() + " completed " + RequirementStatus.day(period.start()) + " to "
        + RequirementStatus.day(period.end());
    RequirementStatus.Builder status = RequirementStatus.builder()
        .order(m.order)
        .required(required)
        .target(m.target)
        .deadline(period.deadline())
        .daysLeft(period.daysToDeadline(asOf));
    long achieved = m.count.applyAsLong(facts);
    status.achieved(achieved);
    if (m.component != null && m.component.notApplicableIfAssessedYearBefore().isPresent()) {
      java.util.Optional<LocalDate> assessed = facts.portfolio().practitioner().assessedYearCompletedOn();
      LocalDate from = m.component.notApplicableIfAssessedYearBefore().get();
      if (assessed.isPresent() && assessed.get().isBefore(from)) {
        context.status(status.state(RequirementState.NOT_APPLICABLE)
            .recorded("not applicable: the assessed year was completed before " + RequirementStatus.day(from)));
        return;
      }
    }
    if (facts.isExempt()) {
      context.status(status.state(RequirementState.NOT_REQUIRED)
          .recorded("exempt this period: registered on or after the new-registrant cut-off"));
      return;
    }
    String recorded = m.amount(achieved) + " recorded";
    if (achieved >= m.target) {
      context.status(status.state(RequirementState.MET).recorded(recorded));
      return;
    }
    long gap = m.target - achieved;
    String missing = m.minutes ? m.amount(gap) + " more" : gap + " more " + (gap == 1 ? m.singular : m.plural) + m.what;
    context.status(status.state(RequirementState.NOT_MET).recorded(recorded).missing(missing));
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("required", m.target);
    args.put("recorded", achieved);
    args.put("deadline", period.deadline());
    args.put("daysLeft", period.daysToDeadline(asOf));
    context.report("/entries",
        required + ": " + recorded + "; " + missing + " needed; "
            + RequirementStatus.deadlineWords(period.deadline(), period.daysToDeadline(asOf)) + ".",
        args);
  }
}
