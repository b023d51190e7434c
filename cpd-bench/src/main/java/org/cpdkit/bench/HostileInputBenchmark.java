package org.cpdkit.bench;

import java.util.concurrent.TimeUnit;
import org.cpdkit.anonymise.IdentifierScanner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scans 4 MB of one kind of input as a single text: ordinary prose, hostile shapes that make
 * backtracking scanners slow, and finding-dense text ({@code a@b.co } repeated, an e-mail address
 * every seven characters). Time per MB is compared with ordinary prose in the same run; the
 * {@link LimitProbe} bare pass over the same text is measured alongside.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class HostileInputBenchmark {
  private static final int SIZE = 4 * 1024 * 1024;

  @Param({
    "prose", "digits", "capitalised", "at-and-dots", "one-long-token", "dense-findings",
    "short-table-lines", "table-rows"
  })
  public String input;

  private String text;
  private IdentifierScanner scanner;

  @Setup(Level.Trial)
  public void setUp() {
    scanner = IdentifierScanner.standard();
    text =
        switch (input) {
          case "prose" -> ProseGenerator.prose(7L, SIZE);
          case "digits" -> ProseGenerator.digits(7L, SIZE);
          case "capitalised" -> ProseGenerator.capitalisedWords(7L, SIZE);
          case "at-and-dots" -> ProseGenerator.repeat("@.a@.@..@a.", SIZE);
          case "one-long-token" -> "https://" + ProseGenerator.repeat("a", SIZE);
          // an e-mail address every seven characters: the cost of each finding
          case "dense-findings" -> ProseGenerator.repeat("a@b.co ", SIZE);
          // every line a candidate header for the table pass; a header and rows found by column
          case "short-table-lines" -> ProseGenerator.repeat("a,b,c\n", SIZE);
          case "table-rows" ->
              ScannerRatios.TABLE_HEADER + ProseGenerator.repeat(ScannerRatios.TABLE_ROW, SIZE);
          default -> throw new IllegalArgumentException("unknown input " + input);
        };
  }

  @Benchmark
  public Object scan4MB() {
    return scanner.scan(text);
  }

  /** The scan and then every finding read, text included, as a redaction or a report reads them. */
  @Benchmark
  public long scanAndRead4MB() {
    return ScannerRatios.readAll(scanner.scan(text));
  }

  @Benchmark
  public long limitProbe4MB() {
    return LimitProbe.pass(text);
  }
}
