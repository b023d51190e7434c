package org.cpdkit.bench;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cpdkit.anonymise.IdentifierFinding;
import org.cpdkit.anonymise.IdentifierKind;
import org.cpdkit.anonymise.IdentifierScanner;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scans a corpus of generated reflections (about 4 KB each, 50 MB in all) once per operation,
 * single-threaded: with the scanner (all kinds, and without names), with the regex baseline, and
 * with the {@link LimitProbe} bare pass. Run them in one JMH run and report each as a ratio to
 * {@code limitProbe50MB} (bench/run scanner does). Throughput in MB/s is {@code 50 / (seconds per
 * operation)}; each operation reports its size in {@link #bytes}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ScannerBenchmark {
  /** Total characters of the corpus (ASCII, so also bytes). */
  public static final int TOTAL = 50 * 1024 * 1024;

  private static final int DOCUMENT = 4096;

  private String[] documents;
  private IdentifierScanner scanner;
  private IdentifierScanner withoutNames;

  /** Size of one operation in bytes, for the reader's arithmetic. */
  public long bytes;

  @Setup(Level.Trial)
  public void setUp() {
    scanner = IdentifierScanner.standard();
    EnumSet<IdentifierKind> structured = EnumSet.allOf(IdentifierKind.class);
    structured.remove(IdentifierKind.PERSON_NAME);
    withoutNames = IdentifierScanner.builder().kinds(structured).build();
    String all = ProseGenerator.prose(42L, TOTAL);
    int count = TOTAL / DOCUMENT;
    documents = new String[count];
    for (int i = 0; i < count; i++) {
      documents[i] = all.substring(i * DOCUMENT, (i + 1) * DOCUMENT);
      bytes += DOCUMENT;
    }
  }

  @Benchmark
  public void scanner50MB(Blackhole bh) {
    for (String d : documents) {
      List<IdentifierFinding> f = scanner.scan(d);
      bh.consume(f);
    }
  }

  @Benchmark
  public void scannerWithoutNames50MB(Blackhole bh) {
    for (String d : documents) {
      bh.consume(withoutNames.scan(d));
    }
  }

  @Benchmark
  public void limitProbe50MB(Blackhole bh) {
    for (String d : documents) {
      bh.consume(LimitProbe.pass(d));
    }
  }

  @Benchmark
  public void regexBaseline50MB(Blackhole bh) {
    for (String d : documents) {
      bh.consume(RegexBaseline.scan(d));
    }
  }
}
