package org.cpdkit.core.session;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.internal.Validation;
import org.cpdkit.core.entry.ReflectionMode;
import org.immutables.value.Value;

/**
 * A peer-reflection session held by a team: peer discussion, group supervision, a practice
 * learning circle or a toolkit case study, with the prompts used, notes, and the feedback and
 * feedforward participants gave each other.
 */
@Value.Immutable
@DomainStyle
public abstract class PeerReflectionSession implements WithPeerReflectionSession, Extensible {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  PeerReflectionSession() {}

  /** An opaque identifier. */
  public abstract String id();

  /** A short title, such as {@code Team reflection: working with fathers}. */
  public abstract String title();

  /** The kind of session. */
  public abstract SessionFormat format();

  /** When it took place. */
  public abstract LocalDate date();

  /** How long it lasted. */
  public abstract Duration duration();

  /** How it took place. */
  @Value.Default
  public ReflectionMode mode() {
    return ReflectionMode.IN_PERSON;
  }

  /** Who facilitated, when someone did; may also be listed among the participants. */
  public abstract Optional<Participant> facilitator();

  /** Who took part. */
  public abstract List<Participant> participants();

  /** The prompts used to start the conversation. */
  public abstract List<Prompt> prompts();

  /** The session's notes. */
  @Value.Redacted
  @Value.Default
  public String notes() {
    return "";
  }

  /** Feedback participants gave on each other's current practice. */
  @Value.Redacted
  public abstract List<String> feedback();

  /** Feedforward participants gave on each other's future practice. */
  @Value.Redacted
  public abstract List<String> feedforward();

  @Override
  public abstract Map<String, String> extensions();

  /** The identifiers of everyone present, the facilitator included, without repeats. */
  public Set<String> attendeeIds() {
    Set<String> ids = new LinkedHashSet<>();
    facilitator().ifPresent(f -> ids.add(f.id()));
    participants().forEach(p -> ids.add(p.id()));
    return ids;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    String type = "PeerReflectionSession";
    Validation.id(type, "id", id());
    Validation.label(type, "title", title());
    Validation.positiveDuration(type, "duration", duration());
    Validation.unique(type, "participants", participants(), Participant::id, "id");
    Validation.unique(type, "prompts", prompts(), Prompt::id, "id");
    Validation.text(type, "notes", notes());
    Validation.texts(type, "feedback", feedback());
    Validation.texts(type, "feedforward", feedforward());
    Validation.extensions(type, extensions());
  }

  /** Builds {@link PeerReflectionSession} values. */
  public static final class Builder extends ImmutablePeerReflectionSession.Builder {}
}
