package org.cpdkit.core.standard;

import java.util.Optional;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/** One numbered professional standard, summarised in cpdkit's own words. */
@Value.Immutable
@DomainStyle
public abstract class Standard implements WithStandard {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  Standard() {}

  /** The code, such as {@code 4.5}. */
  public abstract StandardCode code();

  /** The short label the publisher uses, where it has one (for example {@code Reflection}). */
  public abstract Optional<String> label();

  /** What the standard asks, in our own words. */
  public abstract String summary();

  /** A standard from its code and summary. */
  public static Standard of(String code, String summary) {
    return builder().code(StandardCode.of(code)).summary(summary).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Validation.label("Standard", "summary", summary());
    label().ifPresent(l -> Validation.label("Standard", "label", l));
  }

  /** Builds {@link Standard} values. */
  public static final class Builder extends ImmutableStandard.Builder {}
}
