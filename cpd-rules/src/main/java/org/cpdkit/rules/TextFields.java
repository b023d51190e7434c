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
    walk(portfolio, (place, text) -> out.add(TextField.of(place.pointer(), text)));
    return List.copyOf(out);
  }

  /**
   * Receives the free-text fields of a record one at a time, in the order {@link #of(Portfolio)}
   * lists them; the field's pointer is made only when {@link Place#pointer()} is called, so a walk
   * that needs the pointers of a few fields only does not make them all.
   */
  interface Sink {
    /** One field that is not empty; {@code place} is valid during this call only. */
    void text(Place place, String text);
  }

  /**
   * Where the field being walked is: a cursor that the walk moves from field to field, which makes
   * the field's JSON Pointer on demand, exactly as {@link TextFields#of(Portfolio)} lists it.
   */
  static final class Place {
    private static final int FIELD = 0; // at + path
    private static final int ITEM = 1; // (at + path)/index
    private static final int KEY = 2; // (at + path)/key, escaped
    private static final int EVIDENCE = 3; // at/evidence/index/description
    private static final int RECORD = 4; // /list/index/field

    private int entry = -1;
    private String at = "";
    private int form;
    private String path;
    private int index;
    private String key;

    /** The pointer of the field at hand. */
    String pointer() {
      switch (form) {
        case FIELD:
          return at() + path;
        case ITEM:
          return JsonPointer.append(at() + path, index);
        case KEY:
          return JsonPointer.append(at() + path, key);
        case EVIDENCE:
          return at() + "/evidence/" + index + "/description";
        default:
          return JsonPointer.of(path, index, key);
      }
    }

    private String at() {
      if (entry >= 0) {
        at = JsonPointer.append("/entries", entry);
        entry = -1;
      }
      return at;
    }

    private void entry(int i) {
      entry = i;
    }

    private void at(String pointer) {
      entry = -1;
      at = pointer;
    }

    private Place field(String path) {
      this.form = FIELD;
      this.path = path;
      return this;
    }

    private Place item(String path, int index) {
      this.form = ITEM;
      this.path = path;
      this.index = index;
      return this;
    }

    private Place key(String path, String key) {
      this.form = KEY;
      this.path = path;
      this.key = key;
      return this;
    }

    private Place evidence(int index) {
      this.form = EVIDENCE;
      this.index = index;
      return this;
    }

    private Place record(String list, int index, String field) {
      this.form = RECORD;
      this.path = list;
      this.index = index;
      this.key = field;
      return this;
    }
  }

  /** Walks the free-text fields of a portfolio, in the order of {@link #of(Portfolio)}. */
  static void walk(Portfolio portfolio, Sink sink) {
    Place place = new Place();
    List<CpdEntry> entries = portfolio.entries();
    for (int i = 0; i < entries.size(); i++) {
      place.entry(i);
      entry(sink, place, entries.get(i));
    }
    place.at("");
    for (int i = 0; i < portfolio.feedback().size(); i++) {
      org.cpdkit.core.portfolio.FeedbackItem f = portfolio.feedback().get(i);
      add(sink, place.record("feedback", i, "source"), f.source());
      add(sink, place.record("feedback", i, "note"), f.note());
    }
    for (int i = 0; i < portfolio.reflectiveAccounts().size(); i++) {
      org.cpdkit.core.portfolio.ReflectiveAccount a = portfolio.reflectiveAccounts().get(i);
      add(sink, place.record("reflectiveAccounts", i, "whatHappened"), a.whatHappened());
      add(sink, place.record("reflectiveAccounts", i, "whatILearned"), a.whatILearned());
      add(sink, place.record("reflectiveAccounts", i, "howPracticeChanged"), a.howPracticeChanged());
      add(sink, place.record("reflectiveAccounts", i, "relevanceToTheCode"), a.relevanceToTheCode());
    }
    for (int i = 0; i < portfolio.signOffs().size(); i++) {
      add(sink, place.record("signOffs", i, "role"), portfolio.signOffs().get(i).role());
    }
  }

  /** The free-text fields of one entry, with pointers relative to the entry. */
  public static List<TextField> of(CpdEntry entry) {
    List<TextField> out = new ArrayList<>();
    Place place = new Place();
    entry((p, text) -> out.add(TextField.of(p.pointer(), text)), place, entry);
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

  /** The fields of one entry, {@code place} standing at the entry. */
  private static void entry(Sink sink, Place place, CpdEntry e) {
    add(sink, place.field("/title"), e.title());
    if (e.activityDescription().isPresent()) {
      add(sink, place.field("/activityDescription"), e.activityDescription().get());
    }
    add(sink, place.field("/whatIDid"), e.whatIDid());
    add(sink, place.field("/whatILearned"), e.whatILearned());
    add(sink, place.field("/impactOnPractice"), e.impactOnPractice());
    if (e.peerReflection().isPresent()) {
      PeerReflection p = e.peerReflection().get();
      list(sink, place, "/peerReflection/peerRoles", p.peerRoles());
      add(sink, place.field("/peerReflection/whatILearnedFromPeers"), p.whatILearnedFromPeers());
    }
    if (e.structuredReflection().isPresent()) {
      StructuredReflection s = e.structuredReflection().get();
      // Sections in the model's order, so the walk does not depend on how the map was built.
      List<String> sections = s.model().sections();
      for (String section : sections) {
        String text = s.sections().get(section);
        if (text != null) {
          add(sink, place.key("/structuredReflection/sections", section), text);
        }
      }
      if (s.sections().size() > countOf(sections, s.sections())) {
        for (Map.Entry<String, String> other : s.sections().entrySet()) {
          if (!sections.contains(other.getKey())) {
            add(sink, place.key("/structuredReflection/sections", other.getKey()), other.getValue());
          }
        }
      }
    }
    for (int i = 0; i < e.evidence().size(); i++) {
      add(sink, place.evidence(i), e.evidence().get(i).description());
    }
    list(sink, place, "/tags", e.tags());
  }

  /** How many of the model's sections the map holds: when it holds no others, there are none to walk. */
  private static int countOf(List<String> sections, Map<String, String> given) {
    int n = 0;
    for (String s : sections) {
      if (given.containsKey(s)) {
        n++;
      }
    }
    return n;
  }

  private static void list(Sink sink, Place place, String path, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      add(sink, place.item(path, i), texts.get(i));
    }
  }

  private static void add(Sink sink, Place place, String text) {
    if (!text.isEmpty()) {
      sink.text(place, text);
    }
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
