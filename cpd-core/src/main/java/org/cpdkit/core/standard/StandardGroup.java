package org.cpdkit.core.standard;

import java.util.List;
import java.util.Optional;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/** A group of related standards within a framework, such as Social Work England's group 4. */
@Value.Immutable
@DomainStyle
public abstract class StandardGroup implements WithStandardGroup {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  StandardGroup() {}

  /** The group's code, such as {@code 4}; the prefix of its standards' codes. */
  public abstract String code();

  /** What the group is about, in our own words. */
  public abstract String title();

  /** The standards of the group, in the publisher's order. */
  public abstract List<Standard> standards();

  /** The standard with this code, if it is in the group. */
  public Optional<Standard> standard(StandardCode code) {
    return standards().stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Validation.standardCode("StandardGroup", "code", code());
    Validation.label("StandardGroup", "title", title());
    Validation.unique("StandardGroup", "standards", standards(), Standard::code, "code");
    for (Standard s : standards()) {
      if (!s.code().group().equals(code())) {
        throw new InvalidValueException(
            "StandardGroup", "standards", "codes must start with the group code " + code() + " (was " + s.code() + ")");
      }
    }
  }

  /** Builds {@link StandardGroup} values. */
  public static final class Builder extends ImmutableStandardGroup.Builder {}
}
