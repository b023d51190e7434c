package org.cpdkit.core.portfolio;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * The outcome of the regulator's review of one registration year's CPD, as facts: which year, how
 * the registrant came to be sampled, whether feedback was given, and whether the next year will be
 * reviewed too (Social Work England reviews again anyone it gave feedback).
 */
@Value.Immutable
@DomainStyle
public abstract class CpdReview implements WithCpdReview, Extensible {

  CpdReview() {}

  /** The last day of the registration year reviewed, such as 30 November 2026. */
  public abstract LocalDate periodEnd();

  /** How the registrant came to be reviewed. */
  @Value.Default
  public ReviewSample sample() {
    return ReviewSample.RANDOM;
  }

  /** The day the outcome was given; after the year reviewed ended. */
  public abstract LocalDate date();

  /** Whether the review gave the registrant feedback on their CPD. */
  @Value.Default
  public boolean feedbackGiven() {
    return false;
  }

  /** Whether the next registration year will be reviewed too; by default, when feedback was given. */
  @Value.Default
  public boolean reviewAgainNextYear() {
    return feedbackGiven();
  }

  /** An opaque reference to the regulator's outcome letter or case; never a name. */
  public abstract Optional<String> reference();

  @Override
  public abstract Map<String, String> extensions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    String type = "CpdReview";
    if (periodEnd().getYear() < 1900 || periodEnd().getYear() > 9999) {
      throw new InvalidValueException(type, "periodEnd", "must be a year between 1900 and 9999");
    }
    if (!date().isAfter(periodEnd())) {
      throw new InvalidValueException(type, "date", "must be after periodEnd: a review follows the year it reviews");
    }
    if (date().getYear() > 9999) {
      throw new InvalidValueException(type, "date", "must be a year between 1900 and 9999");
    }
    reference().ifPresent(r -> Validation.id(type, "reference", r));
    Validation.extensions(type, extensions());
  }

  /** Builds {@link CpdReview} values. */
  public static final class Builder extends ImmutableCpdReview.Builder {}
}
