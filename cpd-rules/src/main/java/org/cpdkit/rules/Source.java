package org.cpdkit.rules;

import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a regulator rule comes from: the published page it encodes and the month it was read, so
 * a reader can check whether the regulator has changed it since.
 */
@Value.Immutable
public abstract class Source {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  Source() {}

  /** The address of the regulator's published page. */
  public abstract String url();

  /** The month the page was read. */
  public abstract YearMonth readOn();

  /** What on the page the rule encodes, or why it is read the way it is, in a few words. */
  public abstract Optional<String> note();

  /** A source from its address and the month it was read. */
  public static Source of(String url, YearMonth readOn) {
    return ImmutableSource.builder().url(url).readOn(readOn).build();
  }

  /** A source with a note on what it says or how it is read. */
  public static Source of(String url, YearMonth readOn, String note) {
    return ImmutableSource.builder().url(url).readOn(readOn).note(note).build();
  }

  @Value.Check
  protected void check() {
    if (url().isBlank()) {
      throw new IllegalArgumentException("Source.url: must not be blank");
    }
  }

  @Override
  public String toString() {
    return url() + " (read " + readOn() + ")";
  }
}
