package org.cpdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cpdkit.cli.UnreadableInputsTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Where the command says things are: a line of JSON Lines, and a finding's line and column. */
class LocationsTest {
  @TempDir Path dir;

  @Test
  void anErrorInJsonLinesNamesTheLineOfTheFileThenTheColumnInIt() throws IOException {
    Path root = Paths.get(System.getProperty("cpd.root", "..")).toAbsolutePath().normalize();
    String one = Files.readString(root.resolve("examples/portfolio-compliant.json")).replaceAll("\\s*\\n\\s*", " ");
    String bad = one.replace("\"entries\"", "\"entrys\"");
    Files.writeString(dir.resolve("big.jsonl"), one + "\n" + one + "\n\n" + bad + "\n", StandardCharsets.UTF_8);
    Run r = UnreadableInputsTest.cpd("check", "--as-of", "2026-11-07", dir.resolve("big.jsonl").toString());
    assertThat(r.exit()).isEqualTo(Main.ERROR);
    int column = bad.indexOf("\"entrys\"") + 1;
    assertThat(r.err().strip())
        .startsWith("cpd check: " + dir.resolve("big.jsonl") + ": line 4: 1:" + column + ": /entrys: unknown property")
        .doesNotContain("\n");
  }

  @Test
  void findingsAreAtTheirLineAndColumn() throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "First line.\nWrite to jo@example.org today.\n\n  and call 07700 900123 at once.\n");
    Run r = UnreadableInputsTest.cpd("scan", file.toString());
    assertThat(r.exit()).isEqualTo(Main.FINDINGS);
    List<String> lines = r.out().lines().filter(l -> l.startsWith(file.toString())).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith(file + ":2:10: ");
    assertThat(lines.get(1)).startsWith(file + ":4:12: ");
  }

  /** Counting each finding's line from the start of the text took minutes at this size. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aLargeTextDenseWithFindingsPrintsInLinearTime() throws IOException {
    Path file = dir.resolve("dense.txt");
    StringBuilder b = new StringBuilder();
    while (b.length() < 4_000_000) {
      b.append("Email a").append(b.length() % 997).append("@example.org please.\n");
    }
    Files.writeString(file, b);
    long start = System.nanoTime();
    Run r = UnreadableInputsTest.cpd("scan", file.toString());
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    assertThat(r.exit()).isEqualTo(Main.FINDINGS);
    assertThat(r.out().lines().count()).isGreaterThan(100_000);
    assertThat(seconds).isLessThan(60);
  }
}
