package org.cpdkit.interop.xapi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.entry.StructuredReflection;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.session.Participant;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.session.Prompt;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.toolkit.Toolkit;
import org.cpdkit.core.toolkit.ToolkitParticipant;
import org.cpdkit.core.toolkit.ToolkitRun;
import org.cpdkit.interop.NameUuids;
import org.cpdkit.rules.Finding;
import org.cpdkit.rules.TextField;
import org.cpdkit.rules.TextFields;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes CPD entries, peer-reflection sessions and toolkit runs as xAPI statements: a JSON array,
 * one statement per line, ready to POST to a learning record store's {@code statements} resource.
 * Each record is written as soon as it is given, so memory does not grow with the number of
 * records. Actors are opaque accounts only. Before anything of a record is written, every text its
 * statements would carry passes the anonymisation check; a record with findings is refused and
 * listed in the {@link #summary()}. Not thread-safe.
 */
public final class XapiWriter implements AutoCloseable {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final String LANGUAGE = StatementParts.LANGUAGE;

  private final OutputStream out;
  private final XapiOptions options;
  private final AnonymisationGate gate;
  private final StatementParts parts;
  private final UUID namespace;
  private final List<Refusal> refusals = new ArrayList<>();
  private long statements;
  private long draftsLeftOut;
  private boolean closed;

  private XapiWriter(OutputStream out, XapiOptions options) {
    this.out = out;
    this.options = options;
    this.gate = new AnonymisationGate(options.inspector());
    this.parts = new StatementParts(options);
    this.namespace = NameUuids.v5(NameUuids.CPDKIT_NAMESPACE, "xapi|" + options.homePage());
  }

  /** Starts a statement array on the stream; {@link #close()} ends it (the stream stays open). */
  public static XapiWriter open(OutputStream out, XapiOptions options) {
    return new XapiWriter(Objects.requireNonNull(out, "out"), Objects.requireNonNull(options, "options"));
  }

  /**
   * Every entry of the portfolio as statements about the practitioner, who appears only as the
   * opaque account name given (never the registration number).
   *
   * @throws IllegalArgumentException if the account name is the registration number or looks like
   *     an identifier
   */
  public void portfolio(String accountName, Portfolio portfolio) {
    if (accountName.equalsIgnoreCase(portfolio.practitioner().registrationNumber().trim())) {
      throw new IllegalArgumentException("the account name must be opaque, not the practitioner's registration number");
    }
    for (CpdEntry e : portfolio.entries()) {
      entry(accountName, e);
    }
  }

  /**
   * One entry as a statement (and, with reflections included and a structured reflection present,
   * a second {@code reflected} statement pointing at the first).
   *
   * @return whether it was written; false for a refused entry or a draft left out
   * @throws IllegalArgumentException if the account name looks like an identifier
   */
  public boolean entry(String accountName, CpdEntry entry) {
    ensureOpen();
    checkAccount(accountName);
    if (entry.status() == EntryStatus.DRAFT && !options.includeDrafts()) {
      draftsLeftOut++;
      return false;
    }
    if (refused("entry", entry.id(), parts.entryText(entry))) {
      return false;
    }
    boolean text = options.includeReflections();
    UUID id = NameUuids.v5(namespace, "entry|" + accountName + "|" + entry.id() + "|" + text);
    String activity = options.activityBase() + "entries/" + entry.id();
    String timestamp = parts.timestamp(entry.date());
    String verb = XapiProfile.verb(entry.activityType().orElse(ActivityType.OTHER));
    statement(g -> {
      parts.head(g, id, accountName, verb);
      g.writeName("object");
      g.writeStartObject();
      g.writeStringProperty("objectType", "Activity");
      g.writeStringProperty("id", activity);
      g.writeName("definition");
      g.writeStartObject();
      g.writeStringProperty("type", XapiProfile.activityType(entry.activityType().orElse(ActivityType.OTHER)));
      StatementParts.languageMap(g, "name", entry.title());
      if (entry.activityDescription().isPresent()) {
        StatementParts.languageMap(g, "description", entry.activityDescription().get());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeName("result");
      g.writeStartObject();
      if (entry.status() == EntryStatus.SUBMITTED) {
        g.writeBooleanProperty("completion", true);
      }
      if (entry.timeSpent().isPresent()) {
        g.writeStringProperty("duration", StatementParts.duration(entry.timeSpent().get()));
      }
      if (text && !entry.whatILearned().isEmpty()) {
        g.writeStringProperty("response", entry.whatILearned());
      }
      if (text && (!entry.impactOnPractice().isEmpty() || !entry.whatIDid().isEmpty())) {
        g.writeName("extensions");
        g.writeStartObject();
        if (!entry.impactOnPractice().isEmpty()) {
          g.writeStringProperty(XapiProfile.EXT_IMPACT, entry.impactOnPractice());
        }
        if (!entry.whatIDid().isEmpty()) {
          g.writeStringProperty(XapiProfile.EXT_WHAT_I_DID, entry.whatIDid());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeName("context");
      g.writeStartObject();
      g.writeStringProperty("platform", "cpdkit");
      g.writeStringProperty("language", LANGUAGE);
      parts.contextActivities(g, entry.standards(),
          entry.peerReflection().flatMap(PeerReflection::sessionId)
              .map(s -> options.activityBase() + "sessions/" + s).orElse(null));
      g.writeName("extensions");
      g.writeStartObject();
      g.writeName(XapiProfile.EXT_ENTRY);
      g.writeStartObject();
      g.writeStringProperty("date", entry.date().toString());
      if (entry.endDate().isPresent()) {
        g.writeStringProperty("endDate", entry.endDate().get().toString());
      }
      g.writeBooleanProperty("participatory", entry.participatory());
      g.writeStringProperty("status", entry.status().code());
      g.writeEndObject();
      if (entry.peerReflection().isPresent()) {
        PeerReflection p = entry.peerReflection().get();
        g.writeName(XapiProfile.EXT_PEER_REFLECTION);
        g.writeStartObject();
        if (p.date().isPresent()) {
          g.writeStringProperty("date", p.date().get().toString());
        }
        g.writeStringProperty("mode", p.mode().code());
        g.writeName("peerRoles");
        g.writeStartArray();
        for (String role : p.peerRoles()) {
          g.writeString(role);
        }
        g.writeEndArray();
        if (text && !p.whatILearnedFromPeers().isEmpty()) {
          g.writeStringProperty("whatILearnedFromPeers", p.whatILearnedFromPeers());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeStringProperty("timestamp", timestamp);
    });
    if (text && entry.structuredReflection().isPresent()) {
      reflection(accountName, entry, id, activity, timestamp);
    }
    return true;
  }

  private void reflection(String accountName, CpdEntry entry, UUID entryStatement, String activity, String timestamp) {
    StructuredReflection r = entry.structuredReflection().get();
    List<Map.Entry<String, String>> stages = StatementParts.stages(r);
    UUID id = NameUuids.v5(namespace, "reflection|" + entryStatement);
    statement(g -> {
      parts.head(g, id, accountName, XapiProfile.REFLECTED);
      g.writeName("object");
      g.writeStartObject();
      g.writeStringProperty("objectType", "Activity");
      g.writeStringProperty("id", activity);
      g.writeEndObject();
      g.writeName("result");
      g.writeStartObject();
      StringBuilder all = new StringBuilder();
      for (Map.Entry<String, String> s : stages) {
        if (all.length() > 0) {
          all.append("\n\n");
        }
        all.append(s.getValue());
      }
      if (all.length() > 0) {
        g.writeStringProperty("response", all.toString());
      }
      g.writeName("extensions");
      g.writeStartObject();
      g.writeName(XapiProfile.EXT_REFLECTION);
      g.writeStartObject();
      g.writeStringProperty("model", r.model().code());
      g.writeName("stages");
      g.writeStartObject();
      for (Map.Entry<String, String> s : stages) {
        g.writeStringProperty(s.getKey(), s.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeName("context");
      g.writeStartObject();
      g.writeStringProperty("platform", "cpdkit");
      g.writeStringProperty("language", LANGUAGE);
      g.writeName("statement");
      g.writeStartObject();
      g.writeStringProperty("objectType", "StatementRef");
      g.writeStringProperty("id", entryStatement.toString());
      g.writeEndObject();
      parts.contextActivities(g, List.of(), null);
      g.writeEndObject();
      g.writeStringProperty("timestamp", timestamp);
    });
  }

  /**
   * A peer-reflection session as one {@code attended} statement per attendee (the facilitator
   * first), each actor the attendee's opaque id, grouped by a registration derived from the
   * session's id.
   *
   * @return whether it was written; false if refused
   */
  public boolean session(PeerReflectionSession session) {
    ensureOpen();
    List<TextField> fields = new ArrayList<>();
    for (TextField f : TextFields.of(session)) {
      boolean notes = f.pointer().equals("/notes") || f.pointer().startsWith("/feedback")
          || f.pointer().startsWith("/feedforward") || f.pointer().startsWith("/prompts/");
      if (!notes || (options.includeReflections() && !f.pointer().startsWith("/prompts/"))) {
        fields.add(f);
      }
    }
    if (refused("session", session.id(), fields)) {
      return false;
    }
    List<Participant> attendees = new ArrayList<>();
    session.facilitator().ifPresent(attendees::add);
    attendees.addAll(session.participants());
    UUID registration = NameUuids.v5(namespace, "session|" + session.id());
    List<StandardCode> standards = new ArrayList<>();
    for (Prompt p : session.prompts()) {
      for (StandardCode c : p.standards()) {
        if (!standards.contains(c)) {
          standards.add(c);
        }
      }
    }
    for (Participant who : attendees) {
      UUID id = NameUuids.v5(registration, "attended|" + who.id() + "|" + options.includeReflections());
      statement(g -> {
        parts.head(g, id, who.id(), XapiProfile.ATTENDED);
        parts.activity(g, options.activityBase() + "sessions/" + session.id(), XapiProfile.MEETING, session.title());
        g.writeName("result");
        g.writeStartObject();
        g.writeBooleanProperty("completion", true);
        g.writeStringProperty("duration", StatementParts.duration(session.duration()));
        if (options.includeReflections() && StatementParts.hasNotes(session)) {
          g.writeName("extensions");
          g.writeStartObject();
          g.writeName(XapiProfile.EXT_SESSION_NOTES);
          g.writeStartObject();
          if (!session.notes().isEmpty()) {
            g.writeStringProperty("notes", session.notes());
          }
          StatementParts.strings(g, "feedback", session.feedback());
          StatementParts.strings(g, "feedforward", session.feedforward());
          g.writeEndObject();
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeName("context");
        g.writeStartObject();
        g.writeStringProperty("registration", registration.toString());
        if (session.facilitator().isPresent()) {
          parts.agent(g, "instructor", session.facilitator().get().id());
        }
        parts.team(g, session.participants());
        if (options.version() == XapiVersion.V2_0_0) {
          parts.contextAgents(g, session.facilitator().orElse(null), session.participants());
        }
        g.writeStringProperty("platform", "cpdkit");
        g.writeStringProperty("language", LANGUAGE);
        parts.contextActivities(g, standards, null);
        g.writeName("extensions");
        g.writeStartObject();
        g.writeName(XapiProfile.EXT_SESSION);
        g.writeStartObject();
        g.writeStringProperty("format", session.format().code());
        g.writeStringProperty("mode", session.mode().code());
        g.writeStringProperty("role", who.role());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeStringProperty("timestamp", parts.timestamp(session.date()));
      });
    }
    return true;
  }

  /**
   * A toolkit run as statements per participant: {@code completed} for the individual module
   * (when done) and {@code attended} for the case study (when attended), both under the toolkit as
   * parent activity, with the stage as a context extension and the run as registration.
   *
   * @return whether it was written; false if refused
   */
  public boolean toolkitRun(ToolkitRun run) {
    ensureOpen();
    if (refused("toolkit-run", run.id(), TextFields.of(run))) {
      return false;
    }
    Toolkit t = run.toolkit();
    UUID registration = NameUuids.v5(namespace, "toolkit-run|" + run.id());
    String toolkitIri = options.activityBase() + "toolkits/" + t.id();
    for (ToolkitParticipant tp : run.participants()) {
      Participant who = tp.participant();
      if (tp.moduleCompletedOn().isPresent()) {
        UUID id = NameUuids.v5(registration, "module|" + who.id());
        statement(g -> {
          parts.head(g, id, who.id(), XapiProfile.COMPLETED);
          parts.activity(g, toolkitIri + "/module", XapiProfile.MODULE, t.moduleTitle());
          g.writeName("result");
          g.writeStartObject();
          g.writeBooleanProperty("completion", true);
          g.writeEndObject();
          parts.toolkitContext(g, run, registration, toolkitIri, "individual-module", false);
          g.writeStringProperty("timestamp", parts.timestamp(tp.moduleCompletedOn().get()));
        });
      }
      if (tp.attendedCaseStudy()) {
        UUID id = NameUuids.v5(registration, "case-study|" + who.id());
        statement(g -> {
          parts.head(g, id, who.id(), XapiProfile.ATTENDED);
          parts.activity(g, options.activityBase() + "toolkit-runs/" + run.id() + "/case-study", XapiProfile.MEETING,
              t.caseStudyTitle());
          g.writeName("result");
          g.writeStartObject();
          g.writeBooleanProperty("completion", true);
          if (run.caseStudyDuration().isPresent()) {
            g.writeStringProperty("duration", StatementParts.duration(run.caseStudyDuration().get()));
          }
          g.writeEndObject();
          parts.toolkitContext(g, run, registration, toolkitIri, "case-study", true);
          g.writeStringProperty("timestamp", parts.timestamp(run.caseStudyDate()));
        });
      }
    }
    return true;
  }

  /** What has been written so far. */
  public XapiSummary summary() {
    return new XapiSummary(statements, refusals, draftsLeftOut);
  }

  /** Ends the array and flushes; the stream stays open. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    raw(statements == 0 ? "[]\n" : "\n]\n");
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- parts ---------------------------------------------------------------------------
  private interface Body {
    void write(JsonGenerator g);
  }

  private void statement(Body body) {
    raw(statements == 0 ? "[\n" : ",\n");
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    }
    statements++;
  }

  private boolean refused(String kind, String id, List<TextField> fields) {
    List<Finding> findings = gate.check(fields);
    if (findings.isEmpty()) {
      return false;
    }
    refusals.add(new Refusal(kind, id, findings));
    return true;
  }

  private void checkAccount(String accountName) {
    if (!accountName.equals(lastAccount)) {
      options.checkAccountName(accountName);
      lastAccount = accountName;
    }
  }

  private String lastAccount;

  private void raw(String s) {
    try {
      out.write(s.getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the statement writer is closed");
    }
  }

}
