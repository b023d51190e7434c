package org.cpdkit.core.session;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * How many staff agreed with one statement of a staff survey, such as {@code The training here
 * helps me meet my CPD needs}: counts only, never who answered.
 */
@Value.Immutable
@DomainStyle
public abstract class SurveyResult implements WithSurveyResult, Extensible {

  SurveyResult() {}

  /** The statement staff were asked to agree or disagree with. */
  public abstract String statement();

  /** The team the counts are for, when the survey reports by team. */
  public abstract Optional<String> team();

  /** The day the survey closed. */
  public abstract LocalDate date();

  /** How many staff answered; at least one. */
  public abstract int respondents();

  /** How many of them agreed or strongly agreed; at most {@link #respondents()}. */
  public abstract int agreeing();

  @Override
  public abstract Map<String, String> extensions();

  /** The share of respondents who agreed, from 0 to 1. */
  public double share() {
    return (double) agreeing() / respondents();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    String type = "SurveyResult";
    Validation.label(type, "statement", statement());
    team().ifPresent(t -> Validation.label(type, "team", t));
    if (date().getYear() < 1900 || date().getYear() > 9999) {
      throw new InvalidValueException(type, "date", "must be a year between 1900 and 9999");
    }
    if (respondents() < 1) {
      throw new InvalidValueException(type, "respondents", "must be at least 1");
    }
    if (agreeing() < 0 || agreeing() > respondents()) {
      throw new InvalidValueException(type, "agreeing", "must be from 0 to respondents");
    }
    Validation.extensions(type, extensions());
  }

  /** Builds {@link SurveyResult} values. */
  public static final class Builder extends ImmutableSurveyResult.Builder {}
}
