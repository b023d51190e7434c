package org.cpdkit.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A seeded generator of values: given a source of randomness it produces one value, and the same
 * seed always gives the same value. It depends on no testing framework, so its values can be fed
 * to any property-testing tool or used in plain example tests.
 *
 * @param <T> the type of the values generated
 */
@FunctionalInterface
public interface Gen<T> {

  /**
   * Draws one value.
   *
   * @param random the source of randomness; a generator must use nothing else, so that a seeded
   *     source makes it deterministic
   * @return the value
   */
  T next(RandomGenerator random);

  /**
   * Values simpler than {@code value} that a property check tries, simplest first, when the check
   * fails with {@code value}: it keeps the first that still fails and shrinks that in turn, so the
   * failure it reports is small. Each is a valid value of this generator. None by default; {@link
   * #withShrinker} adds them, and {@link CpdGenerators}' portfolios and entries have them (fewer
   * entries, shorter texts, fewer standards, simpler dates).
   */
  default java.util.stream.Stream<T> shrink(T value) {
    return java.util.stream.Stream.empty();
  }

  /** This generator with {@code shrinker} giving the simpler values of {@link #shrink}. */
  default Gen<T> withShrinker(Function<? super T, ? extends java.util.stream.Stream<? extends T>> shrinker) {
    Objects.requireNonNull(shrinker, "shrinker");
    Gen<T> self = this;
    return new Gen<>() {
      @Override
      public T next(RandomGenerator random) {
        return self.next(random);
      }

      @Override
      public java.util.stream.Stream<T> shrink(T value) {
        return shrinker.apply(value).<T>map(v -> v);
      }
    };
  }

  /** The value this generator gives for {@code seed}; the same seed always gives an equal value. */
  default T sample(long seed) {
    return next(new SplittableRandom(seed));
  }

  /** A generator of this generator's values transformed by {@code f}. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return random -> f.apply(next(random));
  }

  /** A generator whose values come from the generator {@code f} chooses for this one's value. */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return random -> f.apply(next(random)).next(random);
  }

  /** A generator combining this generator's value with {@code other}'s. */
  default <U, R> Gen<R> zip(Gen<U> other, BiFunction<? super T, ? super U, ? extends R> f) {
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(f, "f");
    return random -> f.apply(next(random), other.next(random));
  }

  /**
   * A generator of this generator's values that satisfy {@code accept}, drawing again when one
   * does not. Fails after 1,000 rejections in a row, which means the filter is too strict.
   */
  default Gen<T> filter(Predicate<? super T> accept) {
    Objects.requireNonNull(accept, "accept");
    Gen<T> self = this;
    Gen<T> filtered = random -> {
      for (int i = 0; i < 1_000; i++) {
        T value = self.next(random);
        if (accept.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("Gen.filter: 1000 values in a row were rejected");
    };
    return filtered.withShrinker(v -> self.shrink(v).filter(accept));
  }

  /** A generator of lists of {@code min} to {@code max} (inclusive) of this generator's values. */
  default Gen<List<T>> list(int min, int max) {
    return listOf(this, min, max);
  }

  /** A generator that gives a value half of the time and is empty otherwise. */
  default Gen<Optional<T>> optional() {
    return optional(0.5);
  }

  /** A generator that gives a value with probability {@code present} and is empty otherwise. */
  default Gen<Optional<T>> optional(double present) {
    if (!(present >= 0 && present <= 1)) {
      throw new IllegalArgumentException("Gen.optional: present must be between 0 and 1");
    }
    return random -> random.nextDouble() < present ? Optional.of(next(random)) : Optional.empty();
  }

  /** A generator that always gives {@code value}. */
  static <T> Gen<T> constant(T value) {
    return random -> value;
  }

  /** Integers from {@code min} to {@code max}, both inclusive, uniformly. */
  static Gen<Integer> ints(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("Gen.ints: max must not be less than min");
    }
    return random -> (int) random.nextLong(min, (long) max + 1);
  }

  /** Longs from {@code min} to {@code max}, both inclusive, uniformly. */
  static Gen<Long> longs(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException("Gen.longs: max must not be less than min");
    }
    return random -> {
      if (max != Long.MAX_VALUE) {
        return random.nextLong(min, max + 1);
      }
      return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
    };
  }

  /** True with probability {@code p}. */
  static Gen<Boolean> chance(double p) {
    return random -> random.nextDouble() < p;
  }

  /** One of the given values, uniformly. */
  @SafeVarargs
  static <T> Gen<T> elements(T... values) {
    List<T> list = new ArrayList<>(values.length);
    for (T v : values) {
      list.add(v);
    }
    return elements(list);
  }

  /** One of the given values, uniformly. */
  static <T> Gen<T> elements(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("Gen.elements: no values to choose from");
    }
    return random -> copy.get(random.nextInt(copy.size()));
  }

  /** Any constant of the enum, uniformly. */
  static <E extends Enum<E>> Gen<E> enumValues(Class<E> type) {
    return elements(type.getEnumConstants());
  }

  /** A value from one of the given generators, each chosen with the same probability. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = new ArrayList<>(gens.length);
    for (Gen<? extends T> g : gens) {
      copy.add(Objects.requireNonNull(g, "gen"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("Gen.oneOf: no generators to choose from");
    }
    return random -> copy.get(random.nextInt(copy.size())).next(random);
  }

  /**
   * A value from one of the given generators, chosen in proportion to its weight.
   *
   * @param weighted weight to generator; weights must be positive
   */
  static <T> Gen<T> frequency(Map<? extends Gen<? extends T>, Integer> weighted) {
    Map<Gen<? extends T>, Integer> copy = new LinkedHashMap<>(weighted);
    int total = copy.values().stream().mapToInt(w -> {
      if (w <= 0) {
        throw new IllegalArgumentException("Gen.frequency: weights must be positive");
      }
      return w;
    }).sum();
    if (total == 0) {
      throw new IllegalArgumentException("Gen.frequency: no generators to choose from");
    }
    return random -> {
      int pick = random.nextInt(total);
      for (Map.Entry<Gen<? extends T>, Integer> e : copy.entrySet()) {
        pick -= e.getValue();
        if (pick < 0) {
          return e.getKey().next(random);
        }
      }
      throw new AssertionError("unreachable");
    };
  }

  /** Lists of {@code min} to {@code max} (inclusive) values of {@code gen}. */
  static <T> Gen<List<T>> listOf(Gen<? extends T> gen, int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("Gen.listOf: need 0 <= min <= max");
    }
    Gen<List<T>> lists = random -> {
      int size = random.nextInt(min, max + 1);
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(gen.next(random));
      }
      return List.copyOf(list);
    };
    @SuppressWarnings("unchecked")
    Gen<T> elements = (Gen<T>) gen;
    return lists.withShrinker(list -> Shrink.list(list, min, elements::shrink));
  }

  /**
   * Lists of {@code min} to {@code max} values of {@code gen} with no two sharing a key. When the
   * generator cannot give enough distinct keys, the list is shorter than {@code min}.
   */
  static <T, K> Gen<List<T>> distinctListOf(
      Gen<? extends T> gen, Function<? super T, K> key, int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("Gen.distinctListOf: need 0 <= min <= max");
    }
    return random -> {
      int size = random.nextInt(min, max + 1);
      Map<K, T> byKey = new LinkedHashMap<>();
      for (int attempts = 0; byKey.size() < size && attempts < size * 20 + 20; attempts++) {
        T value = gen.next(random);
        byKey.putIfAbsent(key.apply(value), value);
      }
      return List.copyOf(byKey.values());
    };
  }

  /** A random subset (in the given order) of {@code values}, of {@code min} to {@code max} elements. */
  static <T> Gen<List<T>> subsetOf(List<? extends T> values, int min, int max) {
    List<T> copy = List.copyOf(values);
    int hi = Math.min(max, copy.size());
    if (min < 0 || hi < min) {
      throw new IllegalArgumentException("Gen.subsetOf: need 0 <= min <= min(max, size)");
    }
    return random -> {
      int size = random.nextInt(min, hi + 1);
      List<Integer> indexes = new ArrayList<>();
      for (int i = 0; i < copy.size(); i++) {
        indexes.add(i);
      }
      for (int i = indexes.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        Integer t = indexes.get(i);
        indexes.set(i, indexes.get(j));
        indexes.set(j, t);
      }
      List<Integer> chosen = new ArrayList<>(indexes.subList(0, size));
      chosen.sort(null);
      List<T> out = new ArrayList<>(size);
      for (int i : chosen) {
        out.add(copy.get(i));
      }
      return List.copyOf(out);
    };
  }

  /**
   * Days from {@code from} to {@code to}, both inclusive. One draw in eight is an edge: the first
   * or last day, or a 29 February, 1 December, 30 November, 1 January or 31 December in range.
   */
  static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("Gen.dates: to must not be before from");
    }
    long days = ChronoUnit.DAYS.between(from, to);
    return random -> {
      if (random.nextInt(8) == 0) {
        LocalDate edge = edgeDate(random, from, to);
        if (edge != null) {
          return edge;
        }
      }
      return from.plusDays(random.nextLong(days + 1));
    };
  }

  private static LocalDate edgeDate(RandomGenerator random, LocalDate from, LocalDate to) {
    switch (random.nextInt(4)) {
      case 0:
        return from;
      case 1:
        return to;
      default:
        int year = random.nextInt(from.getYear(), to.getYear() + 1);
        LocalDate[] candidates = {
          LocalDate.of(year, 2, 28).plusDays(1),
          LocalDate.of(year, 12, 1),
          LocalDate.of(year, 11, 30),
          LocalDate.of(year, 1, 1),
          LocalDate.of(year, 12, 31)
        };
        LocalDate c = candidates[random.nextInt(candidates.length)];
        return c.isBefore(from) || c.isAfter(to) ? null : c;
    }
  }

  /** Durations from {@code min} to {@code max} in whole multiples of {@code step} above {@code min}. */
  static Gen<Duration> durations(Duration min, Duration max, Duration step) {
    if (max.compareTo(min) < 0 || step.isNegative() || step.isZero()) {
      throw new IllegalArgumentException("Gen.durations: need min <= max and a positive step");
    }
    long steps = max.minus(min).dividedBy(step);
    return random -> min.plus(step.multipliedBy(random.nextLong(steps + 1)));
  }
}
