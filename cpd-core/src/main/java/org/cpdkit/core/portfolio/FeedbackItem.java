package org.cpdkit.core.portfolio;

import java.time.LocalDate;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * A piece of practice-related feedback, an item of its own (not a CPD entry): when it was
 * received, from whom by role or kind (a patient, a colleague, a team), in what form (verbal, a
 * card, a survey) and a note on what it said and how it was used.
 */
@Value.Immutable
@DomainStyle
public abstract class FeedbackItem implements WithFeedbackItem {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  FeedbackItem() {}

  /** An opaque identifier, unique among the portfolio's feedback items. */
  public abstract String id();

  /** When it was received. */
  public abstract LocalDate date();

  /** Where it came from, such as {@code patient} or {@code colleague}; never a name. */
  public abstract String source();

  /** Its form, such as {@code verbal} or {@code thank-you card}. */
  public abstract String form();

  /** A note on the feedback and how it was used to improve practice. */
  @Value.Redacted
  @Value.Default
  public String note() {
    return "";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    String type = "FeedbackItem";
    Validation.id(type, "id", id());
    Validation.label(type, "source", source());
    Validation.label(type, "form", form());
    Validation.text(type, "note", note());
    Validation.year(type, "date", date());
  }

  /** Builds {@link FeedbackItem} values. */
  public static final class Builder extends ImmutableFeedbackItem.Builder {}
}
