package org.cpdkit.rules.team;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.session.Prompt;
import org.cpdkit.core.session.SurveyResult;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.toolkit.ToolkitParticipant;
import org.cpdkit.core.toolkit.ToolkitRun;
import org.immutables.value.Value;

/**
 * A department's learning culture in figures, for managers: sessions held per team and month,
 * attendance, the prompts and standards discussed, who takes part in peer reflection and toolkit
 * runs, and the share of staff agreeing with staff-survey statements. Counts only: no names, no
 * personal text.
 */
@Value.Immutable
public abstract class LearningCulture {

  LearningCulture() {}

  /** Sessions and attendances per team and month, by team then month. */
  public abstract List<TeamMonth> months();

  /** Peer-reflection sessions counted. */
  public abstract int sessions();

  /** Attendances at them: each person once per session, facilitators included. */
  public abstract int attendances();

  /** How many sessions used each prompt, by prompt id. */
  public abstract Map<String, Integer> prompts();

  /**
   * How many occasions discussed each standard: sessions through their prompts' standards, and
   * toolkit runs through their toolkit's standards (a run and the session of its case study count
   * once together).
   */
  public abstract Map<StandardCode, Integer> standards();

  /** Toolkit runs counted. */
  public abstract int toolkitRuns();

  /** Individual modules (L1) completed across the runs. */
  public abstract int moduleCompletions();

  /** Case-study (L2) attendances across the runs. */
  public abstract int caseStudyAttendances();

  /** Different people who took part in a session or a toolkit case study, by participant id. */
  public abstract int peerReflectionParticipants();

  /** Staff-survey results, one per statement and team, in the order first given. */
  public abstract List<SurveyAgreement> survey();

  /** Builds the summary of these sessions, toolkit runs and survey results. */
  public static LearningCulture of(
      Collection<PeerReflectionSession> sessions, Collection<ToolkitRun> runs, Collection<SurveyResult> survey) {
    Map<String, Map<YearMonth, int[]>> byTeam = new TreeMap<>();
    Map<String, Integer> prompts = new TreeMap<>();
    Map<StandardCode, Integer> standards = new TreeMap<>();
    Set<String> people = new HashSet<>();
    Map<String, Set<StandardCode>> sessionStandards = new java.util.HashMap<>();
    int attendances = 0;
    for (PeerReflectionSession s : sessions) {
      Set<String> present = s.attendeeIds();
      int[] counts = byTeam.computeIfAbsent(s.team().orElse(""), t -> new TreeMap<>())
          .computeIfAbsent(YearMonth.from(s.date()), m -> new int[2]);
      counts[0]++;
      counts[1] += present.size();
      attendances += present.size();
      people.addAll(present);
      Set<StandardCode> discussed = new LinkedHashSet<>();
      for (Prompt p : s.prompts()) {
        prompts.merge(p.id(), 1, Integer::sum);
        discussed.addAll(p.standards());
      }
      sessionStandards.put(s.id(), discussed);
    }
    int modules = 0;
    int caseStudies = 0;
    for (ToolkitRun r : runs) {
      Set<StandardCode> discussed = new LinkedHashSet<>(r.toolkit().standards());
      Optional<Set<StandardCode>> linked = r.caseStudySessionId().map(sessionStandards::get);
      if (linked.isPresent()) {
        linked.get().addAll(discussed);
      } else {
        sessionStandards.put("\u0000run:" + r.id(), discussed);
      }
      for (ToolkitParticipant p : r.participants()) {
        if (p.moduleCompletedOn().isPresent()) {
          modules++;
        }
        if (p.attendedCaseStudy()) {
          caseStudies++;
          people.add(p.participant().id());
        }
      }
    }
    for (Set<StandardCode> discussed : sessionStandards.values()) {
      discussed.forEach(c -> standards.merge(c, 1, Integer::sum));
    }
    List<TeamMonth> months = new ArrayList<>();
    byTeam.forEach((team, m) -> m.forEach((month, c) -> months.add(
        TeamMonth.builder().team(team).month(month).sessions(c[0]).attendances(c[1]).build())));
    return builder()
        .months(months)
        .sessions(sessions.size())
        .attendances(attendances)
        .prompts(prompts)
        .standards(standards)
        .toolkitRuns(runs.size())
        .moduleCompletions(modules)
        .caseStudyAttendances(caseStudies)
        .peerReflectionParticipants(people.size())
        .survey(agreements(survey))
        .build();
  }

  private static List<SurveyAgreement> agreements(Collection<SurveyResult> results) {
    Map<List<String>, int[]> totals = new java.util.LinkedHashMap<>();
    for (SurveyResult r : results) {
      int[] t = totals.computeIfAbsent(List.of(r.statement(), r.team().orElse("")), k -> new int[2]);
      t[0] += r.respondents();
      t[1] += r.agreeing();
    }
    List<SurveyAgreement> out = new ArrayList<>();
    totals.forEach((k, t) -> {
      SurveyAgreement.Builder b = SurveyAgreement.builder().statement(k.get(0)).respondents(t[0]).agreeing(t[1]);
      if (!k.get(1).isEmpty()) {
        b.team(k.get(1));
      }
      out.add(b.build());
    });
    return out;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LearningCulture} values. */
  public static final class Builder extends ImmutableLearningCulture.Builder {}
}
