package org.cpdkit.json;

import org.cpdkit.core.entry.ReflectionMode;
import org.cpdkit.core.toolkit.Toolkit;
import org.cpdkit.core.toolkit.ToolkitParticipant;
import org.cpdkit.core.toolkit.ToolkitRun;

/** Toolkits, toolkit runs and participants' progress in JSON. */
final class ToolkitCodec {
  static final Props TOOLKIT =
      Props.of(
          "Toolkit",
          "id!",
          "title!",
          "theme!",
          "moduleTitle!",
          "moduleMinimumTime",
          "moduleMaximumTime",
          "caseStudyTitle!",
          "caseStudyTime",
          "standards");
  static final Props RUN =
      Props.of(
          "ToolkitRun",
          "id!",
          "toolkit!",
          "facilitator!",
          "moduleDeadline!",
          "caseStudyDate!",
          "caseStudyDuration",
          "caseStudyMode",
          "caseStudySessionId",
          "participants");
  static final Props PARTICIPANT =
      Props.of(
          "ToolkitParticipant",
          "participant!",
          "moduleCompletedOn",
          "moduleTimeSpent",
          "attendedCaseStudy",
          "moduleReflectionEntryId",
          "caseStudyReflectionEntryId");

  private ToolkitCodec() {}

  static Toolkit readToolkit(In in) {
    In.Obj o = in.object(TOOLKIT, true);
    Toolkit.Builder b = Toolkit.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "id":
          b.id(in.string());
          break;
        case "title":
          b.title(in.string());
          break;
        case "theme":
          b.theme(in.string());
          break;
        case "moduleTitle":
          b.moduleTitle(in.string());
          break;
        case "moduleMinimumTime":
          b.moduleMinimumTime(in.duration());
          break;
        case "moduleMaximumTime":
          b.moduleMaximumTime(in.duration());
          break;
        case "caseStudyTitle":
          b.caseStudyTitle(in.string());
          break;
        case "caseStudyTime":
          b.caseStudyTime(in.duration());
          break;
        default: // "standards"
          b.standards(EntryCodec.standardCodes(in));
          break;
      }
    }
    b.extensions(o.extensions());
    return in.build(b::build);
  }

  static void writeToolkit(Out out, Toolkit t) {
    out.g.writeStartObject();
    writeToolkitProperties(out, t);
    out.g.writeEndObject();
  }

  static void writeToolkitProperties(Out out, Toolkit t) {
    out.string("id", t.id());
    out.string("title", t.title());
    out.string("theme", t.theme());
    out.string("moduleTitle", t.moduleTitle());
    out.duration("moduleMinimumTime", t.moduleMinimumTime());
    out.duration("moduleMaximumTime", t.moduleMaximumTime());
    out.string("caseStudyTitle", t.caseStudyTitle());
    out.duration("caseStudyTime", t.caseStudyTime());
    out.codes("standards", t.standards());
    out.extensions("Toolkit", t.extensions());
  }

  static ToolkitRun readRun(In in) {
    In.Obj o = in.object(RUN, true);
    ToolkitRun.Builder b = ToolkitRun.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "id":
          b.id(in.string());
          break;
        case "toolkit":
          b.toolkit(readToolkit(in));
          break;
        case "facilitator":
          b.facilitator(SessionCodec.readParticipant(in));
          break;
        case "moduleDeadline":
          b.moduleDeadline(in.date());
          break;
        case "caseStudyDate":
          b.caseStudyDate(in.date());
          break;
        case "caseStudyDuration":
          b.caseStudyDuration(in.duration());
          break;
        case "caseStudyMode":
          b.caseStudyMode(in.code(ReflectionMode.class));
          break;
        case "caseStudySessionId":
          b.caseStudySessionId(in.string());
          break;
        default: // "participants"
          in.startArray("participant progress objects");
          while (in.nextElement()) {
            b.addParticipant(readParticipant(in));
          }
          break;
      }
    }
    b.extensions(o.extensions());
    return in.build(b::build);
  }

  static void writeRunProperties(Out out, ToolkitRun r) {
    out.string("id", r.id());
    out.g.writeName("toolkit");
    writeToolkit(out, r.toolkit());
    out.g.writeName("facilitator");
    SessionCodec.writeParticipant(out, r.facilitator());
    out.date("moduleDeadline", r.moduleDeadline());
    out.date("caseStudyDate", r.caseStudyDate());
    if (r.caseStudyDuration().isPresent()) {
      out.duration("caseStudyDuration", r.caseStudyDuration().get());
    }
    out.code("caseStudyMode", r.caseStudyMode());
    if (r.caseStudySessionId().isPresent()) {
      out.string("caseStudySessionId", r.caseStudySessionId().get());
    }
    out.g.writeName("participants");
    out.g.writeStartArray();
    for (ToolkitParticipant p : r.participants()) {
      writeParticipant(out, p);
    }
    out.g.writeEndArray();
    out.extensions("ToolkitRun", r.extensions());
  }

  static ToolkitParticipant readParticipant(In in) {
    In.Obj o = in.object(PARTICIPANT, true);
    ToolkitParticipant.Builder b = ToolkitParticipant.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "participant":
          b.participant(SessionCodec.readParticipant(in));
          break;
        case "moduleCompletedOn":
          b.moduleCompletedOn(in.date());
          break;
        case "moduleTimeSpent":
          b.moduleTimeSpent(in.duration());
          break;
        case "attendedCaseStudy":
          b.attendedCaseStudy(in.bool());
          break;
        case "moduleReflectionEntryId":
          b.moduleReflectionEntryId(in.string());
          break;
        default: // "caseStudyReflectionEntryId"
          b.caseStudyReflectionEntryId(in.string());
          break;
      }
    }
    b.extensions(o.extensions());
    return in.build(b::build);
  }

  static void writeParticipant(Out out, ToolkitParticipant p) {
    out.g.writeStartObject();
    out.g.writeName("participant");
    SessionCodec.writeParticipant(out, p.participant());
    if (p.moduleCompletedOn().isPresent()) {
      out.date("moduleCompletedOn", p.moduleCompletedOn().get());
    }
    if (p.moduleTimeSpent().isPresent()) {
      out.duration("moduleTimeSpent", p.moduleTimeSpent().get());
    }
    out.bool("attendedCaseStudy", p.attendedCaseStudy());
    if (p.moduleReflectionEntryId().isPresent()) {
      out.string("moduleReflectionEntryId", p.moduleReflectionEntryId().get());
    }
    if (p.caseStudyReflectionEntryId().isPresent()) {
      out.string("caseStudyReflectionEntryId", p.caseStudyReflectionEntryId().get());
    }
    out.extensions("ToolkitParticipant", p.extensions());
    out.g.writeEndObject();
  }
}
