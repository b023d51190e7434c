package org.cpdkit.interop.xapi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.entry.StructuredReflection;
import org.cpdkit.core.session.Participant;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.standard.Standard;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.toolkit.Toolkit;
import org.cpdkit.core.toolkit.ToolkitParticipant;
import org.cpdkit.core.toolkit.ToolkitRun;
import org.cpdkit.rules.TextField;
import tools.jackson.core.JsonGenerator;

/** The parts statements are made of (agents, activities, context), written in the profile's shape. */
final class StatementParts {
  static final String LANGUAGE = "en-GB";
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final XapiOptions options;

  StatementParts(XapiOptions options) {
    this.options = options;
  }

  void head(JsonGenerator g, UUID id, String actorName, String verb) {
    g.writeStringProperty("id", id.toString());
    agent(g, "actor", actorName);
    g.writeName("verb");
    g.writeStartObject();
    g.writeStringProperty("id", verb);
    g.writeName("display");
    g.writeStartObject();
    g.writeStringProperty(LANGUAGE, XapiProfile.display(verb));
    g.writeEndObject();
    g.writeEndObject();
  }

  void agent(JsonGenerator g, String name, String accountName) {
    g.writeName(name);
    agentObject(g, accountName);
  }

  void agentObject(JsonGenerator g, String accountName) {
    g.writeStartObject();
    g.writeStringProperty("objectType", "Agent");
    g.writeName("account");
    g.writeStartObject();
    g.writeStringProperty("homePage", options.homePage());
    g.writeStringProperty("name", accountName);
    g.writeEndObject();
    g.writeEndObject();
  }

  void activity(JsonGenerator g, String iri, String type, String name) {
    g.writeName("object");
    g.writeStartObject();
    g.writeStringProperty("objectType", "Activity");
    g.writeStringProperty("id", iri);
    g.writeName("definition");
    g.writeStartObject();
    g.writeStringProperty("type", type);
    languageMap(g, "name", name);
    g.writeEndObject();
    g.writeEndObject();
  }

  void toolkitContext(JsonGenerator g, ToolkitRun run, UUID registration, String toolkitIri, String stage,
      boolean caseStudy) {
    Toolkit t = run.toolkit();
    g.writeName("context");
    g.writeStartObject();
    g.writeStringProperty("registration", registration.toString());
    if (caseStudy) {
      agent(g, "instructor", run.facilitator().id());
      List<Participant> attended = new ArrayList<>();
      for (ToolkitParticipant tp : run.participants()) {
        if (tp.attendedCaseStudy()) {
          attended.add(tp.participant());
        }
      }
      team(g, attended);
      if (options.version() == XapiVersion.V2_0_0) {
        contextAgents(g, run.facilitator(), attended);
      }
    }
    g.writeStringProperty("platform", "cpdkit");
    g.writeStringProperty("language", LANGUAGE);
    g.writeName("contextActivities");
    g.writeStartObject();
    g.writeName("parent");
    g.writeStartArray();
    g.writeStartObject();
    g.writeStringProperty("objectType", "Activity");
    g.writeStringProperty("id", toolkitIri);
    g.writeName("definition");
    g.writeStartObject();
    g.writeStringProperty("type", XapiProfile.TEAM_TOOLKIT);
    languageMap(g, "name", t.title());
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    categoryAndStandards(g, t.standards());
    g.writeEndObject();
    g.writeName("extensions");
    g.writeStartObject();
    g.writeStringProperty(XapiProfile.EXT_TOOLKIT_STAGE, stage);
    if (caseStudy) {
      g.writeName(XapiProfile.EXT_SESSION);
      g.writeStartObject();
      g.writeStringProperty("format", "toolkit-case-study");
      g.writeStringProperty("mode", run.caseStudyMode().code());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  void team(JsonGenerator g, List<Participant> members) {
    if (members.isEmpty()) {
      return;
    }
    g.writeName("team");
    g.writeStartObject();
    g.writeStringProperty("objectType", "Group");
    g.writeName("member");
    g.writeStartArray();
    for (Participant p : members) {
      agentObject(g, p.id());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  void contextAgents(JsonGenerator g, Participant facilitator, List<Participant> peers) {
    if (facilitator == null && peers.isEmpty()) {
      return;
    }
    g.writeName("contextAgents");
    g.writeStartArray();
    if (facilitator != null) {
      contextAgent(g, facilitator, XapiProfile.ROLE_FACILITATOR);
    }
    for (Participant p : peers) {
      contextAgent(g, p, XapiProfile.ROLE_PEER);
    }
    g.writeEndArray();
  }

  void contextAgent(JsonGenerator g, Participant p, String role) {
    g.writeStartObject();
    g.writeStringProperty("objectType", "contextAgent");
    g.writeName("agent");
    agentObject(g, p.id());
    g.writeName("relevantTypes");
    g.writeStartArray();
    g.writeString(role);
    g.writeEndArray();
    g.writeEndObject();
  }

  void contextActivities(JsonGenerator g, List<StandardCode> standards, String grouping) {
    g.writeName("contextActivities");
    g.writeStartObject();
    if (grouping != null) {
      g.writeName("grouping");
      g.writeStartArray();
      g.writeStartObject();
      g.writeStringProperty("objectType", "Activity");
      g.writeStringProperty("id", grouping);
      g.writeName("definition");
      g.writeStartObject();
      g.writeStringProperty("type", XapiProfile.MEETING);
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
    }
    categoryAndStandards(g, standards);
    g.writeEndObject();
  }

  void categoryAndStandards(JsonGenerator g, List<StandardCode> standards) {
    g.writeName("category");
    g.writeStartArray();
    g.writeStartObject();
    g.writeStringProperty("objectType", "Activity");
    g.writeStringProperty("id", XapiProfile.PROFILE);
    g.writeEndObject();
    g.writeEndArray();
    if (standards.isEmpty()) {
      return;
    }
    g.writeName("other");
    g.writeStartArray();
    for (StandardCode code : standards) {
      g.writeStartObject();
      g.writeStringProperty("objectType", "Activity");
      g.writeStringProperty("id", options.caseOptions().standardUri(options.framework(), code));
      g.writeName("definition");
      g.writeStartObject();
      g.writeStringProperty("type", XapiProfile.COMPETENCY);
      String label = options.framework().standard(code).flatMap(Standard::label).map(l -> " " + l).orElse("");
      languageMap(g, "name", code.value() + label);
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void languageMap(JsonGenerator g, String name, String text) {
    g.writeName(name);
    g.writeStartObject();
    g.writeStringProperty(LANGUAGE, text);
    g.writeEndObject();
  }

  static void strings(JsonGenerator g, String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  static boolean hasNotes(PeerReflectionSession s) {
    return !s.notes().isEmpty() || !s.feedback().isEmpty() || !s.feedforward().isEmpty();
  }

  static List<Map.Entry<String, String>> stages(StructuredReflection r) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String section : r.model().sections()) {
      String text = r.sections().get(section);
      if (text != null && !text.isEmpty()) {
        out.add(Map.entry(section, text));
      }
    }
    for (Map.Entry<String, String> e : r.sections().entrySet()) {
      if (!r.model().sections().contains(e.getKey()) && !e.getValue().isEmpty()) {
        out.add(e);
      }
    }
    return out;
  }

  /** The texts an entry's statements would carry, at their pointers within the entry. */
  List<TextField> entryText(CpdEntry e) {
    List<TextField> fields = new ArrayList<>();
    add(fields, "/title", e.title());
    e.activityDescription().ifPresent(d -> add(fields, "/activityDescription", d));
    if (e.peerReflection().isPresent()) {
      PeerReflection p = e.peerReflection().get();
      for (int i = 0; i < p.peerRoles().size(); i++) {
        add(fields, "/peerReflection/peerRoles/" + i, p.peerRoles().get(i));
      }
      if (options.includeReflections()) {
        add(fields, "/peerReflection/whatILearnedFromPeers", p.whatILearnedFromPeers());
      }
    }
    if (options.includeReflections()) {
      add(fields, "/whatIDid", e.whatIDid());
      add(fields, "/whatILearned", e.whatILearned());
      add(fields, "/impactOnPractice", e.impactOnPractice());
      if (e.structuredReflection().isPresent()) {
        for (Map.Entry<String, String> s : stages(e.structuredReflection().get())) {
          add(fields, "/structuredReflection/sections/" + s.getKey().replace("~", "~0").replace("/", "~1"), s.getValue());
        }
      }
    }
    return fields;
  }

  static void add(List<TextField> fields, String pointer, String text) {
    if (!text.isEmpty()) {
      fields.add(TextField.of(pointer, text));
    }
  }

  String timestamp(LocalDate date) {
    Instant start = date.atStartOfDay(options.zone()).toInstant();
    return TIMESTAMP.format(start);
  }

  /** ISO 8601 duration to 0.01 s at most, as xAPI asks; {@link Duration#toString()} is canonical. */
  static String duration(Duration d) {
    long centis = d.toMillis() / 10;
    return Duration.ofMillis(centis * 10).truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
