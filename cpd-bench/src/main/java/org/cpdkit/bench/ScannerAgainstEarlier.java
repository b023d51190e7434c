package org.cpdkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * This scanner against an earlier build of it, in one JVM and one run: each build is loaded by a
 * class loader of its own, and the rounds alternate between them (which comes first alternates
 * too), so load from other work on the machine falls on both alike. Times are the thread's CPU
 * time; each figure is the fastest of the measured rounds. The inputs are those of {@link
 * ScannerRatios}: 10 MiB of reflections in 4 KiB documents, and 4 MiB single texts of prose,
 * capitalised names and finding-dense text.
 *
 * <pre>
 * java -cp cpd-bench/target/benchmarks.jar org.cpdkit.bench.ScannerAgainstEarlier EARLIER.jar [rounds]
 * </pre>
 *
 * where EARLIER.jar is an earlier cpd-anonymise jar, or an earlier benchmarks.jar (which holds
 * the scanner too).
 */
public final class ScannerAgainstEarlier {
  private ScannerAgainstEarlier() {}

  /** Runs the rounds (default 15, after 3 warm-up rounds) and prints both builds' figures. */
  public static void main(String[] args) throws Exception {
    if (args.length < 1 || !Files.isRegularFile(Path.of(args[0]))) {
      System.err.println("usage: ScannerAgainstEarlier EARLIER.jar [rounds]");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    URL earlier = Path.of(args[0]).toUri().toURL();
    URL current =
        ScannerAgainstEarlier.class.getProtectionDomain().getCodeSource().getLocation();
    Object[] scanners = new Object[2];
    Method[] scan = new Method[2];
    URL[] builds = {earlier, current};
    for (int v = 0; v < 2; v++) {
      ClassLoader loader =
          new URLClassLoader(new URL[] {builds[v]}, ClassLoader.getPlatformClassLoader());
      Class<?> c = Class.forName("org.cpdkit.anonymise.IdentifierScanner", true, loader);
      scanners[v] = c.getMethod("standard").invoke(null);
      scan[v] = c.getMethod("scan", CharSequence.class);
    }
    String corpus = ProseGenerator.prose(42L, ScannerBenchmark.TOTAL / 5);
    String[] documents = new String[corpus.length() / 4096];
    for (int i = 0; i < documents.length; i++) {
      documents[i] = corpus.substring(i * 4096, (i + 1) * 4096);
    }
    int size = 4 * 1024 * 1024;
    String[] singles = {
      ProseGenerator.prose(7L, size),
      ProseGenerator.capitalisedWords(7L, size),
      ProseGenerator.repeat("a@b.co ", size)
    };
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] best = new double[2][4];
    for (double[] b : best) {
      Arrays.fill(b, Double.MAX_VALUE);
    }
    long sink = 0;
    for (int r = -3; r < rounds; r++) {
      for (int o = 0; o < 2; o++) {
        int v = (r & 1) == 0 ? o : 1 - o;
        long t0 = threads.getCurrentThreadCpuTime();
        for (String d : documents) {
          sink += ((List<?>) scan[v].invoke(scanners[v], d)).size();
        }
        double[] t = new double[4];
        t[0] = threads.getCurrentThreadCpuTime() - t0;
        for (int s = 0; s < singles.length; s++) {
          long s0 = threads.getCurrentThreadCpuTime();
          sink += ((List<?>) scan[v].invoke(scanners[v], singles[s])).size();
          t[s + 1] = threads.getCurrentThreadCpuTime() - s0;
        }
        if (r >= 0) {
          for (int i = 0; i < 4; i++) {
            best[v][i] = Math.min(best[v][i], t[i]);
          }
        }
      }
    }
    System.out.println("| build | 10 MiB in 4 KiB documents, ms | 4 MiB prose, ms | capitalised / prose | finding-dense / prose |");
    System.out.println("|---|---|---|---|---|");
    String[] names = {"earlier (" + Path.of(args[0]).getFileName() + ")", "this one"};
    for (int v = 0; v < 2; v++) {
      System.out.printf(
          "| %s | %.1f | %.1f | %.2f | %.2f |%n",
          names[v], best[v][0] / 1e6, best[v][1] / 1e6, best[v][2] / best[v][1],
          best[v][3] / best[v][1]);
    }
    System.out.printf(
        "this one / earlier, CPU time over the documents: %.3f (fastest of %d rounds; checksum %d)%n",
        best[1][0] / best[0][0], rounds, sink);
  }
}
