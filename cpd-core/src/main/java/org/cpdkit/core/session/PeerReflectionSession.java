package org.cpdkit.core.session;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.internal.DomainStyle;
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

  /** The team that held the session, such as {@code Children's services east}, when recorded. */
  public abstract Optional<String> team();

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

  /** Feedback on current practice said to the group, not attributed to anyone. */
  @Value.Redacted
  public abstract List<String> feedback();

  /** Feedforward on future practice said to the group, not attributed to anyone. */
  @Value.Redacted
  public abstract List<String> feedforward();

  /**
   * Feedback and feedforward one attendee gave another, by their participant ids: who gave which
   * to whom.
   */
  public abstract List<PeerFeedback> peerFeedback();

  /**
   * In a practice learning circle, the successes practitioners brought and what the group drew
   * from each; empty for every other format.
   */
  public abstract List<LearningCircleSuccess> successes();

  @Override
  public abstract Map<String, String> extensions();

  /** The identifiers of everyone present, the facilitator included, without repeats. */
  public Set<String> attendeeIds() {
    Set<String> ids = new LinkedHashSet<>();
    facilitator().ifPresent(f -> ids.add(f.id()));
    participants().forEach(p -> ids.add(p.id()));
    return ids;
  }

  /** What was said to this participant by the others, in the order recorded. */
  public List<PeerFeedback> peerFeedbackTo(String participantId) {
    return peerFeedback().stream()
        .filter(f -> f.receiverId().equals(participantId))
        .collect(Collectors.toUnmodifiableList());
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
    team().ifPresent(t -> Validation.label(type, "team", t));
    Validation.positiveDuration(type, "duration", duration());
    Validation.unique(type, "participants", participants(), Participant::id, "id");
    Validation.unique(type, "prompts", prompts(), Prompt::id, "id");
    Validation.text(type, "notes", notes());
    Validation.texts(type, "feedback", feedback());
    Validation.texts(type, "feedforward", feedforward());
    Set<String> attendees = attendeeIds();
    for (PeerFeedback f : peerFeedback()) {
      if (!attendees.contains(f.giverId()) || !attendees.contains(f.receiverId())) {
        throw new InvalidValueException(type, "peerFeedback", "names a participant who did not attend");
      }
    }
    if (!successes().isEmpty() && format() != SessionFormat.PRACTICE_LEARNING_CIRCLE) {
      throw new InvalidValueException(type, "successes", "are recorded only for a practice learning circle");
    }
    for (LearningCircleSuccess c : successes()) {
      if (!attendees.contains(c.presenterId())) {
        throw new InvalidValueException(type, "successes", "names a presenter who did not attend");
      }
    }
    Validation.extensions(type, extensions());
  }

  /** Builds {@link PeerReflectionSession} values. */
  public static final class Builder extends ImmutablePeerReflectionSession.Builder {}
}
