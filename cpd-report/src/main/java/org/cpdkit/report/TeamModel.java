package org.cpdkit.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.standard.Standard;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.rules.RequirementStatus;
import org.cpdkit.rules.team.TeamReport;

/** The template model of a team's dashboard. Holds figures and the rules' own words only. */
final class TeamModel {

  /** How many of the least covered standards the dashboard lists. */
  static final int LEAST_COVERED = 8;

  private TeamModel() {}

  static Map<String, Object> of(TeamView v) {
    Map<String, Object> m = new LinkedHashMap<>();
    TeamReport t = v.teamReport();
    int total = v.rows().size();
    m.put("title", "Team CPD dashboard");
    m.put("pack", v.pack().title());
    m.put("packId", v.pack().id());
    m.put("asOf", RequirementStatus.day(v.asOf()));
    m.put("asOfIso", v.asOf().toString());
    m.put("total", total == 1 ? "1 practitioner" : total + " practitioners");
    m.put("atRiskDays", t.atRiskDays());
    v.period().ifPresent(p -> {
      m.put("period", RequirementStatus.day(p.start()) + " to " + RequirementStatus.day(p.end()));
      m.put("deadline", RequirementStatus.day(p.deadline()));
      m.put("daysLeft", PractitionerModel.daysLeft(p.daysToDeadline(v.asOf())));
    });

    List<Map<String, Object>> cards = new ArrayList<>();
    for (Outcome o : new Outcome[] {Outcome.NOT_COMPLIANT, Outcome.AT_RISK, Outcome.ON_TRACK, Outcome.COMPLIANT}) {
      int n = v.count(o);
      cards.add(Map.of("code", o.code(), "label", o.label(), "symbol", o.symbol(), "n", n, "share", percent(n, total)));
    }
    m.put("cards", cards);

    List<Column> columns = columns(v);
    List<Map<String, Object>> heads = new ArrayList<>();
    for (Column c : columns) {
      heads.add(Map.of("label", c.label));
    }
    m.put("columns", heads);
    List<Map<String, Object>> stack = new ArrayList<>();
    List<String> labels = new ArrayList<>(List.of("Outcome", "Days left"));
    columns.forEach(c -> labels.add(c.label + " (have / need)"));
    labels.add("Peer reflection");
    labels.add("Missing");
    for (int i = 0; i < labels.size(); i++) {
      // the first cell of a row is its header (the registration number), so data cells start at 2
      stack.add(Map.of("n", i + 2, "label", labels.get(i)));
    }
    m.put("stackLabels", stack);
    List<TeamView.Row> rows = new ArrayList<>(v.rows());
    rows.sort(Comparator.comparingInt((TeamView.Row r) -> rank(r.outcome()))
        .thenComparingLong(r -> r.daysLeft().orElse(Long.MAX_VALUE))
        .thenComparing(TeamView.Row::registrationNumber));
    List<Map<String, Object>> body = new ArrayList<>(rows.size());
    for (TeamView.Row r : rows) {
      body.add(row(r, columns));
    }
    m.put("rows", body);
    m.put("hasRows", !rows.isEmpty());

    int participants = t.peerReflectionParticipants();
    m.put("peerParticipants", participants + " of " + total + " (" + percent(participants, total) + ")");
    m.put("peerEntries", t.peerReflectionEntries());
    m.put("peerMissing", total - participants);

    v.pack().requirements().standardsFramework().ifPresent(f -> coverage(m, t, f, total));
    signOffs(m, t);
    t.learningCulture().ifPresent(c -> CultureModel.put(m, c));

    List<YearMonth> months = months(v.period(), v.asOf());
    Map<YearMonth, Integer> perMonth = v.piecesPerMonth();
    List<Map<String, Object>> monthRows = new ArrayList<>();
    int sum = 0;
    int running = 0;
    for (YearMonth ym : months) {
      int n = perMonth.getOrDefault(ym, 0);
      sum += n;
      running += n;
      monthRows.add(Map.of("month", Charts.monthLong(ym), "n", n, "running", running));
    }
    m.put("months", monthRows);
    LocalDate deadline = v.period().map(RegistrationPeriod::deadline).orElse(v.asOf());
    String description = sum + " counted pieces of CPD recorded from " + Charts.monthLong(months.get(0)) + " to "
        + Charts.monthLong(months.get(months.size() - 1)) + "; the most in one month: " + busiest(months, perMonth)
        + ". The deadline is " + RequirementStatus.day(deadline) + " and the report is as of "
        + RequirementStatus.day(v.asOf()) + ". The table after the chart gives every month's figure.";
    m.put("monthlyChart", Charts.monthlyBars("monthly-chart", months, perMonth, deadline, v.asOf(), description));
    return m;
  }

  private static void signOffs(Map<String, Object> m, TeamReport t) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (org.cpdkit.rules.team.PractitionerStatus p : t.practitioners()) {
      if (p.awaitsSignOff()) {
        rows.add(Map.of("number", p.registrationNumber(),
            "entries", p.entriesAwaitingSignOff().isEmpty() ? "none" : String.join(", ", p.entriesAwaitingSignOff()),
            "record", p.signOffsAwaiting().isEmpty() ? "none" : String.join(", ", p.signOffsAwaiting())));
      }
    }
    m.put("awaiting", rows);
    m.put("hasAwaiting", !rows.isEmpty());
  }

  private static String busiest(List<YearMonth> months, Map<YearMonth, Integer> perMonth) {
    YearMonth best = months.get(0);
    for (YearMonth ym : months) {
      if (perMonth.getOrDefault(ym, 0) > perMonth.getOrDefault(best, 0)) {
        best = ym;
      }
    }
    return perMonth.getOrDefault(best, 0) + " in " + Charts.monthLong(best);
  }

  private static List<YearMonth> months(Optional<RegistrationPeriod> period, LocalDate asOf) {
    return PractitionerModel.months(period, asOf);
  }

  private static void coverage(Map<String, Object> m, TeamReport t, StandardsFramework f, int total) {
    List<Map.Entry<StandardCode, Integer>> all = new ArrayList<>(t.standardsCoverage().entrySet());
    all.sort(Map.Entry.<StandardCode, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
    List<Map<String, Object>> least = new ArrayList<>();
    for (Map.Entry<StandardCode, Integer> e : all.subList(0, Math.min(LEAST_COVERED, all.size()))) {
      String summary = f.standard(e.getKey()).map(Standard::summary).orElse("");
      least.add(Map.of("code", e.getKey().value(), "summary", summary, "n", e.getValue(),
          "share", percent(e.getValue(), total)));
    }
    m.put("leastCovered", least);
    m.put("hasLeastCovered", !least.isEmpty());
    m.put("uncovered", t.uncoveredStandards().size());
    m.put("framework", f.title());
  }

  private static Map<String, Object> row(TeamView.Row r, List<Column> columns) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("number", r.registrationNumber());
    x.put("rank", rank(r.outcome()));
    x.put("code", r.outcome().code());
    x.put("symbol", r.outcome().symbol());
    x.put("label", r.outcome().label());
    x.put("daysV", r.daysLeft().isPresent() ? r.daysLeft().getAsLong() : 999_999L);
    x.put("days", r.daysLeft().isPresent() ? String.valueOf(r.daysLeft().getAsLong()) : "unknown");
    List<String> cells = new ArrayList<>(columns.size());
    for (Column c : columns) {
      Optional<RequirementStatus> s = r.requirements().stream().filter(q -> q.ruleId().equals(c.ruleId)).findFirst();
      if (s.isPresent() && s.get().achieved().isPresent() && s.get().target().isPresent()) {
        cells.add(c.figure(s.get().achieved().getAsLong()) + " / " + c.figure(s.get().target().getAsLong()));
      } else if (s.isPresent()) {
        cells.add(PractitionerModel.stateWords(s.get().state()).toLowerCase(java.util.Locale.ROOT));
      } else {
        cells.add("–");
      }
    }
    x.put("cells", cells);
    x.put("peer", r.peerReflected() ? "Yes" : "No");
    List<String> missing = r.missing();
    x.put("missing", missing.isEmpty() ? "nothing" : String.join("; ", missing));
    return x;
  }

  static int rank(Outcome o) {
    switch (o) {
      case NOT_COMPLIANT:
        return 0;
      case AT_RISK:
        return 1;
      case ON_TRACK:
        return 2;
      default:
        return 3;
    }
  }

  static String percent(int n, int total) {
    return total == 0 ? "0%" : Math.round(100.0 * n / total) + "%";
  }

  /** The requirements with figures, in the order they first appear. */
  static List<Column> columns(TeamView v) {
    Map<String, Column> out = new LinkedHashMap<>();
    for (TeamView.Row r : v.rows()) {
      for (RequirementStatus s : r.requirements()) {
        if (s.target().isPresent() && !out.containsKey(s.ruleId())) {
          out.put(s.ruleId(), new Column(s.ruleId()));
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  /** A requirement shown as a have / need column. */
  static final class Column {
    final String ruleId;
    final String label;
    final boolean minutes;

    Column(String ruleId) {
      this.ruleId = ruleId;
      this.label = label(ruleId);
      this.minutes = ruleId.endsWith("hours");
    }

    String figure(long value) {
      if (!minutes) {
        return String.valueOf(value);
      }
      return value % 60 == 0 ? String.valueOf(value / 60) : String.format(java.util.Locale.ROOT, "%.1f", value / 60.0);
    }

    static String label(String ruleId) {
      switch (ruleId) {
        case "registration.minimum-entries":
          return "Pieces";
        case "registration.peer-reflection":
          return "Peer reflections";
        case "registration.hours":
          return "Hours";
        case "registration.participatory-hours":
          return "Participatory hours";
        case "registration.reflective-accounts":
          return "Reflective accounts";
        case "registration.feedback":
          return "Feedback";
        case "registration.activity-types":
          return "Kinds of activity";
        default:
          String last = ruleId.substring(ruleId.lastIndexOf('.') + 1).replace('-', ' ');
          return Character.toUpperCase(last.charAt(0)) + last.substring(1);
      }
    }
  }
}
