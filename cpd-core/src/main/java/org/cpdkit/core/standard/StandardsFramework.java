package org.cpdkit.core.standard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * A published set of professional standards that CPD entries link to, such as Social Work
 * England's professional standards (2019). Users can build their own, or load them from JSON.
 */
@Value.Immutable
@DomainStyle
public abstract class StandardsFramework implements WithStandardsFramework, Extensible {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  StandardsFramework() {}

  /** A stable identifier, such as {@code swe-2019}. */
  public abstract String id();

  /** The framework's title. */
  public abstract String title();

  /** Who publishes the standards. */
  public abstract String publisher();

  /** The publisher's version or year, such as {@code 2019}. */
  public abstract String version();

  /** The groups, in the publisher's order. */
  public abstract List<StandardGroup> groups();

  @Override
  public abstract Map<String, String> extensions();

  /** The standard with this code, if the framework has one. */
  public Optional<Standard> standard(StandardCode code) {
    return Optional.ofNullable(byCode().get(code));
  }

  /** Whether the framework defines a standard with this code. */
  public boolean contains(StandardCode code) {
    return byCode().containsKey(code);
  }

  /** The group with this code, if any. */
  public Optional<StandardGroup> group(String code) {
    return groups().stream().filter(g -> g.code().equals(code)).findFirst();
  }

  /** Every standard of every group, in order. */
  public List<Standard> standards() {
    return List.copyOf(byCode().values());
  }

  @Value.Lazy
  Map<StandardCode, Standard> byCode() {
    return groups().stream()
        .flatMap(g -> g.standards().stream())
        .collect(
            Collectors.toMap(
                Standard::code, s -> s, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    String type = "StandardsFramework";
    Validation.id(type, "id", id());
    Validation.label(type, "title", title());
    Validation.label(type, "publisher", publisher());
    Validation.label(type, "version", version());
    Validation.unique(type, "groups", groups(), StandardGroup::code, "code");
    Validation.extensions(type, extensions());
  }

  /** Builds {@link StandardsFramework} values. */
  public static final class Builder extends ImmutableStandardsFramework.Builder {}
}
