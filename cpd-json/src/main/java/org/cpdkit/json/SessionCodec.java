package org.cpdkit.json;

import org.cpdkit.core.entry.ReflectionMode;
import org.cpdkit.core.session.FeedbackKind;
import org.cpdkit.core.session.LearningCircleSuccess;
import org.cpdkit.core.session.Participant;
import org.cpdkit.core.session.PeerFeedback;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.session.Prompt;
import org.cpdkit.core.session.SessionFormat;

/** Peer-reflection sessions, participants and prompts in JSON. */
final class SessionCodec {
  static final Props SESSION =
      Props.of(
          "PeerReflectionSession",
          "id!",
          "title!",
          "format!",
          "date!",
          "duration!",
          "mode",
          "team",
          "facilitator",
          "participants",
          "prompts",
          "notes",
          "feedback",
          "feedforward",
          "peerFeedback",
          "successes");
  static final Props PEER_FEEDBACK = Props.of("PeerFeedback", "kind!", "giverId!", "receiverId!", "text!");
  static final Props SUCCESS =
      Props.of("LearningCircleSuccess", "presenterId!", "success!", "whatMadeItWork", "howToRepeatIt");
  static final Props PARTICIPANT = Props.of("Participant", "id!", "role!");
  static final Props PROMPT = Props.of("Prompt", "id!", "text!", "standards");

  private SessionCodec() {}

  static PeerReflectionSession readSession(In in) {
    In.Obj o = in.object(SESSION, true);
    PeerReflectionSession.Builder b = PeerReflectionSession.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "id":
          b.id(in.string());
          break;
        case "title":
          b.title(in.string());
          break;
        case "format":
          b.format(in.code(SessionFormat.class));
          break;
        case "date":
          b.date(in.date());
          break;
        case "duration":
          b.duration(in.duration());
          break;
        case "mode":
          b.mode(in.code(ReflectionMode.class));
          break;
        case "team":
          b.team(in.string());
          break;
        case "facilitator":
          b.facilitator(readParticipant(in));
          break;
        case "participants":
          in.startArray("participant objects");
          while (in.nextElement()) {
            b.addParticipant(readParticipant(in));
          }
          break;
        case "prompts":
          in.startArray("prompt objects");
          while (in.nextElement()) {
            b.addPrompt(readPrompt(in));
          }
          break;
        case "notes":
          b.notes(in.string());
          break;
        case "feedback":
          b.feedback(EntryCodec.strings(in, "feedback strings"));
          break;
        case "feedforward":
          b.feedforward(EntryCodec.strings(in, "feedforward strings"));
          break;
        case "peerFeedback":
          in.startArray("peer feedback objects");
          while (in.nextElement()) {
            b.addPeerFeedback(readPeerFeedback(in));
          }
          break;
        default: // "successes"
          in.startArray("learning circle success objects");
          while (in.nextElement()) {
            b.addSuccess(readSuccess(in));
          }
          break;
      }
    }
    b.extensions(o.extensions());
    return in.build(b::build);
  }

  static void writeSessionProperties(Out out, PeerReflectionSession s) {
    out.string("id", s.id());
    out.string("title", s.title());
    out.code("format", s.format());
    out.date("date", s.date());
    out.duration("duration", s.duration());
    out.code("mode", s.mode());
    if (s.team().isPresent()) {
      out.string("team", s.team().get());
    }
    if (s.facilitator().isPresent()) {
      out.g.writeName("facilitator");
      writeParticipant(out, s.facilitator().get());
    }
    out.g.writeName("participants");
    out.g.writeStartArray();
    for (Participant p : s.participants()) {
      writeParticipant(out, p);
    }
    out.g.writeEndArray();
    out.g.writeName("prompts");
    out.g.writeStartArray();
    for (Prompt p : s.prompts()) {
      writePrompt(out, p);
    }
    out.g.writeEndArray();
    out.string("notes", s.notes());
    out.strings("feedback", s.feedback());
    out.strings("feedforward", s.feedforward());
    if (!s.peerFeedback().isEmpty()) {
      out.g.writeName("peerFeedback");
      out.g.writeStartArray();
      for (PeerFeedback f : s.peerFeedback()) {
        writePeerFeedback(out, f);
      }
      out.g.writeEndArray();
    }
    if (!s.successes().isEmpty()) {
      out.g.writeName("successes");
      out.g.writeStartArray();
      for (LearningCircleSuccess c : s.successes()) {
        writeSuccess(out, c);
      }
      out.g.writeEndArray();
    }
    out.extensions("PeerReflectionSession", s.extensions());
  }

  static PeerFeedback readPeerFeedback(In in) {
    In.Obj o = in.object(PEER_FEEDBACK, true);
    PeerFeedback.Builder b = PeerFeedback.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "kind":
          b.kind(in.code(FeedbackKind.class));
          break;
        case "giverId":
          b.giverId(in.string());
          break;
        case "receiverId":
          b.receiverId(in.string());
          break;
        default: // "text"
          b.text(in.string());
          break;
      }
    }
    b.extensions(o.extensions());
    return in.build(b::build);
  }

  static void writePeerFeedback(Out out, PeerFeedback f) {
    out.g.writeStartObject();
    out.code("kind", f.kind());
    out.string("giverId", f.giverId());
    out.string("receiverId", f.receiverId());
    out.string("text", f.text());
    out.extensions("PeerFeedback", f.extensions());
    out.g.writeEndObject();
  }

  static LearningCircleSuccess readSuccess(In in) {
    In.Obj o = in.object(SUCCESS, true);
    LearningCircleSuccess.Builder b = LearningCircleSuccess.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "presenterId":
          b.presenterId(in.string());
          break;
        case "success":
          b.success(in.string());
          break;
        case "whatMadeItWork":
          b.whatMadeItWork(in.string());
          break;
        default: // "howToRepeatIt"
          b.howToRepeatIt(in.string());
          break;
      }
    }
    b.extensions(o.extensions());
    return in.build(b::build);
  }

  static void writeSuccess(Out out, LearningCircleSuccess c) {
    out.g.writeStartObject();
    out.string("presenterId", c.presenterId());
    out.string("success", c.success());
    out.string("whatMadeItWork", c.whatMadeItWork());
    out.string("howToRepeatIt", c.howToRepeatIt());
    out.extensions("LearningCircleSuccess", c.extensions());
    out.g.writeEndObject();
  }

  static Participant readParticipant(In in) {
    In.Obj o = in.object(PARTICIPANT, false);
    String id = null;
    String role = null;
    String name;
    while ((name = in.next(o)) != null) {
      if (name.equals("id")) {
        id = in.string();
      } else { // "role"
        role = in.string();
      }
    }
    String i = id;
    String r = role;
    return in.build(() -> Participant.of(i, r));
  }

  static void writeParticipant(Out out, Participant p) {
    out.g.writeStartObject();
    out.string("id", p.id());
    out.string("role", p.role());
    out.g.writeEndObject();
  }

  static Prompt readPrompt(In in) {
    In.Obj o = in.object(PROMPT, false);
    Prompt.Builder b = Prompt.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "id":
          b.id(in.string());
          break;
        case "text":
          b.text(in.string());
          break;
        default: // "standards"
          b.standards(EntryCodec.standardCodes(in));
          break;
      }
    }
    return in.build(b::build);
  }

  static void writePrompt(Out out, Prompt p) {
    out.g.writeStartObject();
    out.string("id", p.id());
    out.string("text", p.text());
    out.codes("standards", p.standards());
    out.g.writeEndObject();
  }
}
