package org.cpdkit.rules.toolkit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.BiConsumer;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.toolkit.Toolkit;
import org.cpdkit.core.toolkit.ToolkitParticipant;
import org.cpdkit.core.toolkit.ToolkitRun;
import org.cpdkit.rules.Checker;
import org.cpdkit.rules.IdentifierRule;
import org.cpdkit.rules.JsonPointer;
import org.cpdkit.rules.Rule;
import org.cpdkit.rules.RuleContext;
import org.cpdkit.rules.RuleDescription;
import org.cpdkit.rules.RuleSet;
import org.cpdkit.rules.Severity;
import org.cpdkit.rules.TextInspectors;

/**
 * The rules a toolkit run is checked with: the individual module (L1) is done before the case
 * study (L2), whose deadline comes before it; L2 lasts at least 60 minutes; everyone who attended
 * L2 completed L1; after L2 each participant has recorded their reflections; and, as for entries,
 * no free text of the run identifies anyone ({@value IdentifierRule#ID}).
 */
public final class ToolkitRules {

  private ToolkitRules() {}

  /** A checker of {@link #standard()}. */
  public static Checker<ToolkitRun> checker() {
    return Checker.of(standard());
  }

  /** The toolkit-run rules. */
  public static RuleSet<ToolkitRun> standard() {
    return RuleSet.of(runRules());
  }

  /**
   * The toolkit-run rules, and a rule that the run agrees with the peer-reflection session it
   * names as its case study: the session is known, took place on the case-study day, and its
   * attendance is the run's record of who attended.
   */
  public static RuleSet<ToolkitRun> withSessions(Collection<PeerReflectionSession> sessions) {
    Map<String, PeerReflectionSession> byId = new HashMap<>();
    for (PeerReflectionSession s : sessions) {
      byId.put(s.id(), s);
    }
    List<Rule<ToolkitRun>> rules = new ArrayList<>(runRules());
    rules.add(rule("toolkit.case-study-session", Severity.ERROR,
        "The session a run names as its case study is known, on the case-study day, with the same attendance.",
        "The run's progress and the session's attendance record the same meeting; when they disagree one of them is wrong.",
        (run, c) -> run.caseStudySessionId().ifPresent(id -> {
          PeerReflectionSession session = byId.get(id);
          if (session == null) {
            c.report("/caseStudySessionId", "No session with this id among the sessions checked.");
            return;
          }
          if (!session.date().equals(run.caseStudyDate())) {
            c.report("/caseStudyDate", "The case study is dated " + run.caseStudyDate() + " but its session took place on "
                + session.date() + ".", Map.of("caseStudyDate", run.caseStudyDate(), "sessionDate", session.date()));
          }
          Set<String> present = session.attendeeIds();
          each(run, (p, at) -> {
            boolean inSession = present.contains(p.participant().id());
            if (p.attendedCaseStudy() && !inSession) {
              c.report(at + "/attendedCaseStudy", "Marked as attending the case study but not recorded in its session.",
                  Map.of("sessionId", id));
            } else if (!p.attendedCaseStudy() && inSession) {
              c.report(at + "/attendedCaseStudy", "Recorded in the case-study session but not marked as attending it.",
                  Map.of("sessionId", id));
            }
          });
        })));
    return RuleSet.of(rules);
  }

  private static List<Rule<ToolkitRun>> runRules() {
    return List.of(
        rule("toolkit.module-deadline", Severity.ERROR,
            "The deadline for the individual module (L1) is before the day of the case study (L2).",
            "The case study applies what the module taught; everyone needs the module done before it.",
            (run, c) -> {
              if (!run.moduleDeadline().isBefore(run.caseStudyDate())) {
                c.report("/moduleDeadline", "The module deadline is the day of the case study; set it earlier.",
                    Map.of("moduleDeadline", run.moduleDeadline(), "caseStudyDate", run.caseStudyDate()));
              }
            }),
        rule("toolkit.module-before-case-study", Severity.ERROR,
            "Each participant completed the individual module (L1) before the case study (L2).",
            "The case study builds on the module's knowledge.",
            (run, c) -> each(run, (p, at) -> {
              if (p.moduleCompletedOn().isPresent() && !p.moduleCompletedOn().get().isBefore(run.caseStudyDate())) {
                c.report(at + "/moduleCompletedOn", "The module was completed on or after the day of the case study.",
                    Map.of("caseStudyDate", run.caseStudyDate()));
              }
            })),
        rule("toolkit.missed-module", Severity.WARNING,
            "Everyone who attended the case study (L2) completed the individual module (L1).",
            "An attendee who missed the module joins the case study without its knowledge; offer it to them.",
            (run, c) -> each(run, (p, at) -> {
              if (p.attendedCaseStudy() && p.moduleCompletedOn().isEmpty()) {
                c.report(at + "/moduleCompletedOn", "Attended the case study without completing the module.");
              }
            })),
        rule("toolkit.case-study-duration", Severity.ERROR,
            "The case study (L2) lasted at least " + Toolkit.MINIMUM_CASE_STUDY_TIME.toMinutes() + " minutes.",
            "A complex case study needs at least an hour, with time at the end to write reflections.",
            (run, c) -> run.caseStudyDuration().ifPresent(d -> {
              if (d.compareTo(Toolkit.MINIMUM_CASE_STUDY_TIME) < 0) {
                c.report("/caseStudyDuration", "The case study lasted " + d.toMinutes() + " minutes; it needs at least "
                    + Toolkit.MINIMUM_CASE_STUDY_TIME.toMinutes() + ".",
                    Map.of("minutes", d.toMinutes(), "minimum", minutes(Toolkit.MINIMUM_CASE_STUDY_TIME)));
              }
            })),
        rule("toolkit.reflections", Severity.ERROR,
            "After the case study, each participant has recorded a reflection on the module and one on the case study.",
            "A toolkit yields two CPD reflections per participant; the end of L2 is set aside for writing them.",
            (run, c) -> {
              LocalDate asOf = c.asOf();
              if (!asOf.isAfter(run.caseStudyDate())) {
                return;
              }
              each(run, (p, at) -> {
                if (p.moduleCompletedOn().isPresent() && p.moduleReflectionEntryId().isEmpty()) {
                  c.report(at + "/moduleReflectionEntryId", "No reflection on the module recorded.");
                }
                if (p.attendedCaseStudy() && p.caseStudyReflectionEntryId().isEmpty()) {
                  c.report(at + "/caseStudyReflectionEntryId", "No reflection on the case study recorded.");
                }
              });
            }),
        IdentifierRule.forToolkitRuns(TextInspectors.identifiers()));
  }

  private static long minutes(Duration d) {
    return d.toMinutes();
  }

  private interface ParticipantCheck {
    void check(ToolkitParticipant participant, String at);
  }

  private static void each(ToolkitRun run, ParticipantCheck check) {
    for (int i = 0; i < run.participants().size(); i++) {
      check.check(run.participants().get(i), JsonPointer.of("participants", i));
    }
  }

  private static Rule<ToolkitRun> rule(String id, Severity severity, String summary, String rationale,
      BiConsumer<ToolkitRun, RuleContext> body) {
    RuleDescription d = RuleDescription.of(id, severity, summary, rationale);
    return new Rule<>() {
      @Override
      public RuleDescription description() {
        return d;
      }

      @Override
      public void check(ToolkitRun subject, RuleContext context) {
        body.accept(subject, context);
      }
    };
  }
}
