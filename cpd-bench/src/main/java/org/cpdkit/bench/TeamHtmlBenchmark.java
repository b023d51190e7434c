package org.cpdkit.bench;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.report.HtmlReports;
import org.cpdkit.report.TeamView;
import org.cpdkit.rules.RulePacks;
import org.cpdkit.rules.registration.RegistrationPack;
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
 * The team dashboard of 10,000 Social Work England portfolios (the national mix of {@link
 * SwePortfolios}, four entries each, seed 42) as one HTML page: {@code checkAndRender} checks every
 * portfolio, tallies the team and renders the page; {@code render} renders a tallied team only.
 * Each operation is one whole page; the setup prints the page's size in bytes of UTF-8.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class TeamHtmlBenchmark {
  static final int TEAM = 10_000;

  private List<Portfolio> portfolios;
  private RegistrationPack pack;
  private TeamView view;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42L);
    portfolios = new ArrayList<>(TEAM);
    for (int i = 0; i < TEAM; i++) {
      portfolios.add(SwePortfolios.portfolio(random, SwePortfolios.registrationNumber(i), 4,
          SwePortfolios.kindOf(random.nextInt(100))));
    }
    pack = (RegistrationPack) RulePacks.get("swe-2026");
    view = TeamView.of(pack, portfolios, SwePortfolios.AS_OF);
    String html = HtmlReports.standard().html(view);
    System.out.println();
    System.out.println("team HTML of " + TEAM + " portfolios: " + html.getBytes(StandardCharsets.UTF_8).length
        + " bytes; " + view.counts());
  }

  /** Check, tally and render: what {@code cpd report --html} does after reading the files. */
  @Benchmark
  public int checkAndRender() {
    TeamView.Tally tally = TeamView.tally(pack, SwePortfolios.AS_OF);
    portfolios.forEach(tally::add);
    StringWriter out = new StringWriter(1 << 22);
    HtmlReports.standard().write(tally.view(), out);
    return out.getBuffer().length();
  }

  /** Render a tallied team only. */
  @Benchmark
  public int render() {
    StringWriter out = new StringWriter(1 << 22);
    HtmlReports.standard().write(view, out);
    return out.getBuffer().length();
  }
}
