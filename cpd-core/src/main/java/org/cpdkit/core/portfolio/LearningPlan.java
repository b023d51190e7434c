package org.cpdkit.core.portfolio;

import java.time.LocalDate;
import java.util.Optional;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * A written learning and development plan, as the Northern Ireland Social Care Council asks: that
 * there is one, whether it is agreed with the employer, and when it was last reviewed. The plan's
 * text stays where it is written.
 */
@Value.Immutable
@DomainStyle
public abstract class LearningPlan implements WithLearningPlan {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  LearningPlan() {}

  /** Whether the plan is agreed with the employer. */
  public abstract boolean agreedWithEmployer();

  /** When it was agreed, if known. */
  public abstract Optional<LocalDate> agreedOn();

  /** When it was last reviewed, if it has been. */
  public abstract Optional<LocalDate> lastReviewed();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    agreedOn().ifPresent(d -> Validation.year("LearningPlan", "agreedOn", d));
    lastReviewed().ifPresent(d -> Validation.year("LearningPlan", "lastReviewed", d));
    if (agreedOn().isPresent() && lastReviewed().isPresent()) {
      Validation.notBefore("LearningPlan", "lastReviewed", lastReviewed().get(), "agreedOn", agreedOn().get());
    }
  }

  /** Builds {@link LearningPlan} values. */
  public static final class Builder extends ImmutableLearningPlan.Builder {}
}
