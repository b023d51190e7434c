package org.cpdkit.rules.team;

import java.util.List;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One practitioner's line in a team report, by registration number: where they stand, the
 * requirements they have not met in plain words, and the rules that reported errors.
 */
@Value.Immutable
public abstract class PractitionerStatus {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  PractitionerStatus() {}

  /** The registration number. */
  public abstract String registrationNumber();

  /** Where they stand. */
  public abstract Standing standing();

  /** The unmet requirements, each in one line (what is required, recorded and missing). */
  public abstract List<String> missing();

  /** The ids of the rules that reported errors, sorted, without repeats. */
  public abstract List<String> errorRules();

  /** Days to their deadline as of the report's day, when their period is known. */
  public abstract OptionalLong daysLeft();

  /** Whether they have at least one counted piece with a peer reflection. */
  public abstract boolean peerReflected();

  /**
   * The ids of the counted entries awaiting the sign-off the pack asks of each piece, in recorded
   * order (empty when the pack asks for none).
   */
  public abstract List<String> entriesAwaitingSignOff();

  /** The ids of the pack's sign-offs of the record as a whole not yet recorded in the period. */
  public abstract List<String> signOffsAwaiting();

  /** Whether anything awaits sign-off: a piece or the record as a whole. */
  public boolean awaitsSignOff() {
    return !entriesAwaitingSignOff().isEmpty() || !signOffsAwaiting().isEmpty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PractitionerStatus} values. */
  public static final class Builder extends ImmutablePractitionerStatus.Builder {}
}
