package org.cpdkit.rules.registration;

import java.time.Period;
import org.immutables.value.Value;

/**
 * What a regulator asks of the CPD profile a sampled registrant sends (HCPC): how long the summary
 * of practice and the statement may be, how many activities the statement draws on, and how long
 * a gap in the dated list may be before it needs an explanation. Checked by the {@code
 * audit-profile.*} rules when the portfolio holds a profile.
 */
@Value.Immutable
@org.cpdkit.core.internal.DomainStyle
public abstract class ProfileLimits {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  ProfileLimits() {}

  /** The most words the summary of practice may have (HCPC: 500). */
  @Value.Default
  public int summaryWords() {
    return 500;
  }

  /** The most words the statement may have (HCPC: 1,500). */
  @Value.Default
  public int statementWords() {
    return 1500;
  }

  /** The fewest activities the statement draws on (HCPC: 4). */
  @Value.Default
  public int minimumActivities() {
    return 4;
  }

  /** The most activities the statement draws on (HCPC: 6). */
  @Value.Default
  public int maximumActivities() {
    return 6;
  }

  /** A gap in the dated list at least this long needs an explanation (HCPC: 3 months). */
  @Value.Default
  public Period gap() {
    return Period.ofMonths(3);
  }

  /** HCPC's figures. */
  public static ProfileLimits hcpc() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    if (summaryWords() < 1 || statementWords() < 1 || minimumActivities() < 0
        || maximumActivities() < minimumActivities()) {
      throw new IllegalArgumentException("ProfileLimits: word limits must be at least 1 and the activities a range "
          + "from 0 (was " + minimumActivities() + " to " + maximumActivities() + ")");
    }
    if (gap().isNegative() || gap().isZero()) {
      throw new IllegalArgumentException("ProfileLimits.gap: must be longer than zero");
    }
  }

  /** Builds {@link ProfileLimits} values. */
  public static final class Builder extends ImmutableProfileLimits.Builder {}
}
