package org.cpdkit.core.session;

import java.util.List;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.internal.Validation;
import org.cpdkit.core.standard.StandardCode;
import org.immutables.value.Value;

/** A conversation starter for peer reflection, mapped to the standards it helps evidence. */
@Value.Immutable
@DomainStyle
public abstract class Prompt implements WithPrompt {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  Prompt() {}

  /** A stable identifier, such as {@code swe.feedback}. */
  public abstract String id();

  /** The prompt, in cpdkit's own words. */
  public abstract String text();

  /** The standards a discussion following this prompt evidences. */
  public abstract List<StandardCode> standards();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Validation.id("Prompt", "id", id());
    if (text().isBlank()) {
      throw new org.cpdkit.core.InvalidValueException("Prompt", "text", "must not be blank");
    }
    Validation.maxLength("Prompt", "text", text(), org.cpdkit.core.Limits.MAX_PROMPT_LENGTH);
    Validation.unique("Prompt", "standards", standards());
  }

  /** Builds {@link Prompt} values. */
  public static final class Builder extends ImmutablePrompt.Builder {}
}
