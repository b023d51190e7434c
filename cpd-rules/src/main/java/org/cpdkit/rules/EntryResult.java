package org.cpdkit.rules;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one entry of a portfolio stands in a check: whether it counts towards the period's
 * requirements, the one reason it does not, whether it counts as a piece with a peer reflection,
 * and the time it adds to the hours counted (for regulators that count hours). Holds the entry's
 * index and id, never its text.
 */
@Value.Immutable
public abstract class EntryResult {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  EntryResult() {}

  /** The entry's index in the portfolio's entries, from 0. */
  public abstract int index();

  /** The entry's id. */
  public abstract String entryId();

  /** Whether the entry counts towards the period's requirements. */
  public abstract boolean counts();

  /**
   * Why it does not count, as a code ({@code outside-period}, {@code draft}, {@code future},
   * {@code incomplete}, {@code duplicate}, {@code reused}, {@code no-activity-type}); empty when
   * it counts.
   */
  public abstract Optional<String> reason();

  /** Whether it counts as a piece including a peer reflection. */
  public abstract boolean peerReflection();

  /** The time it adds to the hours counted; empty when the pack counts no hours. */
  public abstract Optional<Duration> timeAdded();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    if (index() < 0) {
      throw new IllegalArgumentException("EntryResult.index: must not be negative");
    }
    if (counts() == reason().isPresent()) {
      throw new IllegalArgumentException("EntryResult.reason: given exactly when the entry does not count");
    }
    if (peerReflection() && !counts()) {
      throw new IllegalArgumentException("EntryResult.peerReflection: only an entry that counts is a peer reflection");
    }
  }

  /** Builds {@link EntryResult} values. */
  public static final class Builder extends ImmutableEntryResult.Builder {}
}
