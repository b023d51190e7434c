package org.cpdkit.testing.junit;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.cpdkit.testing.Gen;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Runs a check over values drawn from a {@link Gen} with many seeds, and when the check fails
 * throws an {@link AssertionError} naming the property, the failing seed, how to replay it, the
 * value, and the smallest value found by shrinking it ({@link Gen#shrink}) that still fails: fewer
 * entries, shorter texts, fewer standards, simpler dates. Values are printed with their {@code
 * toString}, which redacts free text.
 *
 * <p>Works with JUnit Jupiter 5 (5.8 or newer) and 6: it uses only {@code ThrowingConsumer} from
 * {@code junit-jupiter-api}, which cpd-testing does not bring in, so your own JUnit version is the
 * one used.
 *
 * <pre>{@code
 * PropertyCheck.forAll("copies keep invariants", CpdGenerators.cpdEntries(),
 *     entry -> assertThat(entry.withTitle("Another")).isNotNull());
 * }</pre>
 *
 * <p>Two system properties, when set, win over any settings made in code: {@value #TRIES_PROPERTY}
 * (how many values to try, default {@value #DEFAULT_TRIES}) and {@value #SEED_PROPERTY} (the seed
 * of the first try, to replay a failure).
 */
public final class PropertyCheck {
  /** System property: how many values each property tries. */
  public static final String TRIES_PROPERTY = "cpdkit.property.tries";

  /** System property: the seed of the first try, used to replay a reported failure. */
  public static final String SEED_PROPERTY = "cpdkit.property.seed";

  /** Tries per property unless {@value #TRIES_PROPERTY} says otherwise. */
  public static final int DEFAULT_TRIES = 200;

  private static final long BASE_SEED = 0x5EED_C0DE_CAFEL;
  private static final int MAX_VALUE_TEXT = 2_000;

  /** The most simpler values tried while shrinking one failure. */
  static final int MAX_SHRINK_STEPS = 2_000;

  private final int tries;
  private final OptionalLong seed;

  private PropertyCheck(int tries, OptionalLong seed) {
    if (tries < 1) {
      throw new IllegalArgumentException("PropertyCheck: tries must be at least 1");
    }
    this.tries = tries;
    this.seed = seed;
  }

  /**
   * Checks {@code check} against values of {@code gen}, with the tries and seed of the system
   * properties or the defaults.
   *
   * @throws AssertionError naming the property and the failing seed when a check fails
   */
  public static <T> void forAll(String name, Gen<T> gen, ThrowingConsumer<? super T> check) {
    fromSystemProperties().check(name, gen, check);
  }

  /**
   * Settings from {@value #TRIES_PROPERTY} and {@value #SEED_PROPERTY}, or the defaults: {@value
   * #DEFAULT_TRIES} tries starting from a fixed seed derived from the property's name.
   */
  public static PropertyCheck fromSystemProperties() {
    return new PropertyCheck(systemTries().orElse(DEFAULT_TRIES), systemSeed());
  }

  /** Exact settings, ignoring the system properties: {@code tries} values from {@code startSeed}. */
  public static PropertyCheck of(int tries, long startSeed) {
    return new PropertyCheck(tries, OptionalLong.of(startSeed));
  }

  /** These settings with {@code tries} values, unless {@value #TRIES_PROPERTY} is set. */
  public PropertyCheck withTries(int tries) {
    return new PropertyCheck(systemTries().orElse(tries), seed);
  }

  /** How many values each check tries. */
  public int tries() {
    return tries;
  }

  /** The seed of the first try for the property {@code name}. */
  public long startSeed(String name) {
    return seed.orElseGet(() -> new SplittableRandom(BASE_SEED ^ name.hashCode()).nextLong());
  }

  /**
   * Checks {@code check} against {@link #tries()} values of {@code gen}. Try 0 uses {@link
   * #startSeed(String)}; the others use seeds drawn from it, so the seed a failure reports replays
   * it as the first try.
   *
   * @throws AssertionError naming the property and the failing seed when a check fails
   */
  public <T> void check(String name, Gen<T> gen, ThrowingConsumer<? super T> check) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(gen, "gen");
    Objects.requireNonNull(check, "check");
    long start = startSeed(name);
    SplittableRandom seeds = new SplittableRandom(start);
    for (int i = 0; i < tries; i++) {
      long s = i == 0 ? start : seeds.nextLong();
      T value;
      try {
        value = gen.sample(s);
      } catch (RuntimeException | AssertionError e) {
        throw failure(name, i, s, "(generating the value failed)", e);
      }
      Throwable failed = failure(check, value);
      if (failed != null) {
        Shrunk<T> shrunk = shrink(gen, check, value, failed);
        String message = "Property '" + name + "' failed on try " + (i + 1) + " of " + tries + "\n"
            + "  seed:   " + s + "  (replay with -D" + SEED_PROPERTY + "=" + s + ")\n"
            + "  value:  " + describe(value) + "\n"
            + (shrunk.steps == 0
                ? "  shrunk: (no simpler value fails)\n"
                : "  shrunk: " + describe(shrunk.value) + "  (" + shrunk.steps + " simplifications)\n")
            + "  cause:  " + firstLine(shrunk.cause);
        throw new AssertionError(message, shrunk.cause);
      }
    }
  }

  /** What the check threw for the value, or null when it passed. */
  private static <T> Throwable failure(ThrowingConsumer<? super T> check, T value) {
    try {
      check.accept(value);
      return null;
    } catch (Throwable t) {
      if (t instanceof VirtualMachineError) {
        throw (VirtualMachineError) t;
      }
      return t;
    }
  }

  /** The smallest failing value found and what it threw. */
  private static final class Shrunk<T> {
    final T value;
    final Throwable cause;
    final int steps;

    Shrunk(T value, Throwable cause, int steps) {
      this.value = value;
      this.cause = cause;
      this.steps = steps;
    }
  }

  /**
   * Greedy shrinking: take the first simpler value that still fails, and shrink that, until no
   * simpler value fails or {@value #MAX_SHRINK_STEPS} have been tried.
   */
  private static <T> Shrunk<T> shrink(Gen<T> gen, ThrowingConsumer<? super T> check, T value, Throwable cause) {
    T current = value;
    Throwable currentCause = cause;
    int tried = 0;
    int steps = 0;
    boolean simpler = true;
    while (simpler && tried < MAX_SHRINK_STEPS) {
      simpler = false;
      java.util.Iterator<T> candidates;
      try {
        candidates = gen.shrink(current).iterator();
      } catch (RuntimeException e) {
        break;
      }
      while (tried < MAX_SHRINK_STEPS && candidates.hasNext()) {
        T candidate = candidates.next();
        tried++;
        Throwable t = failure(check, candidate);
        if (t != null) {
          current = candidate;
          currentCause = t;
          steps++;
          simpler = true;
          break;
        }
      }
    }
    return new Shrunk<>(current, currentCause, steps);
  }

  private AssertionError failure(String name, int attempt, long s, String value, Throwable cause) {
    String message = "Property '" + name + "' failed on try " + (attempt + 1) + " of " + tries + "\n"
        + "  seed:   " + s + "  (replay with -D" + SEED_PROPERTY + "=" + s + ")\n"
        + "  value:  " + value + "\n"
        + "  cause:  " + firstLine(cause);
    return new AssertionError(message, cause);
  }

  private static String describe(Object value) {
    String text = String.valueOf(value);
    return text.length() > MAX_VALUE_TEXT ? text.substring(0, MAX_VALUE_TEXT) + "…" : text;
  }

  private static String firstLine(Throwable t) {
    String line = t.getClass().getName();
    String message = t.getMessage();
    if (message != null) {
      String first = message.strip().lines().findFirst().orElse("");
      line += ": " + first + (message.strip().contains("\n") ? " …" : "");
    }
    return line.length() > 500 ? line.substring(0, 500) + "…" : line;
  }

  private static OptionalLong systemSeed() {
    String v = System.getProperty(SEED_PROPERTY);
    if (v == null || v.isBlank()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(v.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SEED_PROPERTY + " must be a whole number (a seed a failure reported)", e);
    }
  }

  private static java.util.OptionalInt systemTries() {
    String v = System.getProperty(TRIES_PROPERTY);
    if (v == null || v.isBlank()) {
      return java.util.OptionalInt.empty();
    }
    try {
      return java.util.OptionalInt.of(Integer.parseInt(v.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(TRIES_PROPERTY + " must be a whole number of tries", e);
    }
  }
}
