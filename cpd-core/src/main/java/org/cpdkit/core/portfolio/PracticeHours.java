package org.cpdkit.core.portfolio;

import java.time.Duration;
import java.time.LocalDate;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * Hours of practice in a stretch of time, with the setting and scope of practice, as NMC
 * revalidation counts them (450 hours in the three years).
 */
@Value.Immutable
@DomainStyle
public abstract class PracticeHours implements WithPracticeHours {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  PracticeHours() {}

  /** The first day. */
  public abstract LocalDate start();

  /** The last day. */
  public abstract LocalDate end();

  /** The hours practised. */
  public abstract Duration hours();

  /** The work setting, such as {@code community mental health team}. */
  public abstract String setting();

  /** The scope of practice, such as {@code direct clinical care}. */
  public abstract String scope();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    String type = "PracticeHours";
    Validation.notBefore(type, "end", end(), "start", start());
    Validation.positiveDuration(type, "hours", hours());
    Validation.label(type, "setting", setting());
    Validation.label(type, "scope", scope());
    Validation.year(type, "start", start());
    Validation.year(type, "end", end());
  }

  /** Builds {@link PracticeHours} values. */
  public static final class Builder extends ImmutablePracticeHours.Builder {}
}
