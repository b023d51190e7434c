package org.cpdkit.rules.team;

import java.util.Optional;
import org.immutables.value.Value;

/** The staff who answered one survey statement, for one team or all, and how many agreed. */
@Value.Immutable
public abstract class SurveyAgreement {

  SurveyAgreement() {}

  /** The statement. */
  public abstract String statement();

  /** The team, when the results were by team. */
  public abstract Optional<String> team();

  /** Staff who answered. */
  public abstract int respondents();

  /** Staff who agreed. */
  public abstract int agreeing();

  /** The share who agreed, from 0 to 1. */
  public double share() {
    return respondents() == 0 ? 0 : (double) agreeing() / respondents();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SurveyAgreement} values. */
  public static final class Builder extends ImmutableSurveyAgreement.Builder {}
}
