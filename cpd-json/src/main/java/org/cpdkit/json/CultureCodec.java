package org.cpdkit.json;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.json.CpdFormatException.Kind;
import org.cpdkit.rules.team.LearningCulture;
import org.cpdkit.rules.team.SurveyAgreement;
import org.cpdkit.rules.team.TeamMonth;

/** A team report's {@code learningCulture} in JSON: counts only. */
final class CultureCodec {
  static final Props CULTURE =
      Props.of("LearningCulture", "months!", "sessions!", "attendances!", "prompts!", "standards!", "toolkitRuns!",
          "moduleCompletions!", "caseStudyAttendances!", "peerReflectionParticipants!", "survey!");
  static final Props MONTH = Props.of("TeamMonth", "team!", "month!", "sessions!", "attendances!");
  static final Props AGREEMENT = Props.of("SurveyAgreement", "statement!", "team", "respondents!", "agreeing!");

  private CultureCodec() {}

  private static int count(In in) {
    return (int) in.integer(0, Integer.MAX_VALUE);
  }

  /** An object from a key to a count; a bad or repeated key is an error. */
  private static <K> Map<K, Integer> counts(In in, String what, java.util.function.Function<String, K> key) {
    in.startObject(what + " to count");
    Map<K, Integer> m = new java.util.LinkedHashMap<>();
    while (in.p.nextToken() != tools.jackson.core.JsonToken.END_OBJECT) {
      K k;
      try {
        k = key.apply(in.p.currentName());
      } catch (IllegalArgumentException e) {
        throw in.error(Kind.INVALID_VALUE, "expected a " + what + " as the property name");
      }
      if (m.containsKey(k)) {
        throw in.error(Kind.DUPLICATE_PROPERTY, what + " " + In.safe(String.valueOf(k)) + " given twice");
      }
      in.p.nextToken();
      m.put(k, count(in));
    }
    return m;
  }

  static LearningCulture read(In in) {
    In.Obj o = in.object(CULTURE, false);
    LearningCulture.Builder b = LearningCulture.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "months":
          in.startArray("team month objects");
          while (in.nextElement()) {
            b.addMonths(readMonth(in));
          }
          break;
        case "sessions":
          b.sessions(count(in));
          break;
        case "attendances":
          b.attendances(count(in));
          break;
        case "prompts":
          b.prompts(counts(in, "prompt id", id -> id));
          break;
        case "standards":
          b.standards(counts(in, "standard code", StandardCode::of));
          break;
        case "toolkitRuns":
          b.toolkitRuns(count(in));
          break;
        case "moduleCompletions":
          b.moduleCompletions(count(in));
          break;
        case "caseStudyAttendances":
          b.caseStudyAttendances(count(in));
          break;
        case "peerReflectionParticipants":
          b.peerReflectionParticipants(count(in));
          break;
        default: // "survey"
          in.startArray("survey agreement objects");
          while (in.nextElement()) {
            b.addSurvey(readAgreement(in));
          }
          break;
      }
    }
    return in.build(b::build);
  }

  private static TeamMonth readMonth(In in) {
    In.Obj o = in.object(MONTH, false);
    TeamMonth.Builder b = TeamMonth.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "team":
          b.team(in.string());
          break;
        case "month":
          String text = in.string();
          try {
            b.month(YearMonth.parse(text));
          } catch (DateTimeParseException e) {
            throw in.error(Kind.INVALID_VALUE, "expected a month as YYYY-MM");
          }
          break;
        case "sessions":
          b.sessions(count(in));
          break;
        default: // "attendances"
          b.attendances(count(in));
          break;
      }
    }
    return in.build(b::build);
  }

  private static SurveyAgreement readAgreement(In in) {
    In.Obj o = in.object(AGREEMENT, false);
    SurveyAgreement.Builder b = SurveyAgreement.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "statement":
          b.statement(in.string());
          break;
        case "team":
          b.team(in.string());
          break;
        case "respondents":
          b.respondents(count(in));
          break;
        default: // "agreeing"
          b.agreeing(count(in));
          break;
      }
    }
    return in.build(b::build);
  }

  static void write(Out out, LearningCulture c) {
    out.g.writeStartObject();
    out.g.writeName("months");
    out.g.writeStartArray();
    for (TeamMonth m : c.months()) {
      out.g.writeStartObject();
      out.string("team", m.team());
      out.string("month", m.month().toString());
      number(out, "sessions", m.sessions());
      number(out, "attendances", m.attendances());
      out.g.writeEndObject();
    }
    out.g.writeEndArray();
    number(out, "sessions", c.sessions());
    number(out, "attendances", c.attendances());
    out.g.writeName("prompts");
    out.g.writeStartObject();
    for (Map.Entry<String, Integer> e : new TreeMap<>(c.prompts()).entrySet()) {
      number(out, e.getKey(), e.getValue());
    }
    out.g.writeEndObject();
    out.g.writeName("standards");
    out.g.writeStartObject();
    for (Map.Entry<StandardCode, Integer> e : new TreeMap<>(c.standards()).entrySet()) {
      number(out, e.getKey().value(), e.getValue());
    }
    out.g.writeEndObject();
    number(out, "toolkitRuns", c.toolkitRuns());
    number(out, "moduleCompletions", c.moduleCompletions());
    number(out, "caseStudyAttendances", c.caseStudyAttendances());
    number(out, "peerReflectionParticipants", c.peerReflectionParticipants());
    out.g.writeName("survey");
    out.g.writeStartArray();
    for (SurveyAgreement a : c.survey()) {
      out.g.writeStartObject();
      out.string("statement", a.statement());
      if (a.team().isPresent()) {
        out.string("team", a.team().get());
      }
      number(out, "respondents", a.respondents());
      number(out, "agreeing", a.agreeing());
      out.g.writeEndObject();
    }
    out.g.writeEndArray();
    out.g.writeEndObject();
  }

  private static void number(Out out, String name, int value) {
    out.g.writeName(name);
    out.g.writeNumber(value);
  }
}
