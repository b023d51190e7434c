package org.cpdkit.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.standard.Standard;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardGroup;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.rules.Finding;
import org.cpdkit.rules.RequirementState;
import org.cpdkit.rules.RequirementStatus;

/** The template model of one practitioner's page. Free text from entries never enters it but titles. */
final class PractitionerModel {

  private PractitionerModel() {}

  static Map<String, Object> of(PractitionerView v) {
    Map<String, Object> m = new LinkedHashMap<>();
    String number = v.portfolio().practitioner().registrationNumber();
    m.put("title", "CPD report for " + number);
    m.put("registrationNumber", number);
    m.put("regulator", v.portfolio().practitioner().regulator().title());
    m.put("pack", v.pack().title());
    m.put("packId", v.pack().id());
    m.put("asOf", RequirementStatus.day(v.asOf()));
    m.put("asOfIso", v.asOf().toString());
    v.period().ifPresent(p -> m.put("period", RequirementStatus.day(p.start()) + " to " + RequirementStatus.day(p.end())));
    v.period().ifPresent(p -> m.put("deadline", RequirementStatus.day(p.deadline())));
    m.put("outcome", outcome(v.outcome()));
    m.put("outcomeWords", v.outcomeWords());
    v.daysLeft().ifPresent(d -> m.put("daysLeft", daysLeft(d)));
    m.put("requirements", requirements(v.report().requirements()));

    List<Outcomes.EntryStatusView> entries = v.entryStatuses();
    Set<Integer> titleFlagged = new HashSet<>();
    for (Finding f : v.report().findings()) {
      int i = Outcomes.entryIndex(f.location());
      if (i >= 0 && f.location().startsWith("/entries/" + i + "/title")) {
        titleFlagged.add(i);
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    int counted = 0;
    for (Outcomes.EntryStatusView e : entries) {
      CpdEntry en = e.entry();
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("number", e.index() + 1);
      r.put("date", RequirementStatus.day(en.completedOn()));
      r.put("title", titleFlagged.contains(e.index()) ? null : en.title());
      r.put("activity", en.activityType().map(t -> t.code().replace('-', ' ')).orElse("not recorded"));
      r.put("time", en.timeSpent().map(Fields::duration).orElse("not recorded"));
      r.put("peer", en.isPeerReflection() ? "Yes" : "No");
      r.put("counts", e.counts());
      r.put("reason", e.reason());
      r.put("standards", String.join(", ", en.standards().stream().map(StandardCode::value).toList()));
      rows.add(r);
      if (e.counts()) {
        counted++;
      }
    }
    m.put("entries", rows);
    m.put("hasEntries", !rows.isEmpty());
    m.put("entriesSummary", counted + " of " + rows.size() + (rows.size() == 1 ? " entry counts" : " entries count"));

    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : v.report().findings()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("severity", f.severity().name());
      r.put("severityCode", f.severity().name().toLowerCase(java.util.Locale.ROOT));
      r.put("where", Fields.words(f.location()));
      r.put("pointer", f.location().isEmpty() ? "/" : f.location());
      r.put("message", f.message());
      r.put("rule", f.ruleId());
      findings.add(r);
    }
    m.put("findings", findings);
    m.put("hasFindings", !findings.isEmpty());
    m.put("findingsCount", findings.size() == 1 ? "1 finding" : findings.size() + " findings");

    v.pack().requirements().standardsFramework().ifPresent(f -> standards(m, v, f, entries));
    return m;
  }

  static Map<String, Object> outcome(Outcome o) {
    return Map.of("code", o.code(), "label", o.label(), "symbol", o.symbol());
  }

  static String daysLeft(long d) {
    if (d > 1) {
      return d + " days left";
    } else if (d == 1) {
      return "1 day left";
    } else if (d == 0) {
      return "Deadline today";
    }
    return "Deadline passed " + (-d) + (d == -1 ? " day ago" : " days ago");
  }

  static List<Map<String, Object>> requirements(List<RequirementStatus> statuses) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (RequirementStatus r : statuses) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("required", r.required());
      x.put("recorded", r.recorded());
      x.put("missing", r.missing().orElse("nothing"));
      x.put("state", stateWords(r.state()));
      x.put("stateSymbol", r.state() == RequirementState.MET ? "✓" : r.state() == RequirementState.NOT_MET ? "✗" : "–");
      x.put("stateCode", r.state().code());
      out.add(x);
    }
    return out;
  }

  static String stateWords(RequirementState s) {
    switch (s) {
      case MET:
        return "Met";
      case NOT_MET:
        return "Not met";
      case NOT_REQUIRED:
        return "Not required";
      default:
        return "Confirm yourself";
    }
  }

  private static void standards(Map<String, Object> m, PractitionerView v, StandardsFramework framework,
      List<Outcomes.EntryStatusView> entries) {
    List<YearMonth> months = months(v.period(), v.asOf());
    Map<StandardCode, int[]> counts = new TreeMap<>();
    for (Outcomes.EntryStatusView e : entries) {
      if (!e.countsOnceFixed()) {
        continue;
      }
      int mi = months.indexOf(YearMonth.from(e.entry().completedOn()));
      if (mi < 0) {
        continue;
      }
      for (StandardCode c : e.entry().standards()) {
        counts.computeIfAbsent(c, k -> new int[months.size()])[mi]++;
      }
    }
    int covered = 0;
    int all = 0;
    int groupsCovered = 0;
    List<String> uncovered = new ArrayList<>();
    List<Map<String, Object>> groups = new ArrayList<>();
    for (StandardGroup g : framework.groups()) {
      boolean any = false;
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Standard s : g.standards()) {
        all++;
        int[] c = counts.get(s.code());
        int total = 0;
        List<String> when = new ArrayList<>();
        if (c != null) {
          for (int i = 0; i < c.length; i++) {
            total += c[i];
            if (c[i] > 0) {
              when.add(Charts.monthShort(months.get(i)) + (c[i] > 1 ? " (" + c[i] + ")" : ""));
            }
          }
        }
        if (total > 0) {
          covered++;
          any = true;
        } else {
          uncovered.add(s.code().value());
        }
        rows.add(Map.of("code", s.code().value(), "summary", s.summary(), "total", total,
            "months", when.isEmpty() ? "none yet" : String.join(", ", when)));
      }
      if (any) {
        groupsCovered++;
      }
      groups.add(Map.of("code", g.code(), "title", g.title(), "standards", rows));
    }
    String description = "Counted pieces of CPD evidence " + covered + " of " + all + " standards of "
        + framework.title() + ", in " + groupsCovered + " of " + framework.groups().size() + " groups, from "
        + Charts.monthLong(months.get(0)) + " to " + Charts.monthLong(months.get(months.size() - 1)) + "."
        + (uncovered.isEmpty() ? "" : " Not yet evidenced: " + String.join(", ", uncovered) + ".")
        + " The table after the chart gives the same figures.";
    m.put("framework", framework.title());
    m.put("standardsSummary", covered + " of " + all + " standards covered, in " + groupsCovered + " of "
        + framework.groups().size() + " groups");
    m.put("standardsChart", Charts.standardsGrid("standards-chart", framework, months, counts, description));
    m.put("standardGroups", groups);
  }

  static List<YearMonth> months(Optional<RegistrationPeriod> period, java.time.LocalDate asOf) {
    if (period.isPresent() && period.get().lengthInDays() <= 370) {
      return Charts.months(YearMonth.from(period.get().start()), YearMonth.from(period.get().end()));
    }
    YearMonth last = YearMonth.from(period.map(p -> p.end().isBefore(asOf) ? p.end() : asOf).orElse(asOf));
    return Charts.months(last.minusMonths(11), last);
  }
}
