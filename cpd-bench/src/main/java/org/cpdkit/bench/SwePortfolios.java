package org.cpdkit.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.Gen;

/**
 * Social Work England portfolios for the registration year ending 30 November 2026, as they
 * stand on {@link #AS_OF}: realistic entries from cpd-testing's generators, with the content a
 * practitioner would have filled in, in four kinds (compliant, no peer reflection, incomplete,
 * identifiers left in).
 */
public final class SwePortfolios {
  /** The day the portfolios are checked as of: three weeks before the deadline. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 7);

  /** The registration year the entries fall in. */
  public static final RegistrationPeriod PERIOD = Regulator.SOCIAL_WORK_ENGLAND.period(LocalDate.of(2025, 12, 1));

  /** The kinds of portfolio a regulator sees before the deadline. */
  public enum Kind {
    /** At least two submitted entries, one or more with a peer reflection, every field filled in. */
    COMPLIANT,
    /** Enough submitted entries, but none with a peer reflection. */
    NO_PEER_REFLECTION,
    /** At most one submitted entry; the rest are drafts. */
    INCOMPLETE,
    /** Compliant, but one reflection still names a person or holds contact details. */
    IDENTIFIERS
  }

  private static final String[] IDENTIFIERS = {
    "Afterwards I met Mrs Patel at the school gate on Tuesday.",
    "Her mobile is 07700 900123 and her email is j.smith@example.org.",
    "They moved to 14 Elm Road, M1 1AE, in the spring.",
    "He was born 14/03/2015 and his NHS number is 943 476 5919.",
    "I spoke to Kasia Nowak's partner, Dean, on the phone.",
  };

  private static final Gen<CpdEntry> ENTRIES = CpdGenerators.cpdEntries(PERIOD);
  private static final Gen<CpdEntry> PEER_ENTRIES = CpdGenerators.peerReflectionEntries(PERIOD);
  private static final Gen<String> TEXT = CpdGenerators.reflections();

  private SwePortfolios() {}

  /** The kind of the national mix for a draw of 0 to 99: 80 compliant, 9 without peer reflection, 9 incomplete, 2 with identifiers. */
  public static Kind kindOf(int percentile) {
    if (percentile < 80) {
      return Kind.COMPLIANT;
    }
    if (percentile < 89) {
      return Kind.NO_PEER_REFLECTION;
    }
    if (percentile < 98) {
      return Kind.INCOMPLETE;
    }
    return Kind.IDENTIFIERS;
  }

  /** A registration number unique for each {@code index} below 1,000,000. */
  public static String registrationNumber(int index) {
    return String.format("SW%06d", Math.floorMod(index * 7919L + 104_729L, 1_000_000L));
  }

  /** A portfolio of {@code size} entries of the given kind. */
  public static Portfolio portfolio(RandomGenerator random, String registrationNumber, int size, Kind kind) {
    List<CpdEntry> entries = new ArrayList<>(size);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < size; i++) {
      boolean peer = i == 0 && kind != Kind.NO_PEER_REFLECTION;
      CpdEntry e;
      do {
        e = (peer ? PEER_ENTRIES : ENTRIES).next(random);
      } while (!fits(e, kind) || ids.contains(e.id()));
      ids.add(e.id());
      e = complete(random, e);
      if (kind == Kind.INCOMPLETE) {
        e = e.withStatus(i == 0 && random.nextBoolean() ? EntryStatus.SUBMITTED : EntryStatus.DRAFT);
      } else if (i < 2) {
        e = e.withStatus(EntryStatus.SUBMITTED);
      }
      entries.add(e);
    }
    if (kind == Kind.IDENTIFIERS) {
      int i = random.nextInt(size);
      CpdEntry e = entries.get(i);
      entries.set(i, e.withWhatIDid(e.whatIDid() + " " + IDENTIFIERS[random.nextInt(IDENTIFIERS.length)]));
    }
    Practitioner.Builder p = Practitioner.builder()
        .registrationNumber(registrationNumber)
        .regulator(Regulator.SOCIAL_WORK_ENGLAND);
    if (random.nextBoolean()) {
      p.registeredOn(PERIOD.start().minusDays(1 + random.nextInt(20 * 365)));
    }
    return Portfolio.builder().practitioner(p.build()).entries(entries).build();
  }

  private static boolean fits(CpdEntry e, Kind kind) {
    if (e.date().isAfter(AS_OF) || e.endDate().map(d -> d.isAfter(AS_OF)).orElse(false)) {
      return false;
    }
    if (e.peerReflection().flatMap(PeerReflection::date).map(d -> d.isAfter(AS_OF)).orElse(false)) {
      return false;
    }
    return kind != Kind.NO_PEER_REFLECTION
        || (e.peerReflection().isEmpty() && !e.activityType().equals(java.util.Optional.of(ActivityType.PEER_REFLECTION)));
  }

  /** Fills in what a practitioner left blank, so the content rules have whole reflections to read. */
  private static CpdEntry complete(RandomGenerator random, CpdEntry e) {
    if (e.whatIDid().isBlank()) {
      e = e.withWhatIDid(TEXT.next(random));
    }
    if (e.whatILearned().isBlank()) {
      e = e.withWhatILearned(TEXT.next(random));
    }
    if (e.impactOnPractice().isBlank()) {
      e = e.withImpactOnPractice(TEXT.next(random));
    }
    if (e.peerReflection().isPresent() && e.peerReflection().get().whatILearnedFromPeers().isBlank()) {
      e = e.withPeerReflection(e.peerReflection().get().withWhatILearnedFromPeers(TEXT.next(random)));
    }
    return e;
  }
}
