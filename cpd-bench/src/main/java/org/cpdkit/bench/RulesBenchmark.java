package org.cpdkit.bench;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.rules.Checker;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full Social Work England check ({@code swe-2026}) of one typical portfolio per operation:
 * ten complete entries of realistic length, drawn in turn from 64 generated from seed 42. With
 * the pack's default checker (the identifier scan of every free text included) and without the
 * anonymisation rule. Single-threaded, so operations per second are portfolios per second per
 * core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RulesBenchmark {
  private static final int POOL = 64;

  private Portfolio[] portfolios;
  private RulePack pack;
  private Checker<Portfolio> withAnonymisation;
  private Checker<Portfolio> withoutAnonymisation;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42L);
    portfolios = new Portfolio[POOL];
    for (int i = 0; i < POOL; i++) {
      portfolios[i] = SwePortfolios.portfolio(
          random, SwePortfolios.registrationNumber(i), 10, SwePortfolios.Kind.COMPLIANT);
    }
    pack = RulePacks.get("swe-2026");
    withAnonymisation = pack.checker();
    withoutAnonymisation = Checker.of(pack.rulesWithoutIdentifiers()).withPackId(pack.id());
  }

  private Portfolio nextPortfolio() {
    Portfolio p = portfolios[next];
    next = (next + 1) % POOL;
    return p;
  }

  /** {@code RulePacks.get("swe-2026").check(portfolio, asOf)}: the pack's own entry point. */
  @Benchmark
  public Report packCheck() {
    return pack.check(nextPortfolio(), SwePortfolios.AS_OF);
  }

  /** The pack's default checker, which scans free text for identifiers. */
  @Benchmark
  public Report withAnonymisation() {
    return withAnonymisation.check(nextPortfolio(), SwePortfolios.AS_OF);
  }

  /** The pack's rules without the anonymisation rule. */
  @Benchmark
  public Report withoutAnonymisation() {
    return withoutAnonymisation.check(nextPortfolio(), SwePortfolios.AS_OF);
  }
}
