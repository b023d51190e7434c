package org.cpdkit.json;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.json.CpdFormatException.Kind;
import org.cpdkit.rules.EntryResult;
import org.cpdkit.rules.Finding;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RequirementState;
import org.cpdkit.rules.RequirementStatus;
import org.cpdkit.rules.RuleOutcome;
import org.cpdkit.rules.Severity;
import org.cpdkit.rules.TextSpan;
import org.cpdkit.rules.team.PractitionerStatus;
import org.cpdkit.rules.team.Standing;
import org.cpdkit.rules.team.TeamReport;

/**
 * Reports and team reports in JSON: output documents. Properties a reader can work out from the
 * others ({@code compliant}, {@code line}, {@code counts}) are always written, for people and for
 * programs that do not want to recompute them, and are ignored when read.
 */
final class ReportCodec {
  static final Props REPORT =
      Props.of("Report", "packId", "asOf!", "compliant", "outcome", "atRiskDays", "deadline", "daysLeft", "findings!",
          "requirements!", "entries", "rules!");
  static final Props ENTRY_RESULT =
      Props.of("EntryResult", "index!", "entryId!", "counts!", "reason", "peerReflection!", "timeAdded");
  static final Props FINDING =
      Props.of("Finding", "ruleId!", "severity!", "location!", "message!", "arguments", "span");
  static final Props SPAN = Props.of("TextSpan", "kind!", "start!", "end!");
  static final Props REQUIREMENT =
      Props.of(
          "RequirementStatus",
          "ruleId!", "order!", "state!", "required!", "recorded!", "missing", "target", "achieved",
          "deadline", "daysLeft", "line");
  static final Props OUTCOME =
      Props.of("RuleOutcome", "ruleId!", "severity!", "enabled!", "findings!", "failed!");

  static final Props TEAM =
      Props.of(
          "TeamReport",
          "packId!", "asOf!", "atRiskDays!", "counts", "practitioners!", "standardsCoverage!",
          "peerReflectionParticipants!", "peerReflectionEntries!", "learningCulture");
  static final Props COUNTS =
      Props.of("TeamCounts", "compliant!", "onTrack", "atRisk!", "nonCompliant!", "total!");
  static final Props PRACTITIONER =
      Props.of(
          "PractitionerStatus",
          "registrationNumber!", "standing!", "missing!", "errorRules!", "daysLeft", "peerReflected!",
          "entriesAwaitingSignOff", "signOffsAwaiting");

  private ReportCodec() {}

  // ---- report ----------------------------------------------------------------------------

  static Report readReport(In in) {
    In.Obj o = in.object(REPORT, false);
    Report.Builder b = Report.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "packId":
          b.packId(in.string());
          break;
        case "asOf":
          b.asOf(in.date());
          break;
        case "compliant":
          in.bool();
          break;
        case "outcome":
          in.code(org.cpdkit.rules.Outcome.class);
          break;
        case "atRiskDays":
          b.atRiskDays((int) in.integer(0, Integer.MAX_VALUE));
          break;
        case "deadline":
          b.deadline(in.date());
          break;
        case "daysLeft":
          in.integer(Long.MIN_VALUE, Long.MAX_VALUE);
          break;
        case "entries":
          in.startArray("entry result objects");
          while (in.nextElement()) {
            b.addEntries(readEntryResult(in));
          }
          break;
        case "findings":
          in.startArray("finding objects");
          while (in.nextElement()) {
            b.addFindings(readFinding(in));
          }
          break;
        case "requirements":
          in.startArray("requirement status objects");
          while (in.nextElement()) {
            b.addRequirements(readRequirement(in));
          }
          break;
        default: // "rules"
          in.startArray("rule outcome objects");
          while (in.nextElement()) {
            b.addRules(readOutcome(in));
          }
          break;
      }
    }
    return build(in, "Report", b::build);
  }

  static void writeReportProperties(Out out, Report r) {
    if (r.packId().isPresent()) {
      out.string("packId", r.packId().get());
    }
    out.date("asOf", r.asOf());
    out.bool("compliant", r.isCompliant());
    out.code("outcome", r.outcome());
    out.g.writeName("atRiskDays");
    out.g.writeNumber(r.atRiskDays());
    if (r.deadline().isPresent()) {
      out.date("deadline", r.deadline().get());
      out.g.writeName("daysLeft");
      out.g.writeNumber(r.daysLeft().getAsLong());
    }
    out.g.writeName("findings");
    out.g.writeStartArray();
    for (Finding f : r.findings()) {
      writeFinding(out, f);
    }
    out.g.writeEndArray();
    out.g.writeName("requirements");
    out.g.writeStartArray();
    for (RequirementStatus s : r.requirements()) {
      writeRequirement(out, s);
    }
    out.g.writeEndArray();
    out.g.writeName("entries");
    out.g.writeStartArray();
    for (EntryResult e : r.entries()) {
      writeEntryResult(out, e);
    }
    out.g.writeEndArray();
    out.g.writeName("rules");
    out.g.writeStartArray();
    for (RuleOutcome x : r.rules()) {
      writeOutcome(out, x);
    }
    out.g.writeEndArray();
  }

  static EntryResult readEntryResult(In in) {
    In.Obj o = in.object(ENTRY_RESULT, false);
    EntryResult.Builder b = EntryResult.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "index":
          b.index((int) in.integer(0, Integer.MAX_VALUE));
          break;
        case "entryId":
          b.entryId(in.string());
          break;
        case "counts":
          b.counts(in.bool());
          break;
        case "reason":
          b.reason(in.string());
          break;
        case "peerReflection":
          b.peerReflection(in.bool());
          break;
        default: // "timeAdded"
          b.timeAdded(in.duration());
          break;
      }
    }
    return build(in, "EntryResult", b::build);
  }

  static void writeEntryResult(Out out, EntryResult e) {
    out.g.writeStartObject();
    out.g.writeName("index");
    out.g.writeNumber(e.index());
    out.string("entryId", e.entryId());
    out.bool("counts", e.counts());
    if (e.reason().isPresent()) {
      out.string("reason", e.reason().get());
    }
    out.bool("peerReflection", e.peerReflection());
    if (e.timeAdded().isPresent()) {
      out.duration("timeAdded", e.timeAdded().get());
    }
    out.g.writeEndObject();
  }

  static Finding readFinding(In in) {
    In.Obj o = in.object(FINDING, false);
    Finding.Builder b = Finding.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "ruleId":
          b.ruleId(in.string());
          break;
        case "severity":
          b.severity(in.code(Severity.class));
          break;
        case "location":
          String location = in.string();
          if (!location.isEmpty() && !location.startsWith("/")) {
            throw in.error(Kind.INVALID_VALUE, "expected a JSON Pointer: empty or starting with /");
          }
          b.location(location);
          break;
        case "message":
          b.message(in.string());
          break;
        case "arguments":
          b.arguments(readStringMap(in));
          break;
        default: // "span"
          b.span(readSpan(in));
          break;
      }
    }
    return build(in, "Finding", b::build);
  }

  static void writeFinding(Out out, Finding f) {
    out.g.writeStartObject();
    out.string("ruleId", f.ruleId());
    out.code("severity", f.severity());
    out.string("location", f.location());
    out.string("message", f.message());
    if (!f.arguments().isEmpty()) {
      out.g.writeName("arguments");
      out.g.writeStartObject();
      for (Map.Entry<String, String> e : new TreeMap<>(f.arguments()).entrySet()) {
        out.string(e.getKey(), e.getValue());
      }
      out.g.writeEndObject();
    }
    if (f.span().isPresent()) {
      TextSpan s = f.span().get();
      out.g.writeName("span");
      out.g.writeStartObject();
      out.string("kind", s.kind());
      out.g.writeName("start");
      out.g.writeNumber(s.start());
      out.g.writeName("end");
      out.g.writeNumber(s.end());
      out.g.writeEndObject();
    }
    out.g.writeEndObject();
  }

  private static TextSpan readSpan(In in) {
    In.Obj o = in.object(SPAN, false);
    String kind = null;
    int start = 0;
    int end = 0;
    tools.jackson.core.TokenStreamLocation endAt = null;
    String pointer = in.pointerHere();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "kind":
          kind = in.string();
          if (kind.isBlank()) {
            throw in.error(Kind.INVALID_VALUE, "kind must not be blank");
          }
          break;
        case "start":
          start = (int) in.integer(0, Integer.MAX_VALUE);
          break;
        default: // "end"
          endAt = in.p.currentTokenLocation();
          end = (int) in.integer(0, Integer.MAX_VALUE);
          break;
      }
    }
    if (end < start) {
      throw new CpdFormatException(
          Kind.INVALID_VALUE, in.source.name(), pointer + "/end", endAt.getLineNr(), endAt.getColumnNr(),
          "end must not be before start");
    }
    String k = kind;
    int s = start;
    int e = end;
    return build(in, "TextSpan", () -> TextSpan.of(k, s, e));
  }

  static RequirementStatus readRequirement(In in) {
    In.Obj o = in.object(REQUIREMENT, false);
    RequirementStatus.Builder b = RequirementStatus.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "ruleId":
          b.ruleId(in.string());
          break;
        case "order":
          b.order((int) in.integer(Integer.MIN_VALUE, Integer.MAX_VALUE));
          break;
        case "state":
          b.state(in.code(RequirementState.class));
          break;
        case "required":
          b.required(in.string());
          break;
        case "recorded":
          b.recorded(in.string());
          break;
        case "missing":
          b.missing(in.string());
          break;
        case "target":
          b.target(in.integer(Long.MIN_VALUE, Long.MAX_VALUE));
          break;
        case "achieved":
          b.achieved(in.integer(Long.MIN_VALUE, Long.MAX_VALUE));
          break;
        case "deadline":
          b.deadline(in.date());
          break;
        case "daysLeft":
          b.daysLeft(in.integer(Long.MIN_VALUE, Long.MAX_VALUE));
          break;
        default: // "line"
          in.string();
          break;
      }
    }
    return build(in, "RequirementStatus", b::build);
  }

  static void writeRequirement(Out out, RequirementStatus s) {
    out.g.writeStartObject();
    out.string("ruleId", s.ruleId());
    out.g.writeName("order");
    out.g.writeNumber(s.order());
    out.code("state", s.state());
    out.string("required", s.required());
    out.string("recorded", s.recorded());
    if (s.missing().isPresent()) {
      out.string("missing", s.missing().get());
    }
    if (s.target().isPresent()) {
      out.g.writeName("target");
      out.g.writeNumber(s.target().getAsLong());
    }
    if (s.achieved().isPresent()) {
      out.g.writeName("achieved");
      out.g.writeNumber(s.achieved().getAsLong());
    }
    if (s.deadline().isPresent()) {
      out.date("deadline", s.deadline().get());
    }
    if (s.daysLeft().isPresent()) {
      out.g.writeName("daysLeft");
      out.g.writeNumber(s.daysLeft().getAsLong());
    }
    out.string("line", s.line());
    out.g.writeEndObject();
  }

  static RuleOutcome readOutcome(In in) {
    In.Obj o = in.object(OUTCOME, false);
    String ruleId = null;
    Severity severity = null;
    boolean enabled = false;
    int findings = 0;
    boolean failed = false;
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "ruleId":
          ruleId = in.string();
          break;
        case "severity":
          severity = in.code(Severity.class);
          break;
        case "enabled":
          enabled = in.bool();
          break;
        case "findings":
          findings = (int) in.integer(0, Integer.MAX_VALUE);
          break;
        default: // "failed"
          failed = in.bool();
          break;
      }
    }
    String id = ruleId;
    Severity sev = severity;
    boolean en = enabled;
    int n = findings;
    boolean f = failed;
    return build(in, "RuleOutcome", () -> RuleOutcome.of(id, sev, en, n, f));
  }

  static void writeOutcome(Out out, RuleOutcome x) {
    out.g.writeStartObject();
    out.string("ruleId", x.ruleId());
    out.code("severity", x.severity());
    out.bool("enabled", x.enabled());
    out.g.writeName("findings");
    out.g.writeNumber(x.findings());
    out.bool("failed", x.failed());
    out.g.writeEndObject();
  }

  // ---- team report -----------------------------------------------------------------------

  static TeamReport readTeamReport(In in) {
    In.Obj o = in.object(TEAM, false);
    TeamReport.Builder b = TeamReport.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "packId":
          b.packId(in.string());
          break;
        case "asOf":
          b.asOf(in.date());
          break;
        case "atRiskDays":
          b.atRiskDays((int) in.integer(0, Integer.MAX_VALUE));
          break;
        case "counts":
          readCounts(in);
          break;
        case "practitioners":
          in.startArray("practitioner status objects");
          while (in.nextElement()) {
            b.addPractitioners(readPractitioner(in));
          }
          break;
        case "standardsCoverage":
          b.standardsCoverage(readCoverage(in));
          break;
        case "peerReflectionParticipants":
          b.peerReflectionParticipants((int) in.integer(0, Integer.MAX_VALUE));
          break;
        case "learningCulture":
          b.learningCulture(CultureCodec.read(in));
          break;
        default: // "peerReflectionEntries"
          b.peerReflectionEntries((int) in.integer(0, Integer.MAX_VALUE));
          break;
      }
    }
    return build(in, "TeamReport", b::build);
  }

  static void writeTeamReportProperties(Out out, TeamReport t) {
    out.string("packId", t.packId());
    out.date("asOf", t.asOf());
    out.g.writeName("atRiskDays");
    out.g.writeNumber(t.atRiskDays());
    out.g.writeName("counts");
    out.g.writeStartObject();
    out.g.writeName("compliant");
    out.g.writeNumber(t.compliant());
    out.g.writeName("onTrack");
    out.g.writeNumber(t.onTrack());
    out.g.writeName("atRisk");
    out.g.writeNumber(t.atRisk());
    out.g.writeName("nonCompliant");
    out.g.writeNumber(t.nonCompliant());
    out.g.writeName("total");
    out.g.writeNumber(t.total());
    out.g.writeEndObject();
    out.g.writeName("practitioners");
    out.g.writeStartArray();
    for (PractitionerStatus p : t.practitioners()) {
      writePractitioner(out, p);
    }
    out.g.writeEndArray();
    out.g.writeName("standardsCoverage");
    out.g.writeStartObject();
    for (Map.Entry<StandardCode, Integer> e : new TreeMap<>(t.standardsCoverage()).entrySet()) {
      out.g.writeName(e.getKey().value());
      out.g.writeNumber(e.getValue());
    }
    out.g.writeEndObject();
    out.g.writeName("peerReflectionParticipants");
    out.g.writeNumber(t.peerReflectionParticipants());
    out.g.writeName("peerReflectionEntries");
    out.g.writeNumber(t.peerReflectionEntries());
    if (t.learningCulture().isPresent()) {
      out.g.writeName("learningCulture");
      CultureCodec.write(out, t.learningCulture().get());
    }
  }

  private static void readCounts(In in) {
    In.Obj o = in.object(COUNTS, false);
    while (in.next(o) != null) {
      in.integer(0, Integer.MAX_VALUE);
    }
  }

  static PractitionerStatus readPractitioner(In in) {
    In.Obj o = in.object(PRACTITIONER, false);
    PractitionerStatus.Builder b = PractitionerStatus.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "registrationNumber":
          b.registrationNumber(in.string());
          break;
        case "standing":
          b.standing(in.code(Standing.class));
          break;
        case "missing":
          in.startArray("strings");
          while (in.nextElement()) {
            b.addMissing(in.string());
          }
          break;
        case "errorRules":
          in.startArray("rule ids");
          while (in.nextElement()) {
            b.addErrorRules(in.string());
          }
          break;
        case "daysLeft":
          b.daysLeft(in.integer(Long.MIN_VALUE, Long.MAX_VALUE));
          break;
        case "entriesAwaitingSignOff":
          in.startArray("entry ids");
          while (in.nextElement()) {
            b.addEntriesAwaitingSignOff(in.string());
          }
          break;
        case "signOffsAwaiting":
          in.startArray("sign-off ids");
          while (in.nextElement()) {
            b.addSignOffsAwaiting(in.string());
          }
          break;
        default: // "peerReflected"
          b.peerReflected(in.bool());
          break;
      }
    }
    return build(in, "PractitionerStatus", b::build);
  }

  static void writePractitioner(Out out, PractitionerStatus p) {
    out.g.writeStartObject();
    out.string("registrationNumber", p.registrationNumber());
    out.code("standing", p.standing());
    out.strings("missing", p.missing());
    out.strings("errorRules", p.errorRules());
    if (p.daysLeft().isPresent()) {
      out.g.writeName("daysLeft");
      out.g.writeNumber(p.daysLeft().getAsLong());
    }
    out.bool("peerReflected", p.peerReflected());
    // Written only when something awaits sign-off, so packs that ask for none keep their reports as they were.
    if (!p.entriesAwaitingSignOff().isEmpty()) {
      out.strings("entriesAwaitingSignOff", p.entriesAwaitingSignOff());
    }
    if (!p.signOffsAwaiting().isEmpty()) {
      out.strings("signOffsAwaiting", p.signOffsAwaiting());
    }
    out.g.writeEndObject();
  }

  /** An object from standard code to a count, in code order; duplicate codes are an error. */
  private static Map<StandardCode, Integer> readCoverage(In in) {
    in.startObject("standard code to count");
    Map<StandardCode, Integer> m = new TreeMap<>();
    while (in.p.nextToken() != tools.jackson.core.JsonToken.END_OBJECT) {
      StandardCode code;
      try {
        code = StandardCode.of(in.p.currentName());
      } catch (IllegalArgumentException e) {
        throw in.error(
            Kind.INVALID_VALUE, "expected a standard code such as \"4.5\" as the property name");
      }
      if (m.containsKey(code)) {
        throw in.error(Kind.DUPLICATE_PROPERTY, "standard " + In.safe(code.value()) + " given twice");
      }
      in.p.nextToken();
      m.put(code, (int) in.integer(0, Integer.MAX_VALUE));
    }
    return m;
  }

  /** An object from name to string, in the order written; duplicate names are an error. */
  private static Map<String, String> readStringMap(In in) {
    in.startObject("name to string");
    Map<String, String> m = new java.util.LinkedHashMap<>();
    while (in.p.nextToken() != tools.jackson.core.JsonToken.END_OBJECT) {
      String key = in.p.currentName();
      if (m.containsKey(key)) {
        throw in.error(Kind.DUPLICATE_PROPERTY, "property \"" + In.safe(key) + "\" given twice");
      }
      in.p.nextToken();
      m.put(key, in.string());
    }
    return m;
  }

  // ---- errors ----------------------------------------------------------------------------

  /**
   * Builds the value of the object just read; a rule of the type broken at build (which these
   * types state with plain {@link IllegalArgumentException}s) is located at the object, and the
   * exception's text, which may quote the input, is not passed on.
   */
  private static <T> T build(In in, String type, Supplier<T> builder) {
    try {
      return in.build(builder);
    } catch (CpdFormatException e) {
      throw e;
    } catch (IllegalStateException | IllegalArgumentException e) {
      String object = in.pointerHere();
      throw located(in, object, Kind.INVALID_VALUE, "not a valid " + type);
    }
  }

  private static CpdFormatException located(In in, String pointer, Kind kind, String detail) {
    tools.jackson.core.TokenStreamLocation at = in.locate(pointer);
    if (at == null) {
      at = in.p.currentTokenLocation();
    }
    return new CpdFormatException(
        kind, in.source.name(), pointer, at.getLineNr(), at.getColumnNr(), detail);
  }
}
