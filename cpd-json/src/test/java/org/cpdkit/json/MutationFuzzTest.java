package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutants of every example, golden, malformed and seed-corpus document through {@link FuzzTarget}:
 * a seeded budget in the build, longer by hand with {@code -Dcpdkit.fuzz.mutants=N} (per seed
 * document) and another {@code -Dcpdkit.fuzz.seed=S}. A failure names the seed document, the
 * mutant's number and seed, and writes the mutant to {@code target/fuzz-failures/} to replay.
 */
class MutationFuzzTest {
  static final Path CORPUS = Paths.get("src/test/resources/org/cpdkit/json/CoverageGuidedFuzzTestInputs/readers");
  private static final int MUTANTS = Integer.getInteger("cpdkit.fuzz.mutants", 600);
  private static final long SEED = Long.getLong("cpdkit.fuzz.seed", 0x0F0220L);

  @Test
  void noMutantBreaksTheReadersOrTheRules() throws IOException {
    List<Path> seeds = seeds();
    assertThat(seeds).hasSizeGreaterThan(20);
    List<byte[]> all = new ArrayList<>();
    for (Path p : seeds) {
      all.add(Files.readAllBytes(p));
    }
    long read = 0;
    long rejected = 0;
    long total = 0;
    java.util.Map<String, Integer> faults = new java.util.LinkedHashMap<>();
    List<String> firsts = new ArrayList<>();
    for (int s = 0; s < seeds.size(); s++) {
      byte[] original = all.get(s);
      int mutants = seeds.get(s).startsWith(MalformedCorpusTest.DIR.toAbsolutePath()) ? Math.max(1, MUTANTS / 15) : MUTANTS;
      total += mutants;
      for (int k = 0; k < mutants; k++) {
        long seed = SEED ^ (((long) s << 32) + k) * 0x9E3779B97F4A7C15L;
        byte[] mutant = Mutator.mutate(original, all, new SplittableRandom(seed));
        try {
          if (FuzzTarget.run(mutant) == FuzzTarget.Outcome.READ) {
            read++;
          } else {
            rejected++;
          }
        } catch (AssertionError e) {
          String kind = String.valueOf(e.getMessage()).replaceAll("[0-9]+", "N");
          int n = faults.merge(kind, 1, Integer::sum);
          if (n == 1) {
            Path saved = save(mutant, seed);
            firsts.add("mutant " + k + " of " + seeds.get(s).getFileName() + " (seed " + seed + ", saved as " + saved + "): " + e.getMessage()
                + (e.getCause() == null ? "" : " <- " + e.getCause()));
          }
        }
      }
    }
    System.out.printf(
        "fuzz: %d seed documents, %d mutants (%d of each example, golden and corpus document, a fifteenth of that of"
            + " each malformed one): %d read, %d rejected%n",
        seeds.size(), total, MUTANTS, read, rejected);
    assertThat(firsts).as("faults: " + faults).isEmpty();
    assertThat(read).as("some mutants still read, so the round trip and the rules are exercised").isPositive();
  }

  @Test
  void everySeedReadsOrFailsAsItShould() throws IOException {
    for (Path p : seeds()) {
      FuzzTarget.run(Files.readAllBytes(p));
    }
  }

  static List<Path> seeds() throws IOException {
    Path root = Paths.get(System.getProperty("cpd.root", "..")).toAbsolutePath().normalize();
    List<Path> seeds = new ArrayList<>();
    for (Path dir : List.of(root.resolve("examples"), GoldenFilesTest.DIR.toAbsolutePath(), MalformedCorpusTest.DIR.toAbsolutePath(), CORPUS.toAbsolutePath())) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(Files::isRegularFile)
            .filter(f -> !f.getFileName().toString().endsWith(".tsv"))
            .sorted()
            .forEach(seeds::add);
      }
    }
    return seeds;
  }

  private static Path save(byte[] mutant, long seed) {
    try {
      Path dir = Files.createDirectories(Paths.get("target/fuzz-failures"));
      return Files.write(dir.resolve("mutant-" + Long.toUnsignedString(seed, 16) + ".json"), mutant);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Mutations aimed at a JSON reader: bytes, tokens, structure and the format's own limits. */
  static final class Mutator {
    private static final String[] TOKENS = {
      "\"", "{", "}", "[", "]", ",", ":", "\\", "\\u0000", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\u0000",
      "\uFEFF", "-", "0", "-0", "1e999", "1.5", "1e", "00", "true", "false", "null", "NaN", "\"x-a\":1,",
      "\"$format\":\"cpdkit.portfolio/1\",", "\"\\u001b[31m\":1,", "\t", "\r", "\n", "//", "/*", "\u2028",
      "\"x-deep\":" + "[".repeat(70) + "]".repeat(70) + ",", "9".repeat(120), "\"" + "a".repeat(300) + "\"",
      "5", "10", "\"2026-02-30\"", "\"PT-1H\"", "\"P1W\"", "\"4.10\"", "\"1e\"", "\"\"", "[]", "{}"
    };

    private Mutator() {}

    static byte[] mutate(byte[] original, List<byte[]> others, SplittableRandom r) {
      byte[] b = original;
      int rounds = r.nextInt(10) < 7 ? 1 : 2 + r.nextInt(2);
      for (int i = 0; i < rounds; i++) {
        b = once(b, others, r);
      }
      return b;
    }

    private static byte[] once(byte[] b, List<byte[]> others, SplittableRandom r) {
      if (b.length == 0) {
        return token(r);
      }
      int at = r.nextInt(b.length);
      switch (r.nextInt(11)) {
        case 0: // flip a bit
          b = b.clone();
          b[at] ^= (byte) (1 << r.nextInt(8));
          return b;
        case 1: // a random byte
          b = b.clone();
          b[at] = (byte) r.nextInt(256);
          return b;
        case 2: // insert a token
          return splice(b, at, at, token(r));
        case 3: // delete a range
          return splice(b, at, Math.min(b.length, at + 1 + r.nextInt(16)), new byte[0]);
        case 4: // truncate
          return java.util.Arrays.copyOf(b, at);
        case 5: { // repeat a line: a property given twice, an element more
          int[] line = line(b, at);
          return splice(b, line[1], line[1], java.util.Arrays.copyOfRange(b, line[0], line[1]));
        }
        case 6: { // drop a line: a property missing
          int[] line = line(b, at);
          return splice(b, line[0], line[1], new byte[0]);
        }
        case 7: { // a piece of another document
          byte[] o = others.get(r.nextInt(others.size()));
          if (o.length == 0) {
            return b;
          }
          int from = r.nextInt(o.length);
          return splice(b, at, at, java.util.Arrays.copyOfRange(o, from, Math.min(o.length, from + 1 + r.nextInt(64))));
        }
        case 8: { // replace a string's contents
          int q = indexOf(b, (byte) '"', at);
          int e = q < 0 ? -1 : indexOf(b, (byte) '"', q + 1);
          return e < 0 ? b : splice(b, q + 1, e, token(r));
        }
        case 9: { // swap two ranges' contents for a token each way
          int[] line = line(b, at);
          return splice(b, line[0], line[1], token(r));
        }
        default: // a byte order mark or another encoding in front
          byte[][] heads = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}, {0, 0}};
          return splice(b, 0, 0, heads[r.nextInt(heads.length)]);
      }
    }

    private static byte[] token(SplittableRandom r) {
      return TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
    }

    private static int[] line(byte[] b, int at) {
      int s = at;
      while (s > 0 && b[s - 1] != '\n') {
        s--;
      }
      int e = at;
      while (e < b.length && b[e] != '\n') {
        e++;
      }
      return new int[] {s, Math.min(b.length, e + 1)};
    }

    private static int indexOf(byte[] b, byte c, int from) {
      for (int i = from; i < b.length; i++) {
        if (b[i] == c) {
          return i;
        }
      }
      return -1;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
      byte[] out = new byte[b.length - (to - from) + insert.length];
      System.arraycopy(b, 0, out, 0, from);
      System.arraycopy(insert, 0, out, from, insert.length);
      System.arraycopy(b, to, out, from + insert.length, b.length - to);
      return out;
    }
  }
}
