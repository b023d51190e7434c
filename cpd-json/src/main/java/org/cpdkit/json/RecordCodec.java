package org.cpdkit.json;

import org.cpdkit.core.portfolio.Absence;
import org.cpdkit.core.portfolio.AbsenceReason;
import org.cpdkit.core.portfolio.AuditProfile;
import org.cpdkit.core.portfolio.CodeTheme;
import org.cpdkit.core.portfolio.Declaration;
import org.cpdkit.core.portfolio.FeedbackItem;
import org.cpdkit.core.portfolio.LearningPlan;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.PracticeHours;
import org.cpdkit.core.portfolio.ProfileGap;
import org.cpdkit.core.portfolio.ReflectiveAccount;
import org.cpdkit.core.portfolio.SignOff;
import org.cpdkit.core.portfolio.SignOffKind;

/**
 * What a portfolio holds besides its entries, in JSON: practice hours, feedback, reflective
 * accounts, sign-offs, declarations, the learning plan and absences (format version 1.1), and the
 * audit profile and sign-offs of single entries (1.2).
 */
final class RecordCodec {
  static final Props PRACTICE_HOURS = Props.of("PracticeHours", "start!", "end!", "hours!", "setting!", "scope!");
  static final Props FEEDBACK = Props.of("FeedbackItem", "id!", "date!", "source!", "form!", "note");
  static final Props ACCOUNT =
      Props.of("ReflectiveAccount", "id!", "date!", "codeThemes", "about", "whatHappened", "whatILearned",
          "howPracticeChanged", "relevanceToTheCode");
  static final Props SIGN_OFF = Props.of("SignOff", "kind!", "date!", "role!", "registrant", "reference", "entry");
  static final Props DECLARATION = Props.of("Declaration", "id!", "date!");
  static final Props LEARNING_PLAN = Props.of("LearningPlan", "agreedWithEmployer!", "agreedOn", "lastReviewed");
  static final Props ABSENCE = Props.of("Absence", "start!", "end!", "reason!");
  static final Props AUDIT_PROFILE = Props.of("AuditProfile", "requestedOn!", "coversFrom", "summaryOfPractice",
      "statement", "statementActivities", "activities", "gaps");
  static final Props PROFILE_GAP = Props.of("ProfileGap", "start!", "end!", "explanation");

  private RecordCodec() {}

  /** Reads the portfolio property with this name (one of the record properties) into the builder. */
  static void read(In in, String name, Portfolio.Builder b) {
    switch (name) {
      case "practiceHours":
        in.startArray("practice hours objects");
        while (in.nextElement()) {
          b.addPracticeHours(readPracticeHours(in));
        }
        break;
      case "feedback":
        in.startArray("feedback objects");
        while (in.nextElement()) {
          b.addFeedback(readFeedback(in));
        }
        break;
      case "reflectiveAccounts":
        in.startArray("reflective account objects");
        while (in.nextElement()) {
          b.addReflectiveAccount(readAccount(in));
        }
        break;
      case "signOffs":
        in.startArray("sign-off objects");
        while (in.nextElement()) {
          b.addSignOff(readSignOff(in));
        }
        break;
      case "declarations":
        in.startArray("declaration objects");
        while (in.nextElement()) {
          b.addDeclaration(readDeclaration(in));
        }
        break;
      case "learningPlan":
        b.learningPlan(readLearningPlan(in));
        break;
      case "auditProfile":
        b.auditProfile(readAuditProfile(in));
        break;
      default: // "absences"
        in.startArray("absence objects");
        while (in.nextElement()) {
          b.addAbsence(readAbsence(in));
        }
        break;
    }
  }

  /** Writes the record properties: every array, possibly empty, and the learning plan when there is one. */
  static void write(Out out, Portfolio p) {
    out.g.writeName("practiceHours");
    out.g.writeStartArray();
    for (PracticeHours h : p.practiceHours()) {
      out.g.writeStartObject();
      out.date("start", h.start());
      out.date("end", h.end());
      out.duration("hours", h.hours());
      out.string("setting", h.setting());
      out.string("scope", h.scope());
      out.g.writeEndObject();
    }
    out.g.writeEndArray();
    out.g.writeName("feedback");
    out.g.writeStartArray();
    for (FeedbackItem f : p.feedback()) {
      out.g.writeStartObject();
      out.string("id", f.id());
      out.date("date", f.date());
      out.string("source", f.source());
      out.string("form", f.form());
      out.string("note", f.note());
      out.g.writeEndObject();
    }
    out.g.writeEndArray();
    out.g.writeName("reflectiveAccounts");
    out.g.writeStartArray();
    for (ReflectiveAccount a : p.reflectiveAccounts()) {
      out.g.writeStartObject();
      out.string("id", a.id());
      out.date("date", a.date());
      out.strings("codeThemes", a.codeThemes().stream().map(CodeTheme::code).collect(java.util.stream.Collectors.toList()));
      out.strings("about", a.about());
      out.string("whatHappened", a.whatHappened());
      out.string("whatILearned", a.whatILearned());
      out.string("howPracticeChanged", a.howPracticeChanged());
      out.string("relevanceToTheCode", a.relevanceToTheCode());
      out.g.writeEndObject();
    }
    out.g.writeEndArray();
    out.g.writeName("signOffs");
    out.g.writeStartArray();
    for (SignOff s : p.signOffs()) {
      out.g.writeStartObject();
      out.code("kind", s.kind());
      out.date("date", s.date());
      out.string("role", s.role());
      if (s.registrant().isPresent()) {
        out.bool("registrant", s.registrant().get());
      }
      if (s.reference().isPresent()) {
        out.string("reference", s.reference().get());
      }
      if (s.entry().isPresent()) {
        out.string("entry", s.entry().get());
      }
      out.g.writeEndObject();
    }
    out.g.writeEndArray();
    out.g.writeName("declarations");
    out.g.writeStartArray();
    for (Declaration d : p.declarations()) {
      out.g.writeStartObject();
      out.string("id", d.id());
      out.date("date", d.date());
      out.g.writeEndObject();
    }
    out.g.writeEndArray();
    if (p.learningPlan().isPresent()) {
      LearningPlan l = p.learningPlan().get();
      out.g.writeName("learningPlan");
      out.g.writeStartObject();
      out.bool("agreedWithEmployer", l.agreedWithEmployer());
      if (l.agreedOn().isPresent()) {
        out.date("agreedOn", l.agreedOn().get());
      }
      if (l.lastReviewed().isPresent()) {
        out.date("lastReviewed", l.lastReviewed().get());
      }
      out.g.writeEndObject();
    }
    out.g.writeName("absences");
    out.g.writeStartArray();
    for (Absence a : p.absences()) {
      out.g.writeStartObject();
      out.date("start", a.start());
      out.date("end", a.end());
      out.code("reason", a.reason());
      out.g.writeEndObject();
    }
    out.g.writeEndArray();
    if (p.auditProfile().isPresent()) {
      writeAuditProfile(out, p.auditProfile().get());
    }
  }

  private static void writeAuditProfile(Out out, AuditProfile a) {
    out.g.writeName("auditProfile");
    out.g.writeStartObject();
    out.date("requestedOn", a.requestedOn());
    out.date("coversFrom", a.coversFrom());
    out.string("summaryOfPractice", a.summaryOfPractice());
    out.string("statement", a.statement());
    out.strings("statementActivities", a.statementActivities());
    out.strings("activities", a.activities());
    out.g.writeName("gaps");
    out.g.writeStartArray();
    for (ProfileGap g : a.gaps()) {
      out.g.writeStartObject();
      out.date("start", g.start());
      out.date("end", g.end());
      if (g.explanation().isPresent()) {
        out.code("explanation", g.explanation().get());
      }
      out.g.writeEndObject();
    }
    out.g.writeEndArray();
    out.g.writeEndObject();
  }

  private static AuditProfile readAuditProfile(In in) {
    In.Obj o = in.object(AUDIT_PROFILE, false);
    AuditProfile.Builder b = AuditProfile.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "requestedOn":
          b.requestedOn(in.date());
          break;
        case "coversFrom":
          b.coversFrom(in.date());
          break;
        case "summaryOfPractice":
          b.summaryOfPractice(in.string());
          break;
        case "statement":
          b.statement(in.string());
          break;
        case "statementActivities":
          in.startArray("entry ids");
          while (in.nextElement()) {
            b.addStatementActivity(in.string());
          }
          break;
        case "activities":
          in.startArray("entry ids");
          while (in.nextElement()) {
            b.addActivity(in.string());
          }
          break;
        default: // "gaps"
          in.startArray("gap objects");
          while (in.nextElement()) {
            b.addGap(readGap(in));
          }
          break;
      }
    }
    return in.build(b::build);
  }

  private static ProfileGap readGap(In in) {
    In.Obj o = in.object(PROFILE_GAP, false);
    ProfileGap.Builder b = ProfileGap.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "start":
          b.start(in.date());
          break;
        case "end":
          b.end(in.date());
          break;
        default: // "explanation"
          b.explanation(in.code(AbsenceReason.class));
          break;
      }
    }
    return in.build(b::build);
  }

  private static PracticeHours readPracticeHours(In in) {
    In.Obj o = in.object(PRACTICE_HOURS, false);
    PracticeHours.Builder b = PracticeHours.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "start":
          b.start(in.date());
          break;
        case "end":
          b.end(in.date());
          break;
        case "hours":
          b.hours(in.duration());
          break;
        case "setting":
          b.setting(in.string());
          break;
        default: // "scope"
          b.scope(in.string());
          break;
      }
    }
    return in.build(b::build);
  }

  private static FeedbackItem readFeedback(In in) {
    In.Obj o = in.object(FEEDBACK, false);
    FeedbackItem.Builder b = FeedbackItem.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "id":
          b.id(in.string());
          break;
        case "date":
          b.date(in.date());
          break;
        case "source":
          b.source(in.string());
          break;
        case "form":
          b.form(in.string());
          break;
        default: // "note"
          b.note(in.string());
          break;
      }
    }
    return in.build(b::build);
  }

  private static ReflectiveAccount readAccount(In in) {
    In.Obj o = in.object(ACCOUNT, false);
    ReflectiveAccount.Builder b = ReflectiveAccount.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "id":
          b.id(in.string());
          break;
        case "date":
          b.date(in.date());
          break;
        case "codeThemes":
          in.startArray("Code theme codes");
          while (in.nextElement()) {
            b.addCodeTheme(in.code(CodeTheme.class));
          }
          break;
        case "about":
          in.startArray("entry or feedback ids");
          while (in.nextElement()) {
            b.addAbout(in.string());
          }
          break;
        case "whatHappened":
          b.whatHappened(in.string());
          break;
        case "whatILearned":
          b.whatILearned(in.string());
          break;
        case "howPracticeChanged":
          b.howPracticeChanged(in.string());
          break;
        default: // "relevanceToTheCode"
          b.relevanceToTheCode(in.string());
          break;
      }
    }
    return in.build(b::build);
  }

  private static SignOff readSignOff(In in) {
    In.Obj o = in.object(SIGN_OFF, false);
    SignOff.Builder b = SignOff.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "kind":
          b.kind(in.code(SignOffKind.class));
          break;
        case "date":
          b.date(in.date());
          break;
        case "role":
          b.role(in.string());
          break;
        case "registrant":
          b.registrant(in.bool());
          break;
        case "reference":
          b.reference(in.string());
          break;
        default: // "entry"
          b.entry(in.string());
          break;
      }
    }
    return in.build(b::build);
  }

  private static Declaration readDeclaration(In in) {
    In.Obj o = in.object(DECLARATION, false);
    String id = null;
    java.time.LocalDate date = null;
    String name;
    while ((name = in.next(o)) != null) {
      if (name.equals("id")) {
        id = in.string();
      } else { // "date"
        date = in.date();
      }
    }
    String i = id;
    java.time.LocalDate d = date;
    return in.build(() -> Declaration.of(i, d));
  }

  private static LearningPlan readLearningPlan(In in) {
    In.Obj o = in.object(LEARNING_PLAN, false);
    LearningPlan.Builder b = LearningPlan.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "agreedWithEmployer":
          b.agreedWithEmployer(in.bool());
          break;
        case "agreedOn":
          b.agreedOn(in.date());
          break;
        default: // "lastReviewed"
          b.lastReviewed(in.date());
          break;
      }
    }
    return in.build(b::build);
  }

  private static Absence readAbsence(In in) {
    In.Obj o = in.object(ABSENCE, false);
    Absence.Builder b = Absence.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "start":
          b.start(in.date());
          break;
        case "end":
          b.end(in.date());
          break;
        default: // "reason"
          b.reason(in.code(AbsenceReason.class));
          break;
      }
    }
    return in.build(b::build);
  }
}
