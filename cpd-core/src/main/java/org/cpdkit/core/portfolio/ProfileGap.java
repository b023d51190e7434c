package org.cpdkit.core.portfolio;

import java.time.LocalDate;
import java.util.Optional;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * A stretch of an audit profile's dated list with no activity, from one listed day to the next (or
 * from the start of the time covered, or to the day of the request), and the absence that
 * explains it when there is one (HCPC asks for gaps of three months or more to be explained).
 */
@Value.Immutable
@DomainStyle
public abstract class ProfileGap implements WithProfileGap {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  ProfileGap() {}

  /** The last day before the gap with an activity, or the first day the profile covers. */
  public abstract LocalDate start();

  /** The next day with an activity, or the day of the request. */
  public abstract LocalDate end();

  /** Why nothing was done, when the record explains it (an absence from practice). */
  public abstract Optional<AbsenceReason> explanation();

  /** Whether the gap is explained. */
  public boolean isExplained() {
    return explanation().isPresent();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Validation.year("ProfileGap", "start", start());
    Validation.year("ProfileGap", "end", end());
    if (!end().isAfter(start())) {
      throw new org.cpdkit.core.InvalidValueException("ProfileGap", "end", "must be after start");
    }
  }

  /** Builds {@link ProfileGap} values. */
  public static final class Builder extends ImmutableProfileGap.Builder {}
}
