package org.cpdkit.rules.registration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.AuditProfile;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.ProfileGap;
import org.cpdkit.rules.RequirementStatus;
import org.cpdkit.rules.Rule;
import org.cpdkit.rules.RuleContext;
import org.cpdkit.rules.RuleDescription;
import org.cpdkit.rules.Severity;

/**
 * The rules about the CPD profile a sampled registrant sends (HCPC), one per limit: the summary,
 * the statement, the activities it draws on and their evidence, the dated list, and the gaps in it.
 * Each is silent unless the portfolio holds a profile.
 */
final class AuditProfileRules {
  private AuditProfileRules() {}

  private static final String AT = "/auditProfile";

  private interface ProfileCheck {
    void check(Portfolio portfolio, AuditProfile profile, RuleContext context);
  }

  static List<Rule<Portfolio>> of(RegistrationRequirements r) {
    ProfileLimits l = r.auditProfile().get();
    List<Rule<Portfolio>> rules = new ArrayList<>();
    rules.add(rule(r, "audit-profile.summary", Severity.ERROR,
        "The profile's summary of practice is written and has at most " + words(l.summaryWords()) + ".",
        "The regulator asks for a summary of the registrant's role and work of up to " + words(l.summaryWords()) + ".",
        (p, a, c) -> length(c, a.summaryOfPractice(), l.summaryWords(), "/summaryOfPractice", "summary of practice")));
    rules.add(rule(r, "audit-profile.statement", Severity.ERROR,
        "The profile's statement of how the standards were met is written and has at most "
            + words(l.statementWords()) + ".",
        "The regulator asks for a statement of how the CPD met its standards of up to " + words(l.statementWords())
            + ".",
        (p, a, c) -> length(c, a.statement(), l.statementWords(), "/statement", "statement")));
    rules.add(rule(r, "audit-profile.activities", Severity.WARNING,
        "The statement draws on " + l.minimumActivities() + " to " + l.maximumActivities()
            + " activities from the dated list.",
        "The regulator suggests a statement drawing on " + l.minimumActivities() + " to " + l.maximumActivities()
            + " activities of the time the profile covers; it is a suggestion, so a WARNING.",
        (p, a, c) -> activities(a, c, l)));
    rules.add(rule(r, "audit-profile.evidence", Severity.ERROR,
        "Each activity the statement draws on holds evidence that it took place.",
        "The profile is sent with evidence supporting the activities the statement describes.",
        AuditProfileRules::evidence));
    rules.add(rule(r, "audit-profile.activity-list", Severity.ERROR,
        "The dated list holds every submitted piece completed in the time the profile covers, earliest first.",
        "The regulator asks for a continuous, up-to-date and accurate record: a dated list of every activity in "
            + "the time covered.",
        AuditProfileRules::activityList));
    rules.add(rule(r, "audit-profile.gaps", Severity.ERROR,
        "Each gap of " + l.gap().toTotalMonths() + " months or more in the dated list is explained.",
        "The regulator asks for any gap of " + l.gap().toTotalMonths()
            + " consecutive months or more in the activities to be explained.",
        (p, a, c) -> gaps(p, a, c, l)));
    return rules;
  }

  private static Rule<Portfolio> rule(RegistrationRequirements r, String id, Severity severity, String summary,
      String rationale, ProfileCheck check) {
    return new PortfolioRule(RuleDescription.of(id, severity, summary, rationale, r.sourceFor(id)), r,
        (facts, context) -> facts.portfolio().auditProfile()
            .ifPresent(a -> check.check(facts.portfolio(), a, context)));
  }

  private static String words(int n) {
    return String.format(java.util.Locale.UK, "%,d", n) + " words";
  }

  private static void length(RuleContext c, String text, int max, String field, String what) {
    if (text.isBlank()) {
      c.report(AT + field, "The " + what + " is not written yet.", Map.of("maximum", max));
      return;
    }
    int n = EntryRules.words(text);
    if (n > max) {
      c.report(AT + field, "The " + what + " has " + words(n) + "; shorten it to at most " + words(max) + ".",
          Map.of("words", n, "maximum", max));
    }
  }

  private static void activities(AuditProfile a, RuleContext c, ProfileLimits l) {
    int n = a.statementActivities().size();
    if (n < l.minimumActivities() || n > l.maximumActivities()) {
      c.report(AT + "/statementActivities",
          "The statement draws on " + Amount.count(n, "activity", "activities") + "; choose "
              + l.minimumActivities() + " to " + l.maximumActivities() + " from the dated list.",
          Map.of("activities", n, "minimum", l.minimumActivities(), "maximum", l.maximumActivities()));
    }
    Set<String> listed = new HashSet<>(a.activities());
    for (int i = 0; i < n; i++) {
      if (!listed.contains(a.statementActivities().get(i))) {
        c.report(AT + "/statementActivities/" + i,
            "This activity is not in the profile's dated list of the time covered; choose activities from it.",
            Map.of("entry", a.statementActivities().get(i)));
      }
    }
  }

  private static void evidence(Portfolio p, AuditProfile a, RuleContext c) {
    for (int i = 0; i < a.statementActivities().size(); i++) {
      Optional<CpdEntry> e = p.entry(a.statementActivities().get(i));
      if (e.isPresent() && e.get().evidence().isEmpty()) {
        c.report(AT + "/statementActivities/" + i,
            "No evidence recorded for this activity; add what shows it took place before sending the profile.",
            Map.of("entry", e.get().id()));
      }
    }
  }

  private static void activityList(Portfolio p, AuditProfile a, RuleContext c) {
    List<CpdEntry> expected = AuditProfile.datedList(p, a.coversFrom(), a.requestedOn());
    Set<String> expectedIds = new HashSet<>();
    expected.forEach(e -> expectedIds.add(e.id()));
    Set<String> listed = new HashSet<>(a.activities());
    for (CpdEntry e : expected) {
      if (!listed.contains(e.id())) {
        c.report(AT + "/activities",
            "A piece completed " + RequirementStatus.day(e.completedOn()) + " is missing from the dated list.",
            Map.of("entry", e.id()));
      }
    }
    java.time.LocalDate previous = null;
    for (int i = 0; i < a.activities().size(); i++) {
      String id = a.activities().get(i);
      CpdEntry e = p.entry(id).get();
      if (!expectedIds.contains(id)) {
        c.report(AT + "/activities/" + i, e.isSubmitted()
                ? "Completed outside the time the profile covers (" + RequirementStatus.day(a.coversFrom()) + " to "
                    + RequirementStatus.day(a.requestedOn()) + "); leave it out of the dated list."
                : "A draft is not an activity of the record; leave it out of the dated list or submit it.",
            Map.of("entry", id));
      } else if (previous != null && e.completedOn().isBefore(previous)) {
        c.report(AT + "/activities/" + i, "Listed after a later activity; the list runs earliest first.",
            Map.of("entry", id));
      }
      if (expectedIds.contains(id)) {
        previous = previous == null || e.completedOn().isAfter(previous) ? e.completedOn() : previous;
      }
    }
  }

  private static void gaps(Portfolio p, AuditProfile a, RuleContext c, ProfileLimits l) {
    List<java.time.LocalDate> days = new ArrayList<>();
    for (String id : a.activities()) {
      CpdEntry e = p.entry(id).get();
      if (e.isSubmitted()) {
        days.add(e.completedOn());
      }
    }
    List<ProfileGap> found = AuditProfile.gapsIn(days, a.coversFrom(), a.requestedOn(), p.absences(), l.gap());
    for (ProfileGap g : found) {
      if (g.isExplained()) {
        continue;
      }
      int listedAt = -1;
      boolean explained = false;
      for (int j = 0; j < a.gaps().size(); j++) {
        ProfileGap x = a.gaps().get(j);
        if (!x.start().isAfter(g.start()) && !x.end().isBefore(g.end())) {
          listedAt = j;
          explained |= x.isExplained();
        }
      }
      if (!explained) {
        c.report(listedAt >= 0 ? AT + "/gaps/" + listedAt + "/explanation" : AT + "/gaps",
            "Nothing was done from " + RequirementStatus.day(g.start()) + " to " + RequirementStatus.day(g.end())
                + "; explain gaps of " + l.gap().toTotalMonths() + " months or more (an absence, or the reason).",
            Map.of("from", g.start(), "to", g.end()));
      }
    }
  }
}
