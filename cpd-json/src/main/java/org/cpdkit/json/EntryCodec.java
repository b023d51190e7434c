package org.cpdkit.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpdkit.core.Limits;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.Attachment;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.entry.EntryOrigin;
import org.cpdkit.core.entry.EvidenceReference;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.entry.ReflectionMode;
import org.cpdkit.core.entry.ReflectionModel;
import org.cpdkit.core.entry.StructuredReflection;
import org.cpdkit.core.entry.ToolkitStage;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.portfolio.CodeTheme;
import org.cpdkit.json.CpdFormatException.Kind;

/** CPD entries and their parts in JSON. */
final class EntryCodec {
  static final Props ENTRY =
      Props.of(
          "CpdEntry",
          "id!",
          "title!",
          "activityType",
          "activityDescription",
          "date!",
          "endDate",
          "timeSpent",
          "participatory",
          "whatIDid",
          "whatILearned",
          "impactOnPractice",
          "standards",
          "codeThemes",
          "peerReflection",
          "structuredReflection",
          "evidence",
          "origin",
          "tags",
          "status",
          "usedForRenewal");
  static final Props PEER_REFLECTION =
      Props.of("PeerReflection", "date", "mode", "peerRoles", "whatILearnedFromPeers", "sessionId");
  static final Props STRUCTURED_REFLECTION = Props.of("StructuredReflection", "model!", "sections");
  static final Props EVIDENCE = Props.of("EvidenceReference", "description!", "uri", "attachment");
  static final Props ATTACHMENT = Props.of("Attachment", "mediaType!", "size!", "sha256!", "date!");
  static final Props ORIGIN = Props.of("EntryOrigin", "toolkitRunId!", "toolkitStage!");

  private EntryCodec() {}

  static CpdEntry readEntry(In in) {
    In.Obj o = in.object(ENTRY, true);
    CpdEntry.Builder b = CpdEntry.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "id":
          b.id(in.string());
          break;
        case "title":
          b.title(in.string());
          break;
        case "activityType":
          b.activityType(in.code(ActivityType.class));
          break;
        case "activityDescription":
          b.activityDescription(in.string());
          break;
        case "date":
          b.date(in.date());
          break;
        case "endDate":
          b.endDate(in.date());
          break;
        case "timeSpent":
          b.timeSpent(in.duration());
          break;
        case "participatory":
          b.participatory(in.bool());
          break;
        case "whatIDid":
          b.whatIDid(in.string());
          break;
        case "whatILearned":
          b.whatILearned(in.string());
          break;
        case "impactOnPractice":
          b.impactOnPractice(in.string());
          break;
        case "standards":
          in.startArray("standard codes");
          while (in.nextElement()) {
            b.addStandard(in.standardCode());
          }
          break;
        case "codeThemes":
          in.startArray("Code theme codes");
          while (in.nextElement()) {
            b.addCodeTheme(in.code(CodeTheme.class));
          }
          break;
        case "peerReflection":
          b.peerReflection(readPeerReflection(in));
          break;
        case "structuredReflection":
          b.structuredReflection(readStructuredReflection(in));
          break;
        case "evidence":
          in.startArray("evidence objects");
          while (in.nextElement()) {
            b.addEvidence(readEvidence(in));
          }
          break;
        case "origin":
          b.origin(readOrigin(in));
          break;
        case "tags":
          in.startArray("tag strings");
          while (in.nextElement()) {
            b.addTag(in.string());
          }
          break;
        case "status":
          b.status(in.code(EntryStatus.class));
          break;
        default: // "usedForRenewal"
          b.usedForRenewal(in.date());
          break;
      }
    }
    b.extensions(o.extensions());
    return in.build(b::build);
  }

  static void writeEntry(Out out, CpdEntry e) {
    out.g.writeStartObject();
    writeEntryProperties(out, e);
    out.g.writeEndObject();
  }

  /** The entry's properties, without the braces, so a document can put {@code $format} first. */
  static void writeEntryProperties(Out out, CpdEntry e) {
    out.string("id", e.id());
    out.string("title", e.title());
    if (e.activityType().isPresent()) {
      out.code("activityType", e.activityType().get());
    }
    if (e.activityDescription().isPresent()) {
      out.string("activityDescription", e.activityDescription().get());
    }
    out.date("date", e.date());
    if (e.endDate().isPresent()) {
      out.date("endDate", e.endDate().get());
    }
    if (e.timeSpent().isPresent()) {
      out.duration("timeSpent", e.timeSpent().get());
    }
    out.bool("participatory", e.participatory());
    out.string("whatIDid", e.whatIDid());
    out.string("whatILearned", e.whatILearned());
    out.string("impactOnPractice", e.impactOnPractice());
    out.codes("standards", e.standards());
    if (!e.codeThemes().isEmpty()) {
      // Written only when linked, so entries of regulators without a Code read and write as before.
      out.strings("codeThemes", e.codeThemes().stream().map(CodeTheme::code).collect(java.util.stream.Collectors.toList()));
    }
    if (e.peerReflection().isPresent()) {
      out.g.writeName("peerReflection");
      writePeerReflection(out, e.peerReflection().get());
    }
    if (e.structuredReflection().isPresent()) {
      out.g.writeName("structuredReflection");
      writeStructuredReflection(out, e.structuredReflection().get());
    }
    out.g.writeName("evidence");
    out.g.writeStartArray();
    for (EvidenceReference r : e.evidence()) {
      writeEvidence(out, r);
    }
    out.g.writeEndArray();
    if (e.origin().isPresent()) {
      out.g.writeName("origin");
      writeOrigin(out, e.origin().get());
    }
    out.strings("tags", e.tags());
    out.code("status", e.status());
    if (e.usedForRenewal().isPresent()) {
      out.date("usedForRenewal", e.usedForRenewal().get());
    }
    out.extensions("CpdEntry", e.extensions());
  }

  static PeerReflection readPeerReflection(In in) {
    In.Obj o = in.object(PEER_REFLECTION, true);
    PeerReflection.Builder b = PeerReflection.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "date":
          b.date(in.date());
          break;
        case "mode":
          b.mode(in.code(ReflectionMode.class));
          break;
        case "peerRoles":
          b.peerRoles(strings(in, "role strings"));
          break;
        case "whatILearnedFromPeers":
          b.whatILearnedFromPeers(in.string());
          break;
        default: // "sessionId"
          b.sessionId(in.string());
          break;
      }
    }
    b.extensions(o.extensions());
    return in.build(b::build);
  }

  static void writePeerReflection(Out out, PeerReflection r) {
    out.g.writeStartObject();
    if (r.date().isPresent()) {
      out.date("date", r.date().get());
    }
    out.code("mode", r.mode());
    out.strings("peerRoles", r.peerRoles());
    out.string("whatILearnedFromPeers", r.whatILearnedFromPeers());
    if (r.sessionId().isPresent()) {
      out.string("sessionId", r.sessionId().get());
    }
    out.extensions("PeerReflection", r.extensions());
    out.g.writeEndObject();
  }

  static StructuredReflection readStructuredReflection(In in) {
    In.Obj o = in.object(STRUCTURED_REFLECTION, true);
    StructuredReflection.Builder b = StructuredReflection.builder();
    ReflectionModel model = null;
    Map<String, String> sections = new LinkedHashMap<>();
    String name;
    while ((name = in.next(o)) != null) {
      if (name.equals("model")) {
        model = in.code(ReflectionModel.class);
        b.model(model);
      } else { // "sections"
        in.startObject("sections");
        while (in.p.nextToken() != tools.jackson.core.JsonToken.END_OBJECT) {
          String section = in.p.currentName();
          if (sections.containsKey(section)) {
            throw in.error(Kind.DUPLICATE_PROPERTY, "property \"" + In.safe(section) + "\" given twice");
          }
          if (model != null && !model.sections().contains(section)) {
            throw in.error(
                Kind.UNKNOWN_PROPERTY,
                "unknown section \"" + In.safe(section) + "\" for model " + model.code()
                    + suggestion(section, model.sections()) + "; sections are " + String.join(", ", model.sections()));
          }
          in.p.nextToken();
          sections.put(section, in.string());
        }
      }
    }
    b.sections(sections);
    b.extensions(o.extensions());
    return in.build(b::build);
  }

  private static String suggestion(String given, List<String> known) {
    String s = Suggest.closest(given, known);
    return s == null ? "" : " (did you mean \"" + s + "\"?)";
  }

  static void writeStructuredReflection(Out out, StructuredReflection r) {
    out.g.writeStartObject();
    out.code("model", r.model());
    out.g.writeName("sections");
    out.g.writeStartObject();
    for (Map.Entry<String, String> s : r.sections().entrySet()) {
      out.string(s.getKey(), s.getValue());
    }
    out.g.writeEndObject();
    out.extensions("StructuredReflection", r.extensions());
    out.g.writeEndObject();
  }

  static EvidenceReference readEvidence(In in) {
    In.Obj o = in.object(EVIDENCE, true);
    EvidenceReference.Builder b = EvidenceReference.builder();
    String name;
    while ((name = in.next(o)) != null) {
      if (name.equals("description")) {
        b.description(in.string());
      } else if (name.equals("uri")) {
        b.uri(in.uri());
      } else { // "attachment"
        b.attachment(readAttachment(in));
      }
    }
    b.extensions(o.extensions());
    return in.build(b::build);
  }

  static Attachment readAttachment(In in) {
    In.Obj o = in.object(ATTACHMENT, true);
    Attachment.Builder b = Attachment.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "mediaType":
          b.mediaType(in.string());
          break;
        case "size":
          b.size(in.integer(0, Limits.MAX_ATTACHMENT_SIZE));
          break;
        case "sha256":
          b.sha256(in.string());
          break;
        default: // "date"
          b.date(in.date());
          break;
      }
    }
    b.extensions(o.extensions());
    return in.build(b::build);
  }

  static void writeAttachment(Out out, Attachment a) {
    out.g.writeStartObject();
    out.string("mediaType", a.mediaType());
    out.g.writeName("size");
    out.g.writeNumber(a.size());
    out.string("sha256", a.sha256());
    out.date("date", a.date());
    out.extensions("Attachment", a.extensions());
    out.g.writeEndObject();
  }

  static void writeEvidence(Out out, EvidenceReference r) {
    out.g.writeStartObject();
    out.string("description", r.description());
    if (r.uri().isPresent()) {
      out.string("uri", r.uri().get().toString());
    }
    if (r.attachment().isPresent()) {
      out.g.writeName("attachment");
      writeAttachment(out, r.attachment().get());
    }
    out.extensions("EvidenceReference", r.extensions());
    out.g.writeEndObject();
  }

  static EntryOrigin readOrigin(In in) {
    In.Obj o = in.object(ORIGIN, true);
    EntryOrigin.Builder b = EntryOrigin.builder();
    String name;
    while ((name = in.next(o)) != null) {
      if (name.equals("toolkitRunId")) {
        b.toolkitRunId(in.string());
      } else { // "toolkitStage"
        b.toolkitStage(in.code(ToolkitStage.class));
      }
    }
    b.extensions(o.extensions());
    return in.build(b::build);
  }

  static void writeOrigin(Out out, EntryOrigin r) {
    out.g.writeStartObject();
    out.string("toolkitRunId", r.toolkitRunId());
    out.code("toolkitStage", r.toolkitStage());
    out.extensions("EntryOrigin", r.extensions());
    out.g.writeEndObject();
  }

  static List<StandardCode> standardCodes(In in) {
    in.startArray("standard codes");
    List<StandardCode> codes = new ArrayList<>();
    while (in.nextElement()) {
      codes.add(in.standardCode());
    }
    return codes;
  }

  static List<String> strings(In in, String what) {
    in.startArray(what);
    List<String> values = new ArrayList<>();
    while (in.nextElement()) {
      values.add(in.string());
    }
    return values;
  }
}
