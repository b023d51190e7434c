package org.cpdkit.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.CpdReview;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.ReviewSample;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.portfolio.Regulator;

/** Generators of practitioners, registration periods and portfolios. */
final class PortfolioGens {
  private PortfolioGens() {}

  static final LocalDate EARLIEST_REGISTRATION = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST_REGISTRATION = LocalDate.of(2026, 12, 31);

  static Gen<Practitioner> practitioners(Regulator regulator) {
    return random -> {
      Practitioner.Builder b = Practitioner.builder()
          .registrationNumber(Ids.registrationNumbers(regulator).next(random))
          .regulator(regulator)
          .extensions(EntryGens.extensions().next(random));
      if (!regulator.hasFixedCalendar() || random.nextBoolean()) {
        b.registeredOn(Gen.dates(EARLIEST_REGISTRATION, LATEST_REGISTRATION).next(random));
      }
      return b.build();
    };
  }

  static Gen<Practitioner> practitioners() {
    return Gen.enumValues(Regulator.class).flatMap(PortfolioGens::practitioners);
  }

  /** A registration period of the practitioner's regulator, on or after their registration. */
  static Gen<RegistrationPeriod> periodsOf(Practitioner practitioner) {
    LocalDate from = practitioner.registeredOn().orElse(LocalDate.of(2019, 12, 1));
    return Gen.dates(from, from.plusYears(10)).map(practitioner::periodContaining);
  }

  /** Any registration period of any regulator, for a registrant who registered on a random day. */
  static Gen<RegistrationPeriod> periods() {
    return practitioners().flatMap(PortfolioGens::periodsOf);
  }

  /** Portfolios of a random practitioner with {@code min} to {@code max} entries in one or two periods. */
  static Gen<Portfolio> portfolios(Gen<Practitioner> practitioners, int min, int max) {
    return random -> {
      Practitioner p = practitioners.next(random);
      RegistrationPeriod current = periodsOf(p).next(random);
      List<RegistrationPeriod> periods = new ArrayList<>(List.of(current));
      LocalDate beforeCurrent = current.start().minusDays(1);
      if (p.registeredOn().map(r -> !beforeCurrent.isBefore(r)).orElse(true)) {
        periods.add(p.periodContaining(beforeCurrent));
      }
      Gen<CpdEntry> entries =
          Gen.elements(periods).flatMap(period -> EntryGens.entries(period, EntryGens.Peer.MAYBE, 0.85));
      Portfolio.Builder b = Portfolio.builder()
          .practitioner(p)
          .entries(Gen.distinctListOf(entries, CpdEntry::id, min, max).next(random))
          .extensions(EntryGens.extensions().next(random));
      if (periods.size() > 1 && random.nextInt(4) == 0) {
        b.addReview(reviews(periods.get(1)).next(random));
      }
      return b.build();
    };
  }

  /** The outcome of a review of {@code period}, given within four months of its end. */
  static Gen<CpdReview> reviews(RegistrationPeriod period) {
    return random -> {
      boolean feedback = random.nextInt(3) == 0;
      CpdReview.Builder b = CpdReview.builder()
          .periodEnd(period.end())
          .sample(Gen.enumValues(ReviewSample.class).next(random))
          .date(period.end().plusDays(1 + random.nextInt(120)))
          .feedbackGiven(feedback)
          .extensions(EntryGens.extensions().next(random));
      if (random.nextInt(5) == 0) {
        b.reviewAgainNextYear(!feedback);
      }
      if (random.nextBoolean()) {
        b.reference("review-" + Ids.letters(random, 8));
      }
      return b.build();
    };
  }

  /** Review outcomes of Social Work England registration years. */
  static Gen<CpdReview> reviews() {
    return EntryGens.swePeriods().flatMap(PortfolioGens::reviews);
  }

  /**
   * Portfolios of a Social Work England registrant holding, inside {@code period}, {@code
   * submitted} submitted entries with complete content of which {@code peer} are peer
   * reflections, plus drafts inside and entries outside the period that do not count.
   */
  static Gen<Portfolio> swe(RegistrationPeriod period, int submitted, int peer) {
    return random -> {
      List<CpdEntry> entries = new ArrayList<>();
      Set<String> ids = new LinkedHashSet<>();
      for (int i = 0; i < submitted; i++) {
        EntryGens.Peer kind = i < peer ? EntryGens.Peer.ALWAYS : EntryGens.Peer.NEVER;
        add(random, entries, ids, EntryGens.completeEntries(period, kind));
      }
      int drafts = random.nextInt(0, 3);
      for (int i = 0; i < drafts; i++) {
        add(random, entries, ids, EntryGens.entries(period, EntryGens.Peer.MAYBE, 0.0));
      }
      int outside = random.nextInt(0, 3);
      for (int i = 0; i < outside; i++) {
        RegistrationPeriod other = Regulator.SOCIAL_WORK_ENGLAND.period(
            period.start().plusYears(random.nextBoolean() ? 1 : -1));
        add(random, entries, ids, EntryGens.entries(other, EntryGens.Peer.MAYBE, 0.85));
      }
      Collections.shuffle(entries, new java.util.Random(random.nextLong()));
      return Portfolio.builder()
          .practitioner(swePractitioner(random, period))
          .entries(entries)
          .build();
    };
  }

  private static Practitioner swePractitioner(RandomGenerator random, RegistrationPeriod period) {
    Practitioner.Builder b = Practitioner.builder()
        .registrationNumber(Ids.registrationNumbers(Regulator.SOCIAL_WORK_ENGLAND).next(random))
        .regulator(Regulator.SOCIAL_WORK_ENGLAND);
    if (random.nextBoolean()) {
      b.registeredOn(Gen.dates(EARLIEST_REGISTRATION, period.start().minusDays(1)).next(random));
    }
    return b.build();
  }

  private static void add(RandomGenerator random, List<CpdEntry> entries, Set<String> ids, Gen<CpdEntry> gen) {
    for (int attempt = 0; attempt < 100; attempt++) {
      CpdEntry e = gen.next(random);
      if (ids.add(e.id())) {
        entries.add(e);
        return;
      }
    }
    throw new IllegalStateException("could not draw a fresh entry id");
  }
}
