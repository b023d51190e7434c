package org.cpdkit.core.portfolio;

import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * A written reflective account, an item of its own as NMC revalidation asks: what it is about
 * (a CPD activity, feedback or an event in practice), what was learned, how practice changed,
 * and the themes of the Code it relates to.
 */
@Value.Immutable
@DomainStyle
public abstract class ReflectiveAccount implements WithReflectiveAccount {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  ReflectiveAccount() {}

  /** An opaque identifier, unique among the portfolio's reflective accounts. */
  public abstract String id();

  /** When it was written. */
  public abstract LocalDate date();

  /** The themes of the Code it relates to. */
  public abstract List<CodeTheme> codeThemes();

  /** The ids of the CPD entries or feedback items it reflects on, if any. */
  public abstract List<String> about();

  /** The nature of the activity, feedback or event. */
  @Value.Redacted
  @Value.Default
  public String whatHappened() {
    return "";
  }

  /** What was learned from it. */
  @Value.Redacted
  @Value.Default
  public String whatILearned() {
    return "";
  }

  /** How practice changed or improved as a result. */
  @Value.Redacted
  @Value.Default
  public String howPracticeChanged() {
    return "";
  }

  /** How it relates to the Code. */
  @Value.Redacted
  @Value.Default
  public String relevanceToTheCode() {
    return "";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    String type = "ReflectiveAccount";
    Validation.id(type, "id", id());
    Validation.unique(type, "codeThemes", codeThemes());
    about().forEach(a -> Validation.id(type, "about", a));
    Validation.unique(type, "about", about());
    Validation.text(type, "whatHappened", whatHappened());
    Validation.text(type, "whatILearned", whatILearned());
    Validation.text(type, "howPracticeChanged", howPracticeChanged());
    Validation.text(type, "relevanceToTheCode", relevanceToTheCode());
    Validation.year(type, "date", date());
  }

  /** Builds {@link ReflectiveAccount} values. */
  public static final class Builder extends ImmutableReflectiveAccount.Builder {}
}
