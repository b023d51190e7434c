package org.cpdkit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.entry.StructuredReflection;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.session.Participant;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.toolkit.Toolkit;
import org.cpdkit.core.toolkit.ToolkitRun;

/**
 * Every free-text field of a record with its JSON Pointer, in document order: titles,
 * descriptions, reflections, structured-reflection sections, peers' roles, tags, notes, feedback
 * and feedforward. Empty fields are left out. Identifiers, codes, dates and extension values are
 * not free text and are not yielded.
 */
public final class TextFields {

  private TextFields() {}

  /** The free-text fields of every entry of a portfolio, under {@code /entries/i}. */
  public static List<TextField> of(Portfolio portfolio) {
    List<TextField> out = new ArrayList<>();
    for (int i = 0; i < portfolio.entries().size(); i++) {
      entry(out, JsonPointer.append("/entries", i), portfolio.entries().get(i));
    }
    for (int i = 0; i < portfolio.feedback().size(); i++) {
      org.cpdkit.core.portfolio.FeedbackItem f = portfolio.feedback().get(i);
      add(out, JsonPointer.of("feedback", i, "source"), f.source());
      add(out, JsonPointer.of("feedback", i, "note"), f.note());
    }
    for (int i = 0; i < portfolio.reflectiveAccounts().size(); i++) {
      org.cpdkit.core.portfolio.ReflectiveAccount a = portfolio.reflectiveAccounts().get(i);
      add(out, JsonPointer.of("reflectiveAccounts", i, "whatHappened"), a.whatHappened());
      add(out, JsonPointer.of("reflectiveAccounts", i, "whatILearned"), a.whatILearned());
      add(out, JsonPointer.of("reflectiveAccounts", i, "howPracticeChanged"), a.howPracticeChanged());
      add(out, JsonPointer.of("reflectiveAccounts", i, "relevanceToTheCode"), a.relevanceToTheCode());
    }
    for (int i = 0; i < portfolio.signOffs().size(); i++) {
      add(out, JsonPointer.of("signOffs", i, "role"), portfolio.signOffs().get(i).role());
    }
    return List.copyOf(out);
  }

  /** The free-text fields of one entry, with pointers relative to the entry. */
  public static List<TextField> of(CpdEntry entry) {
    List<TextField> out = new ArrayList<>();
    entry(out, "", entry);
    return List.copyOf(out);
  }

  /** The free-text fields of a peer-reflection session. */
  public static List<TextField> of(PeerReflectionSession session) {
    List<TextField> out = new ArrayList<>();
    add(out, "/title", session.title());
    session.facilitator().ifPresent(f -> add(out, "/facilitator/role", f.role()));
    for (int i = 0; i < session.participants().size(); i++) {
      add(out, JsonPointer.of("participants", i, "role"), session.participants().get(i).role());
    }
    for (int i = 0; i < session.prompts().size(); i++) {
      add(out, JsonPointer.of("prompts", i, "text"), session.prompts().get(i).text());
    }
    add(out, "/notes", session.notes());
    list(out, "/feedback", session.feedback());
    list(out, "/feedforward", session.feedforward());
    return List.copyOf(out);
  }

  /** The free-text fields of a toolkit run, its toolkit's titles included. */
  public static List<TextField> of(ToolkitRun run) {
    List<TextField> out = new ArrayList<>();
    Toolkit t = run.toolkit();
    add(out, "/toolkit/title", t.title());
    add(out, "/toolkit/theme", t.theme());
    add(out, "/toolkit/moduleTitle", t.moduleTitle());
    add(out, "/toolkit/caseStudyTitle", t.caseStudyTitle());
    add(out, "/facilitator/role", run.facilitator().role());
    for (int i = 0; i < run.participants().size(); i++) {
      Participant p = run.participants().get(i).participant();
      add(out, JsonPointer.of("participants", i, "participant", "role"), p.role());
    }
    return List.copyOf(out);
  }

  private static void entry(List<TextField> out, String at, CpdEntry e) {
    add(out, at + "/title", e.title());
    e.activityDescription().ifPresent(d -> add(out, at + "/activityDescription", d));
    add(out, at + "/whatIDid", e.whatIDid());
    add(out, at + "/whatILearned", e.whatILearned());
    add(out, at + "/impactOnPractice", e.impactOnPractice());
    if (e.peerReflection().isPresent()) {
      PeerReflection p = e.peerReflection().get();
      list(out, at + "/peerReflection/peerRoles", p.peerRoles());
      add(out, at + "/peerReflection/whatILearnedFromPeers", p.whatILearnedFromPeers());
    }
    if (e.structuredReflection().isPresent()) {
      StructuredReflection s = e.structuredReflection().get();
      // Sections in the model's order, so the walk does not depend on how the map was built.
      for (String section : s.model().sections()) {
        String text = s.sections().get(section);
        if (text != null) {
          add(out, JsonPointer.append(at + "/structuredReflection/sections", section), text);
        }
      }
      for (Map.Entry<String, String> other : s.sections().entrySet()) {
        if (!s.model().sections().contains(other.getKey())) {
          add(out, JsonPointer.append(at + "/structuredReflection/sections", other.getKey()), other.getValue());
        }
      }
    }
    for (int i = 0; i < e.evidence().size(); i++) {
      add(out, at + "/evidence/" + i + "/description", e.evidence().get(i).description());
    }
    list(out, at + "/tags", e.tags());
  }

  private static void list(List<TextField> out, String at, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      add(out, JsonPointer.append(at, i), texts.get(i));
    }
  }

  private static void add(List<TextField> out, String pointer, String text) {
    if (!text.isEmpty()) {
      out.add(TextField.of(pointer, text));
    }
  }
}
