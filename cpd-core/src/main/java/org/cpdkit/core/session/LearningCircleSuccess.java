package org.cpdkit.core.session;

import java.util.Map;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * A success one practitioner brought to a practice learning circle, and what the group drew from
 * it: what made it work and how to repeat it. The group's feedback on it is the session's
 * {@link PeerReflectionSession#peerFeedback() peer feedback} to the presenter.
 */
@Value.Immutable
@DomainStyle
public abstract class LearningCircleSuccess implements WithLearningCircleSuccess, Extensible {

  LearningCircleSuccess() {}

  /** The attendee who brought the success. */
  public abstract String presenterId();

  /** The success: a piece of practice that went well, told without naming anyone. */
  @Value.Redacted
  public abstract String success();

  /** What made it work, as the group explored it; empty until recorded. */
  @Value.Redacted
  @Value.Default
  public String whatMadeItWork() {
    return "";
  }

  /** How to repeat it; empty until recorded. */
  @Value.Redacted
  @Value.Default
  public String howToRepeatIt() {
    return "";
  }

  @Override
  public abstract Map<String, String> extensions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    String type = "LearningCircleSuccess";
    Validation.id(type, "presenterId", presenterId());
    if (success().isBlank()) {
      throw new InvalidValueException(type, "success", "must not be blank");
    }
    Validation.text(type, "success", success());
    Validation.text(type, "whatMadeItWork", whatMadeItWork());
    Validation.text(type, "howToRepeatIt", howToRepeatIt());
    Validation.extensions(type, extensions());
  }

  /** Builds {@link LearningCircleSuccess} values. */
  public static final class Builder extends ImmutableLearningCircleSuccess.Builder {}
}
