package org.cpdkit.core.entry;

import java.util.Map;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * A reflection written section by section following a named model (Gibbs, Driscoll, Kolb). A
 * section may be missing while the reflection is being written; a section the model does not have
 * can never be right.
 */
@Value.Immutable
@DomainStyle
public abstract class StructuredReflection implements WithStructuredReflection, Extensible {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  StructuredReflection() {}

  /** The model followed. */
  public abstract ReflectionModel model();

  /** Section code (one of {@link ReflectionModel#sections()}) to the text written for it. */
  @Value.Redacted
  public abstract Map<String, String> sections();

  @Override
  public abstract Map<String, String> extensions();

  /** Whether every section of the model has non-blank text. */
  public boolean isComplete() {
    return model().sections().stream()
        .allMatch(s -> sections().containsKey(s) && !sections().get(s).isBlank());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    for (Map.Entry<String, String> e : sections().entrySet()) {
      if (!model().sections().contains(e.getKey())) {
        throw new InvalidValueException(
            "StructuredReflection",
            "sections",
            "section " + e.getKey() + " is not part of " + model().code() + "; expected " + model().sections());
      }
      Validation.text("StructuredReflection", "sections", e.getValue());
    }
    Validation.extensions("StructuredReflection", extensions());
  }

  /** Builds {@link StructuredReflection} values. */
  public static final class Builder extends ImmutableStructuredReflection.Builder {}
}
