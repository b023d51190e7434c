package org.cpdkit.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.portfolio.Portfolio;

/**
 * Simpler values of lists, entries and portfolios, for {@link Gen#shrink}: one change at a time,
 * the biggest simplifications first, each a valid value (a candidate that breaks an invariant is
 * left out). Lazy, so a property check stops drawing candidates as soon as one still fails.
 */
final class Shrink {
  private Shrink() {}

  /** Lists with one element fewer (never fewer than {@code min}), then with one element shrunk. */
  static <T> Stream<List<T>> list(List<T> list, int min, Function<T, Stream<T>> element) {
    Stream<List<T>> shorter =
        list.size() <= min
            ? Stream.empty()
            : Stream.iterate(0, i -> i < list.size(), i -> i + 1).map(i -> without(list, i));
    Stream<List<T>> simpler =
        Stream.iterate(0, i -> i < list.size(), i -> i + 1)
            .flatMap(i -> element.apply(list.get(i)).map(e -> with(list, i, e)));
    return Stream.concat(shorter, simpler);
  }

  /** Portfolios with one entry fewer, then with one entry simpler; all must keep {@code keep}. */
  static Stream<Portfolio> portfolio(Portfolio p, Predicate<Portfolio> keep) {
    Stream<Supplier<Portfolio>> candidates = Stream.concat(
        Stream.<Supplier<Portfolio>>of(() -> p.extensions().isEmpty() ? null : p.withExtensions(Map.of())),
        list(p.entries(), 0, e -> entry(e).filter(simpler -> samePeriod(p, e, simpler)))
            .map(entries -> () -> p.withEntries(entries)));
    return valid(candidates).filter(keep);
  }

  /**
   * Entries one step simpler: without a structured reflection, evidence, tags, extensions, an end
   * date, a time or a peer reflection date; with one standard fewer; with a text cut to its first
   * sentence; dated on the first of its month.
   */
  static Stream<CpdEntry> entry(CpdEntry e) {
    List<Supplier<CpdEntry>> c = new ArrayList<>();
    c.add(() -> e.structuredReflection().isEmpty() ? null : e.withStructuredReflection(Optional.empty()));
    c.add(() -> e.evidence().isEmpty() ? null : e.withEvidence(List.of()));
    c.add(() -> e.tags().isEmpty() ? null : e.withTags(List.of()));
    c.add(() -> e.extensions().isEmpty() ? null : e.withExtensions(Map.of()));
    c.add(() -> e.endDate().isEmpty() ? null : e.withEndDate(Optional.empty()));
    c.add(() -> e.timeSpent().isEmpty() ? null : e.withTimeSpent(Optional.empty()));
    c.add(() -> e.peerReflection().flatMap(PeerReflection::date).isEmpty()
        ? null : e.withPeerReflection(e.peerReflection().get().withDate(Optional.empty())));
    for (int i = 0; i < e.standards().size(); i++) {
      int drop = i;
      c.add(() -> e.withStandards(without(e.standards(), drop)));
    }
    c.add(() -> shorter(e.whatIDid()).map(e::withWhatIDid).orElse(null));
    c.add(() -> shorter(e.whatILearned()).map(e::withWhatILearned).orElse(null));
    c.add(() -> shorter(e.impactOnPractice()).map(e::withImpactOnPractice).orElse(null));
    c.add(() -> e.peerReflection()
        .flatMap(r -> shorter(r.whatILearnedFromPeers()).map(r::withWhatILearnedFromPeers))
        .map(e::withPeerReflection).orElse(null));
    c.add(() -> {
      LocalDate first = e.date().withDayOfMonth(1);
      return first.equals(e.date()) || e.endDate().isPresent() ? null : e.withDate(first);
    });
    return valid(c.stream());
  }

  /** Whether the simpler entry falls in the same registration period of the portfolio's practitioner. */
  private static boolean samePeriod(Portfolio p, CpdEntry before, CpdEntry after) {
    if (after.completedOn().equals(before.completedOn()) && after.date().equals(before.date())) {
      return true;
    }
    try {
      return p.periodContaining(after.date()).equals(p.periodContaining(before.date()))
          && p.periodContaining(after.completedOn()).equals(p.periodContaining(before.completedOn()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The text's first sentence, when that is shorter; never blank for a text that was not. */
  static Optional<String> shorter(String text) {
    String t = text.strip();
    int end = t.indexOf(". ");
    return end > 0 && end + 1 < t.length() ? Optional.of(t.substring(0, end + 1)) : Optional.empty();
  }

  private static <T> Stream<T> valid(Stream<Supplier<T>> candidates) {
    return candidates.map(Shrink::attempt).filter(v -> v != null);
  }

  private static <T> T attempt(Supplier<T> candidate) {
    try {
      return candidate.get();
    } catch (InvalidValueException e) {
      return null;
    }
  }

  private static <T> List<T> without(List<T> list, int index) {
    List<T> copy = new ArrayList<>(list);
    copy.remove(index);
    return List.copyOf(copy);
  }

  private static <T> List<T> with(List<T> list, int index, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, value);
    return List.copyOf(copy);
  }
}
