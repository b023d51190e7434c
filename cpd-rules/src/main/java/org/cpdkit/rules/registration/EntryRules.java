package org.cpdkit.rules.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.rules.JsonPointer;
import org.cpdkit.rules.Rule;
import org.cpdkit.rules.RuleContext;
import org.cpdkit.rules.RuleDescription;
import org.cpdkit.rules.Severity;

/**
 * Rules about single entries: why an entry is not counted, and the content each counted piece
 * must have. Content rules look only at entries that count, so an entry outside the period never
 * changes whether the period's requirements are met.
 */
final class EntryRules {

  private EntryRules() {}

  static List<Rule<Portfolio>> of(RegistrationRequirements r) {
    List<Rule<Portfolio>> rules = new ArrayList<>();
    rules.add(excluded(r, "entry.outside-period", Severity.INFO, Exclusion.OUTSIDE_PERIOD,
        "Entries completed outside the period are not counted towards it.",
        "Only CPD dated inside the registration period counts, and a piece used for an earlier renewal cannot count again.",
        "date", "Completed outside the period checked, so it does not count towards it."));
    rules.add(excluded(r, "entry.draft", Severity.INFO, Exclusion.DRAFT,
        "Draft entries are not counted.", "The regulator counts submitted pieces only, never drafts.",
        "status", "Still a draft, so it does not count; submit it when it is finished."));
    rules.add(excluded(r, "entry.future-date", Severity.ERROR, Exclusion.FUTURE,
        "Entries are not dated after the day of the check.",
        "A piece of CPD records learning that has happened; a date in the future is a mistake.",
        "date", "Dated after the day of the check; correct the date. It is not counted until then."));
    rules.add(excluded(r, "entry.duplicate", Severity.WARNING, Exclusion.DUPLICATE,
        "Identical pieces of CPD are counted once.",
        "The regulator asks for different pieces; an identical copy does not count again.",
        "", "Identical to another piece of CPD in this period, so it is counted only once."));
    rules.add(excluded(r, "entry.reused", Severity.WARNING, Exclusion.REUSED,
        "Pieces already used for an earlier renewal are not counted again.",
        "A piece used for last year's renewal is not valid for this one, whatever its date now says.",
        "usedForRenewal", "Already used for an earlier renewal, so it does not count for this period."));
    rules.add(excluded(r, "entry.activity-type", Severity.ERROR, Exclusion.NO_ACTIVITY_TYPE,
        "Each submitted piece says what kind of activity it was.",
        "The record of each piece asks for its type; a submitted piece without one does not count.",
        "activityType", "Submitted without an activity type, so it does not count; say what kind of activity it was."));
    if (r.requiresEntryContent()) {
      rules.add(text(r, "entry.what-i-did", "whatIDid", CpdEntry::whatIDid,
          "Each piece says what was done and why it is relevant.", "Describe what you did and why it was relevant."));
      rules.add(text(r, "entry.what-i-learned", "whatILearned", CpdEntry::whatILearned,
          "Each piece says what was learned.", "Say what you learned."));
      rules.add(text(r, "entry.impact-on-practice", "impactOnPractice", CpdEntry::impactOnPractice,
          "Each piece says what impact the learning had on practice and on the people worked with.",
          "Say how the learning changed your practice and what it means for the people you work with."));
      if (r.minimumWords() > 0) {
        rules.add(tooShort(r));
      }
    }
    rules.add(structuredReflection(r));
    if (r.requiresEvidence()) {
      rules.add(EvidenceRules.evidence(r));
    }
    if (r.requiresCodeThemes()) {
      rules.add(EvidenceRules.codeTheme(r));
    }
    if (r.entrySignOff().isPresent()) {
      rules.add(SignOffRules.entrySignOff(r));
    }
    if (r.minimumPeerReflections() > 0) {
      rules.add(peerLearning(r));
      rules.add(peerRoles(r));
    }
    if (r.expectsStandards()) {
      rules.add(standardsLinked(r));
    }
    r.standardsFramework().ifPresent(f -> rules.add(standardKnown(r, f)));
    if (r.minimumHours().isPresent() || r.minimumParticipatoryHours().isPresent()) {
      rules.add(timeSpent(r));
    }
    return rules;
  }

  private interface EntryCheck {
    void check(CpdEntry entry, String at, RuleContext context);
  }

  private static Rule<Portfolio> assessed(RuleDescription d, RegistrationRequirements r, EntryCheck check) {
    return new PortfolioRule(d, r, (facts, context) -> {
      if (facts.isExempt()) {
        return;
      }
      for (int i : facts.assessedIndexes()) {
        check.check(facts.portfolio().entries().get(i), entryPointer(i), context);
      }
    });
  }

  /** The pointers of the first entries, made once: every assessed rule walks every entry. */
  private static final String[] ENTRY_POINTERS = new String[256];

  static {
    for (int i = 0; i < ENTRY_POINTERS.length; i++) {
      ENTRY_POINTERS[i] = JsonPointer.append("/entries", i);
    }
  }

  /** {@code /entries/i}. */
  static String entryPointer(int i) {
    return i < ENTRY_POINTERS.length ? ENTRY_POINTERS[i] : JsonPointer.append("/entries", i);
  }

  private static Rule<Portfolio> excluded(RegistrationRequirements r, String id, Severity severity, Exclusion why,
      String summary, String rationale, String field, String message) {
    return new PortfolioRule(RuleDescription.of(id, severity, summary, rationale, r.sourceFor(id)), r,
        (facts, context) -> facts.excluded().forEach((i, reason) -> {
          if (reason == why) {
            String at = JsonPointer.append("/entries", i);
            CpdEntry e = facts.portfolio().entries().get(i);
            String location = field.isEmpty() ? at
                : field.equals("date") && e.endDate().isPresent() ? at + "/endDate" : at + "/" + field;
            context.report(location, message, Map.of("reason", why.code()));
          }
        }));
  }

  private static Rule<Portfolio> text(RegistrationRequirements r, String id, String field,
      Function<CpdEntry, String> text, String summary, String fix) {
    return assessed(RuleDescription.of(id, Severity.ERROR, summary,
            "The regulator's form asks for this in every piece of CPD.", r.sourceFor(id)), r,
        (e, at, context) -> {
          if (text.apply(e).isBlank()) {
            context.report(at + "/" + field, "Missing. " + fix, Map.of("field", field));
          }
        });
  }

  private static Rule<Portfolio> tooShort(RegistrationRequirements r) {
    String id = "entry.too-short";
    int min = r.minimumWords();
    return assessed(RuleDescription.of(id, Severity.WARNING,
            "Each required text has at least " + min + " words.",
            "A few words rarely show learning or its impact; reviewers look for a reflection.", r.sourceFor(id)), r,
        (e, at, context) -> {
          shortText(context, at, "whatIDid", e.whatIDid(), min);
          shortText(context, at, "whatILearned", e.whatILearned(), min);
          shortText(context, at, "impactOnPractice", e.impactOnPractice(), min);
          e.peerReflection().ifPresent(p ->
              shortText(context, at + "/peerReflection", "whatILearnedFromPeers", p.whatILearnedFromPeers(), min));
        });
  }

  private static Rule<Portfolio> structuredReflection(RegistrationRequirements r) {
    int min = Math.max(r.minimumWords(), 1);
    return assessed(RuleDescription.of("entry.structured-reflection", Severity.WARNING,
            "A structured reflection has every stage of its model, each with at least " + Amount.count(min, "word", "words") + ".",
            "A model such as Gibbs', Driscoll's or Kolb's is followed stage by stage; a missing stage leaves the reflection"
                + " without its evaluation, its meaning or its plan."), r,
        (e, at, context) -> e.structuredReflection().ifPresent(s -> {
          for (String section : s.model().sections()) {
            String text = s.sections().getOrDefault(section, "");
            // the words are counted once, and the pointer made only for a finding
            if (text.isBlank()) {
              String where = JsonPointer.append(at + "/structuredReflection/sections", section);
              context.report(where, "The " + section + " stage of " + s.model().title() + " is missing. "
                  + s.model().prompt(section), Map.of("model", s.model().code(), "section", section));
              continue;
            }
            int words = words(text, min);
            if (words < min) {
              String where = JsonPointer.append(at + "/structuredReflection/sections", section);
              context.report(where, "The " + section + " stage of " + s.model().title() + " has only "
                  + Amount.count(words, "word", "words") + ". " + s.model().prompt(section),
                  Map.of("model", s.model().code(), "section", section, "words", words, "minimum", min));
            }
          }
        }));
  }

  private static void shortText(RuleContext context, String at, String field, String text, int min) {
    if (text.isBlank()) {
      return;
    }
    int words = words(text, min);
    if (words < min) {
      context.report(at + "/" + field,
          "Only " + Amount.count(words, "word", "words") + "; say more so the learning and its impact are clear.",
          Map.of("words", words, "minimum", min));
    }
  }

  /**
   * The number of words in a text that is not blank, as {@code text.strip().split("\\s+").length}
   * counts them, without a regex: after stripping, one more than the runs of ASCII whitespace.
   */
  static int words(String text) {
    return words(text, Integer.MAX_VALUE);
  }

  /**
   * {@link #words(String)} when the text has fewer than {@code limit} words, else {@code limit}:
   * the rules only need the count of a text that is too short, and most texts pass the minimum
   * within their first few words, so the rest of the text is not read.
   */
  static int words(String text, int limit) {
    // the bounds of text.strip(), without the copy
    int from = 0;
    int to = text.length();
    while (from < to && Character.isWhitespace(text.codePointAt(from))) {
      from += Character.charCount(text.codePointAt(from));
    }
    while (to > from && Character.isWhitespace(text.codePointBefore(to))) {
      to -= Character.charCount(text.codePointBefore(to));
    }
    int words = 1;
    boolean inSpace = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c > ' ') {
        inSpace = false;
        continue;
      }
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (space && !inSpace && ++words >= limit) {
        return limit;
      }
      inSpace = space;
    }
    return Math.min(words, limit);
  }

  private static Rule<Portfolio> peerLearning(RegistrationRequirements r) {
    String id = "entry.peer-learning";
    return assessed(RuleDescription.of(id, Severity.WARNING,
            "A piece with a peer reflection says what was learned from the discussion with the peer.",
            "Answering what was learned from the peer is what makes a piece include a peer reflection; "
                + "without it the piece still counts, but not as a peer reflection.",
            r.sourceFor(id)), r,
        (e, at, context) -> {
          if (e.peerReflection().isPresent() && e.peerReflection().get().whatILearnedFromPeers().isBlank()) {
            context.report(at + "/peerReflection/whatILearnedFromPeers",
                "Missing, so this piece does not count as a peer reflection. Say what you learned from the "
                    + "discussion with your peer.", Map.of());
          }
        });
  }

  private static Rule<Portfolio> peerRoles(RegistrationRequirements r) {
    String id = "entry.peer-roles";
    return assessed(RuleDescription.of(id, Severity.WARNING,
            "A peer reflection says who the peers were by job title.",
            "Peers are named by role, never by name; the role shows the discussion was with a peer.",
            r.sourceFor(id)), r,
        (e, at, context) -> {
          if (e.peerReflection().map(PeerReflection::peerRoles).map(List::isEmpty).orElse(false)) {
            context.report(at + "/peerReflection/peerRoles",
                "Say who you reflected with by job title (for example team manager), never by name.", Map.of());
          }
        });
  }

  private static Rule<Portfolio> standardsLinked(RegistrationRequirements r) {
    String id = "entry.standards";
    return assessed(RuleDescription.of(id, Severity.WARNING,
            "Each piece links to the professional standards it evidences.",
            "Linking a piece to the CPD standards is good practice, not a confirmed requirement.", r.sourceFor(id)), r,
        (e, at, context) -> {
          if (e.standards().isEmpty()) {
            context.report(at + "/standards",
                "No standards linked; linking the piece to the standards it evidences (such as 4.2) is good practice.",
                Map.of());
          }
        });
  }

  private static Rule<Portfolio> standardKnown(RegistrationRequirements r, StandardsFramework f) {
    String id = "entry.standard-known";
    return assessed(RuleDescription.of(id, Severity.WARNING,
            "Linked standard codes exist in " + f.publisher() + "'s " + f.title().toLowerCase(java.util.Locale.UK)
                + " (" + f.version() + ").",
            "A code the framework does not have is a typing mistake and evidences nothing.", r.sourceFor(id)), r,
        (e, at, context) -> {
          for (int j = 0; j < e.standards().size(); j++) {
            StandardCode code = e.standards().get(j);
            if (!f.contains(code)) {
              context.report(at + "/standards/" + j,
                  "Standard " + code + " does not exist in " + f.id() + ".",
                  Map.of("code", code.value(), "framework", f.id()));
            }
          }
        });
  }

  private static Rule<Portfolio> timeSpent(RegistrationRequirements r) {
    String id = "entry.time-spent";
    return assessed(RuleDescription.of(id, Severity.WARNING,
            "Each piece records the time spent, because the regulator counts hours.",
            "Pieces without a time add nothing to the hours counted.", r.sourceFor(id)), r,
        (e, at, context) -> {
          if (e.timeSpent().isEmpty()) {
            context.report(at + "/timeSpent", "No time recorded, so this piece adds nothing to your hours.", Map.of());
          }
        });
  }

}
