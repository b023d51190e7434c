package org.cpdkit.core.session;

import java.util.Map;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * Feedback or feedforward one participant of a session gave another, both known by their opaque
 * participant ids, so the receiver's reflection can draw on what was said to them.
 */
@Value.Immutable
@DomainStyle
public abstract class PeerFeedback implements WithPeerFeedback, Extensible {

  PeerFeedback() {}

  /** Feedback on current practice or feedforward on future practice. */
  public abstract FeedbackKind kind();

  /** The participant who gave it. */
  public abstract String giverId();

  /** The participant it was given to; not the giver. */
  public abstract String receiverId();

  /** What was said. */
  @Value.Redacted
  public abstract String text();

  @Override
  public abstract Map<String, String> extensions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    String type = "PeerFeedback";
    Validation.id(type, "giverId", giverId());
    Validation.id(type, "receiverId", receiverId());
    if (giverId().equals(receiverId())) {
      throw new InvalidValueException(type, "receiverId", "must not be the giver");
    }
    if (text().isBlank()) {
      throw new InvalidValueException(type, "text", "must not be blank");
    }
    Validation.text(type, "text", text());
    Validation.extensions(type, extensions());
  }

  /** Builds {@link PeerFeedback} values. */
  public static final class Builder extends ImmutablePeerFeedback.Builder {}
}
