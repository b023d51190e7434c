package org.cpdkit.rules.team;

import java.time.YearMonth;
import org.immutables.value.Value;

/** The peer-reflection sessions one team held in one month, and how many attended them in all. */
@Value.Immutable
public abstract class TeamMonth {

  TeamMonth() {}

  /** The team, or empty for sessions that record none. */
  public abstract String team();

  /** The month. */
  public abstract YearMonth month();

  /** Sessions held. */
  public abstract int sessions();

  /** Attendances at them: each person once per session, facilitators included. */
  public abstract int attendances();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TeamMonth} values. */
  public static final class Builder extends ImmutableTeamMonth.Builder {}
}
