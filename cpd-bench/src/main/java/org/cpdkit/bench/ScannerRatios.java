package org.cpdkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.cpdkit.anonymise.IdentifierKind;
import org.cpdkit.anonymise.IdentifierScanner;

/**
 * The scanner's speed as a ratio to the {@link LimitProbe} bare pass, measured so that load from
 * other work on the machine cancels out: each round runs every contender once over the same
 * corpus, one after the other, and times it by the thread's CPU time (time the thread was
 * descheduled does not count) as well as by the wall clock. Prints the median over the rounds of
 * each contender's speed relative to the probe in the same round. A complement to the JMH figures
 * of {@link ScannerBenchmark} and {@link HostileInputBenchmark}, not a replacement.
 *
 * <pre>
 * java -cp cpd-bench/target/benchmarks.jar org.cpdkit.bench.ScannerRatios [rounds]
 * </pre>
 */
public final class ScannerRatios {
  private static final int DOCUMENT = 4096;
  private static final int HOSTILE = 4 * 1024 * 1024;

  /** A caseload export's header and a row of it: every row has a reference, a name and a date. */
  static final String TABLE_HEADER = "CaseRef,ChildName,DOB,NHSNumber,Worker\n";

  static final String TABLE_ROW =
      "CAL-CS-041187,\"ABERNETHY, Kayden\",14/03/2012,401 023 7562,J. Oyelaran\n";

  private ScannerRatios() {}

  /** Runs the rounds (default 15, after 5 warm-up rounds) and prints the ratios. */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    IdentifierScanner all = IdentifierScanner.standard();
    EnumSet<IdentifierKind> structured = EnumSet.allOf(IdentifierKind.class);
    structured.remove(IdentifierKind.PERSON_NAME);
    IdentifierScanner noNames = IdentifierScanner.builder().kinds(structured).build();

    String corpus = ProseGenerator.prose(42L, ScannerBenchmark.TOTAL / 5);
    String[] documents = new String[corpus.length() / DOCUMENT];
    for (int i = 0; i < documents.length; i++) {
      documents[i] = corpus.substring(i * DOCUMENT, (i + 1) * DOCUMENT);
    }
    Map<String, ToLongFunction<String[]>> prose = new LinkedHashMap<>();
    prose.put("limit probe", d -> each(d, LimitProbe::pass));
    prose.put("scanner, all kinds", d -> each(d, t -> all.scan(t).size()));
    prose.put("scanner, without names", d -> each(d, t -> noNames.scan(t).size()));
    report(
        "10 MiB of reflections in 4 KiB documents (speed / limit probe)", documents, prose, rounds);

    Map<String, String> hostile = new LinkedHashMap<>();
    hostile.put("prose", ProseGenerator.prose(7L, HOSTILE));
    hostile.put("digits", ProseGenerator.digits(7L, HOSTILE));
    hostile.put("capitalised", ProseGenerator.capitalisedWords(7L, HOSTILE));
    hostile.put("at-and-dots", ProseGenerator.repeat("@.a@.@..@a.", HOSTILE));
    hostile.put("one-long-token", "https://" + ProseGenerator.repeat("a", HOSTILE));
    hostile.put("dense-findings", ProseGenerator.repeat("a@b.co ", HOSTILE));
    hostile.put("short-table-lines", ProseGenerator.repeat("a,b,c\n", HOSTILE));
    hostile.put("table-rows", TABLE_HEADER + ProseGenerator.repeat(TABLE_ROW, HOSTILE));
    Map<String, ToLongFunction<String[]>> scans = new LinkedHashMap<>();
    scans.put("limit probe on prose", d -> LimitProbe.pass(hostile.get("prose")));
    for (Map.Entry<String, String> e : hostile.entrySet()) {
      String text = e.getValue();
      scans.put("scanner on " + e.getKey(), d -> all.scan(text).size());
    }
    // a findings list made lazily is only cheap if reading it is too: read every finding's text
    String dense = hostile.get("dense-findings");
    scans.put("scanner on dense-findings, every finding read", d -> readAll(all.scan(dense)));
    String plain = hostile.get("prose");
    scans.put("scanner on prose, every finding read", d -> readAll(all.scan(plain)));
    report("4 MiB single texts (speed / limit probe on prose)", documents, scans, rounds);
  }

  /** Reads every finding and its text, as a user who redacts or reports them does. */
  static long readAll(java.util.List<org.cpdkit.anonymise.IdentifierFinding> found) {
    long sum = 0;
    for (org.cpdkit.anonymise.IdentifierFinding f : found) {
      sum += f.start() + f.text().length() + f.kind().ordinal();
    }
    return sum;
  }

  private static long each(String[] documents, ToLongFunction<String> f) {
    long sum = 0;
    for (String d : documents) {
      sum += f.applyAsLong(d);
    }
    return sum;
  }

  private static void report(
      String title, String[] documents, Map<String, ToLongFunction<String[]>> contenders, int rounds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int n = contenders.size();
    double[][] cpu = new double[n][rounds];
    double[][] wall = new double[n][rounds];
    long sink = 0;
    for (int r = -5; r < rounds; r++) {
      int c = 0;
      for (ToLongFunction<String[]> f : contenders.values()) {
        long w0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        sink += f.applyAsLong(documents);
        long c1 = threads.getCurrentThreadCpuTime();
        long w1 = System.nanoTime();
        if (r >= 0) {
          cpu[c][r] = c1 - c0;
          wall[c][r] = w1 - w0;
        }
        c++;
      }
    }
    System.out.println("## " + title + ", " + rounds + " rounds");
    System.out.println("| contender | CPU ms, median | speed / probe by CPU time | by wall time |");
    System.out.println("|---|---|---|---|");
    int c = 0;
    for (String name : contenders.keySet()) {
      double[] rc = new double[rounds];
      double[] rw = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        rc[r] = cpu[0][r] / cpu[c][r];
        rw[r] = wall[0][r] / wall[c][r];
      }
      System.out.printf(
          "| %s | %,.1f | %.3f | %.3f |%n", name, median(cpu[c]) / 1e6, median(rc), median(rw));
      c++;
    }
    System.out.println("(checksum " + sink + ")");
    System.out.println();
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v[v.length / 2];
  }
}
