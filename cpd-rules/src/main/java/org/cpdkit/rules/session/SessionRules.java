package org.cpdkit.rules.session;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.cpdkit.core.session.LearningCircleSuccess;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.session.Prompt;
import org.cpdkit.core.session.SessionFormat;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.core.standard.StandardsFrameworks;
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
 * The rules a peer-reflection session is checked with: at least two people took part (a peer
 * reflection is with at least one peer), facilitated formats name their facilitator, prompts map
 * to standards that exist, and notes were kept; and, as for entries, no free text (title, roles,
 * prompts, notes, feedback, feedforward) identifies anyone ({@value IdentifierRule#ID}; disable it
 * with {@link Checker#disabling(String...)}).
 */
public final class SessionRules {

  /** Session formats that are facilitated by definition. */
  private static final Set<SessionFormat> FACILITATED =
      Set.of(SessionFormat.GROUP_SUPERVISION, SessionFormat.PRACTICE_LEARNING_CIRCLE, SessionFormat.TOOLKIT_CASE_STUDY);

  private SessionRules() {}

  /** The session rules, with prompts checked against Social Work England's standards (2019). */
  public static RuleSet<PeerReflectionSession> standard() {
    return of(StandardsFrameworks.socialWorkEngland2019());
  }

  /** A checker of the {@link #standard()} rules. */
  public static Checker<PeerReflectionSession> checker() {
    return Checker.of(standard());
  }

  /** The session rules, with prompts checked against this framework. */
  public static RuleSet<PeerReflectionSession> of(StandardsFramework framework) {
    return RuleSet.of(List.of(
        rule("session.participants", Severity.ERROR,
            "At least two people took part, the facilitator counted once.",
            "A peer reflection is a discussion with at least one peer; one person alone is not one.",
            (s, c) -> {
              if (s.attendeeIds().size() < 2) {
                c.report("/participants",
                    "Only " + s.attendeeIds().size() + " person recorded; a peer reflection needs at least two.",
                    Map.of("attendees", s.attendeeIds().size()));
              }
            }),
        rule("session.facilitator", Severity.WARNING,
            "Group supervision, practice learning circles and toolkit case studies name their facilitator.",
            "These formats are facilitated; the facilitator may be listed among the participants or separately.",
            (s, c) -> {
              if (FACILITATED.contains(s.format()) && s.facilitator().isEmpty()) {
                c.report("/facilitator", "No facilitator recorded for a " + s.format().code() + " session.",
                    Map.of("format", s.format().code()));
              }
            }),
        rule("session.prompt-standards", Severity.ERROR,
            "Every standard a prompt maps to exists in the framework (" + framework.id() + ").",
            "A prompt mapped to a standard that does not exist evidences nothing.",
            (s, c) -> {
              for (int i = 0; i < s.prompts().size(); i++) {
                Prompt p = s.prompts().get(i);
                for (int j = 0; j < p.standards().size(); j++) {
                  StandardCode code = p.standards().get(j);
                  if (!framework.contains(code)) {
                    c.report(JsonPointer.of("prompts", i, "standards", j),
                        "Standard " + code + " does not exist in " + framework.id() + ".",
                        Map.of("code", code.value(), "framework", framework.id()));
                  }
                }
              }
            }),
        rule("session.peer-feedback", Severity.INFO,
            "When a session records who gave feedback to whom, every participant received feedback or feedforward.",
            "Participants give each other feedback on current practice and feedforward on future practice; a participant"
                + " who received neither has nothing of their own from the group to reflect on.",
            (s, c) -> {
              if (s.peerFeedback().isEmpty()) {
                return;
              }
              for (int i = 0; i < s.participants().size(); i++) {
                String id = s.participants().get(i).id();
                if (s.peerFeedbackTo(id).isEmpty()) {
                  c.report(JsonPointer.of("participants", i),
                      "This participant received no feedback or feedforward from the others.",
                      Map.of("participant", id));
                }
              }
            }),
        rule("session.learning-circle", Severity.WARNING,
            "A practice learning circle records the successes brought, what made each work, how to repeat it,"
                + " and the group's feedback to the practitioner who brought it.",
            "A learning circle starts from what works: its learning is in what made a success work and how to"
                + " repeat it, and the practitioner who brought it reflects on what the group said.",
            (s, c) -> {
              if (s.format() != SessionFormat.PRACTICE_LEARNING_CIRCLE) {
                return;
              }
              if (s.successes().isEmpty()) {
                c.report("/successes", "No success recorded for the practice learning circle.");
              }
              for (int i = 0; i < s.successes().size(); i++) {
                LearningCircleSuccess success = s.successes().get(i);
                if (success.whatMadeItWork().isBlank()) {
                  c.report(JsonPointer.of("successes", i, "whatMadeItWork"), "What made this success work is not recorded.");
                }
                if (success.howToRepeatIt().isBlank()) {
                  c.report(JsonPointer.of("successes", i, "howToRepeatIt"), "How to repeat this success is not recorded.");
                }
                if (s.peerFeedbackTo(success.presenterId()).isEmpty()) {
                  c.report(JsonPointer.of("successes", i),
                      "The group's feedback to the practitioner who brought this success is not recorded.");
                }
              }
            }),
        rule("session.notes", Severity.WARNING,
            "The session's notes are recorded.",
            "Notes are what participants reflect on afterwards and what shows the session took place.",
            (s, c) -> {
              if (s.notes().isBlank()) {
                c.report("/notes", "No notes recorded for the session.");
              }
            }),
        IdentifierRule.forSessions(TextInspectors.identifiers())));
  }

  private static Rule<PeerReflectionSession> rule(String id, Severity severity, String summary, String rationale,
      BiConsumer<PeerReflectionSession, RuleContext> body) {
    RuleDescription d = RuleDescription.of(id, severity, summary, rationale);
    return new Rule<>() {
      @Override
      public RuleDescription description() {
        return d;
      }

      @Override
      public void check(PeerReflectionSession subject, RuleContext context) {
        body.accept(subject, context);
      }
    };
  }
}
