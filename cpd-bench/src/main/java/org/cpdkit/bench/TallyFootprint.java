package org.cpdkit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.json.CpdJson;
import org.cpdkit.json.DocumentType;
import org.cpdkit.rules.Checker;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RulePacks;
import org.cpdkit.rules.registration.RegistrationPack;
import org.cpdkit.rules.team.TeamCheck;

/**
 * Measures what the team summary keeps: checks the JSON Lines files of a directory written by
 * {@link NationalGenerator} into one {@code TeamCheck.Tally} and prints the heap in use after a
 * full collection every 10,000 portfolios, so the growth per practitioner can be read off.
 *
 * <pre>
 * java -cp cpd-bench/target/benchmarks.jar org.cpdkit.bench.TallyFootprint /tmp/national
 * </pre>
 */
public final class TallyFootprint {
  private TallyFootprint() {}

  /** Runs the measurement over the directory given as the only argument. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    RegistrationPack pack = RulePacks.registrationPack("swe-2026");
    Checker<Portfolio> checker = pack.checker();
    TeamCheck.Tally tally = TeamCheck.of(pack).withChecker(checker).tally(SwePortfolios.AS_OF);
    CpdJson json = CpdJson.standard();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().collect(Collectors.toList());
    }
    long base = usedAfterGc();
    System.out.printf("portfolios  heap in use after GC (MB)  per practitioner (bytes)%n");
    System.out.printf("%10d  %8.1f%n", 0, base / 1e6);
    int count = 0;
    for (Path f : files) {
      List<Portfolio> portfolios;
      try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16);
          Stream<Portfolio> lines = json.readLines(DocumentType.PORTFOLIO, in, f.toString())) {
        portfolios = lines.collect(Collectors.toList());
      }
      List<Report> reports = portfolios.parallelStream()
          .map(p -> checker.check(p, SwePortfolios.AS_OF)).collect(Collectors.toList());
      for (int i = 0; i < portfolios.size(); i++) {
        tally.add(portfolios.get(i), reports.get(i));
      }
      int before = count;
      count += portfolios.size();
      if (count / 10_000 != before / 10_000) {
        portfolios = null;
        reports = null;
        long used = usedAfterGc();
        System.out.printf("%10d  %8.1f  %8.0f%n", count, used / 1e6, (used - base) / (double) count);
      }
    }
    System.out.println("team report: " + tally.report().practitioners().size() + " practitioners");
  }

  private static long usedAfterGc() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }
}
