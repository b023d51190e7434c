package org.cpdkit.bench;

import java.io.OutputStream;
import java.util.SplittableRandom;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.interop.xapi.XapiOptions;
import org.cpdkit.interop.xapi.XapiSummary;
import org.cpdkit.interop.xapi.XapiWriter;
import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.Gen;

/**
 * Shows that exporting entries as xAPI statements streams: 100,000 generated entries (drawn one
 * at a time, never held) are written through one {@link XapiWriter} to a stream that only counts
 * bytes, with reflection text included so every text passes the anonymisation check, and the heap
 * in use after a full collection is printed every 10,000 entries. Run it with a small heap to see
 * that it does not grow:
 *
 * <pre>
 * java -Xmx64m -cp cpd-bench/target/benchmarks.jar org.cpdkit.bench.StatementFootprint 100000
 * </pre>
 */
public final class StatementFootprint {
  private StatementFootprint() {}

  /** Exports as many entries as the first argument says (100,000 if none). */
  public static void main(String[] args) {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Gen<CpdEntry> entries = CpdGenerators.cpdEntries();
    SplittableRandom random = new SplittableRandom(20261123L);
    CountingStream out = new CountingStream();
    XapiOptions options = XapiOptions.builder("https://cpd.example.org").includeReflections(true).includeDrafts(true).build();
    long base = usedAfterGc();
    System.out.printf("entries  statements  refused  MB written  heap in use after GC (MB)%n");
    System.out.printf("%7d  %10d  %7d  %10.1f  %8.1f%n", 0, 0, 0, 0.0, base / 1e6);
    long start = System.nanoTime();
    XapiSummary summary;
    try (XapiWriter w = XapiWriter.open(out, options)) {
      for (int i = 1; i <= total; i++) {
        w.entry("p-" + (i % 500), entries.next(random));
        if (i % 10_000 == 0) {
          XapiSummary s = w.summary();
          System.out.printf("%7d  %10d  %7d  %10.1f  %8.1f%n",
              i, s.statements(), s.refusals().size(), out.count / 1e6, usedAfterGc() / 1e6);
        }
      }
      summary = w.summary();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%d statements, %d entries refused, %.1f MB in %.1f s (including the heap checks); max heap %.0f MB%n",
        summary.statements(), summary.refusals().size(), out.count / 1e6, seconds,
        Runtime.getRuntime().maxMemory() / 1e6);
  }

  private static long usedAfterGc() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }

  /** Counts what is written and keeps nothing. */
  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
