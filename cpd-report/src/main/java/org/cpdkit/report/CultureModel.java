package org.cpdkit.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.rules.team.LearningCulture;
import org.cpdkit.rules.team.SurveyAgreement;
import org.cpdkit.rules.team.TeamMonth;

/** The learning-culture part of a team's dashboard: counts and the survey's own statements only. */
final class CultureModel {
  private CultureModel() {}

  static void put(Map<String, Object> m, LearningCulture c) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("sessions", c.sessions());
    x.put("attendances", c.attendances());
    x.put("toolkitRuns", c.toolkitRuns());
    x.put("moduleCompletions", c.moduleCompletions());
    x.put("caseStudyAttendances", c.caseStudyAttendances());
    x.put("participants", c.peerReflectionParticipants());
    List<Map<String, Object>> months = new ArrayList<>();
    for (TeamMonth t : c.months()) {
      months.add(Map.of("team", t.team().isEmpty() ? "(no team given)" : t.team(), "month", Charts.monthLong(t.month()),
          "sessions", t.sessions(), "attendances", t.attendances()));
    }
    x.put("months", months);
    x.put("hasMonths", !months.isEmpty());
    List<Map<String, Object>> prompts = new ArrayList<>();
    c.prompts().forEach((id, n) -> prompts.add(Map.of("id", id, "n", n)));
    x.put("prompts", prompts);
    x.put("hasPrompts", !prompts.isEmpty());
    List<Map<String, Object>> standards = new ArrayList<>();
    for (Map.Entry<StandardCode, Integer> e : c.standards().entrySet()) {
      standards.add(Map.of("code", e.getKey().value(), "n", e.getValue()));
    }
    x.put("standards", standards);
    x.put("hasStandards", !standards.isEmpty());
    List<Map<String, Object>> survey = new ArrayList<>();
    for (SurveyAgreement a : c.survey()) {
      survey.add(Map.of("statement", a.statement(), "team", a.team().orElse("all teams"),
          "respondents", a.respondents(), "agreeing", a.agreeing(),
          "share", TeamModel.percent(a.agreeing(), a.respondents())));
    }
    x.put("survey", survey);
    x.put("hasSurvey", !survey.isEmpty());
    m.put("culture", x);
  }
}
