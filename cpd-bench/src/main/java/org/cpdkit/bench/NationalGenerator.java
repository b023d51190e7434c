package org.cpdkit.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.json.CpdJson;
import org.cpdkit.json.DocumentType;

/**
 * Writes a national year of Social Work England portfolios as JSON Lines files: by default
 * 100,000 portfolios of 6 to 14 entries (about a million in all) in files of 1,000, from a fixed
 * seed. 80 % are compliant, 9 % lack a peer reflection, 9 % are incomplete and 2 % still hold an
 * identifier. Each portfolio depends only on the seed and its number, and each file is written
 * as it is generated, so memory stays small and files can be written on all cores.
 *
 * <pre>
 * java -cp cpd-bench/target/benchmarks.jar org.cpdkit.bench.NationalGenerator --portfolios 100000 --out /tmp/national
 * </pre>
 */
public final class NationalGenerator {
  private NationalGenerator() {}

  /** Runs the generator; see the class comment for the options. */
  public static void main(String[] args) throws IOException {
    int portfolios = 100_000;
    int perFile = 1_000;
    long seed = 2026L;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        usage("missing value for " + a);
      }
      String v = args[++i];
      switch (a) {
        case "--portfolios":
          portfolios = Integer.parseInt(v);
          break;
        case "--per-file":
          perFile = Integer.parseInt(v);
          break;
        case "--seed":
          seed = Long.parseLong(v);
          break;
        case "--out":
          out = Path.of(v);
          break;
        default:
          usage("unknown option " + a);
      }
    }
    if (out == null || portfolios < 1 || portfolios > 1_000_000 || perFile < 1) {
      usage("need --out DIR and 1 <= --portfolios <= 1000000");
    }
    Files.createDirectories(out);
    long start = System.nanoTime();
    int files = (portfolios + perFile - 1) / perFile;
    int total = portfolios;
    int size = perFile;
    long s = seed;
    Path dir = out;
    AtomicLong entries = new AtomicLong();
    Map<SwePortfolios.Kind, AtomicLong> kinds = new EnumMap<>(SwePortfolios.Kind.class);
    for (SwePortfolios.Kind k : SwePortfolios.Kind.values()) {
      kinds.put(k, new AtomicLong());
    }
    CpdJson json = CpdJson.builder().pretty(false).build();
    IntStream.range(0, files).parallel().forEach(f -> {
      int from = f * size;
      int to = Math.min(total, from + size);
      Path file = dir.resolve(String.format("portfolios-%05d.jsonl", f));
      try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        json.writeLines(DocumentType.PORTFOLIO, () -> portfolios(s, from, to, entries, kinds), o);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    System.out.printf("wrote %,d portfolios (%,d entries) in %,d files to %s in %.1f s%n",
        portfolios, entries.get(), files, out, (System.nanoTime() - start) / 1e9);
    System.out.println("kinds: " + kinds);
  }

  /** Portfolio {@code index} of the national year for {@code seed}. */
  public static Portfolio portfolio(long seed, int index) {
    return portfolio(seed, index, null);
  }

  private static Portfolio portfolio(long seed, int index, Map<SwePortfolios.Kind, AtomicLong> kinds) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    SwePortfolios.Kind kind = SwePortfolios.kindOf(random.nextInt(100));
    int size = random.nextInt(6, 15);
    if (kinds != null) {
      kinds.get(kind).incrementAndGet();
    }
    return SwePortfolios.portfolio(random, SwePortfolios.registrationNumber(index), size, kind);
  }

  private static Iterator<Portfolio> portfolios(
      long seed, int from, int to, AtomicLong entries, Map<SwePortfolios.Kind, AtomicLong> kinds) {
    return new Iterator<>() {
      private int next = from;

      @Override
      public boolean hasNext() {
        return next < to;
      }

      @Override
      public Portfolio next() {
        if (next >= to) {
          throw new NoSuchElementException();
        }
        Portfolio p = portfolio(seed, next++, kinds);
        entries.addAndGet(p.entries().size());
        return p;
      }
    };
  }

  private static void usage(String problem) {
    System.err.println("NationalGenerator: " + problem);
    System.err.println("usage: NationalGenerator --out DIR [--portfolios N] [--per-file N] [--seed S]");
    System.exit(2);
  }
}
