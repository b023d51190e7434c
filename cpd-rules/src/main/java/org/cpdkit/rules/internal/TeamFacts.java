package org.cpdkit.rules.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.rules.registration.Exclusion;
import org.cpdkit.rules.registration.RegistrationPack;

/**
 * Not API: what a team check and the HTML reports need to know of one portfolio beyond its
 * report, handed from the registration package (whose facts are package-private) to them. This
 * package is exported only to cpdkit's own modules and may change in any release.
 */
public final class TeamFacts {

  /** The facts of one portfolio against a pack's requirements as of a day. */
  public interface Facts {
    /** The entries that count towards the period's requirements. */
    List<CpdEntry> counted();

    /** How many counted entries include a peer reflection. */
    long peerReflections();

    /** The period the check falls in, if any. */
    Optional<RegistrationPeriod> period();

    /** Why each entry that does not count is left out, by entry index. */
    Map<Integer, Exclusion> excluded();

    /** The ids of the counted entries awaiting the sign-off the pack asks of each piece. */
    List<String> entriesAwaitingSignOff();

    /** The ids of the pack's sign-offs of the record (the year) not yet recorded in the period. */
    List<String> signOffsAwaiting();
  }

  /** Computes facts; the registration package installs the only implementation. */
  public interface Source {
    /** The facts of the portfolio against the pack as of the day. */
    Facts of(Portfolio portfolio, RegistrationPack pack, LocalDate asOf);
  }

  private static volatile Source source;

  private TeamFacts() {}

  /** Installs the source once; later calls are ignored. */
  public static synchronized void install(Source s) {
    if (source == null) {
      source = Objects.requireNonNull(s, "source");
    }
  }

  /** The facts of the portfolio against the pack as of the day. */
  public static Facts of(Portfolio portfolio, RegistrationPack pack, LocalDate asOf) {
    // The pack's class installed the source when it was initialised, before the pack existed.
    return source.of(portfolio, pack, asOf);
  }
}
