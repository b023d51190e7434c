package org.cpdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that cannot be read, in a folder or named on the command line: each is one line on
 * stderr, the others are still read, the exit status is 2, and a named pipe never blocks.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UnreadableInputsTest {
  @TempDir Path dir;
  private Path good;
  private Path text;

  record Run(int exit, String out, String err) {}

  static Run cpd(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeEach
  void files() throws IOException {
    Path root = Paths.get(System.getProperty("cpd.root", "..")).toAbsolutePath().normalize();
    good = dir.resolve("a-good.json");
    Files.copy(root.resolve("examples/portfolio-compliant.json"), good);
    text = dir.resolve("a-good.txt");
    Files.writeString(text, "Nothing to see here.\n");
    Files.createSymbolicLink(dir.resolve("b-broken.json"), dir.resolve("nowhere.json"));
    Files.createSymbolicLink(dir.resolve("b-broken.txt"), dir.resolve("nowhere.txt"));
    fifo(dir.resolve("c-pipe.json"));
    fifo(dir.resolve("c-pipe.txt"));
  }

  private static void fifo(Path p) throws IOException {
    try {
      Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
      assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is available");
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is available");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  @Test
  void checkReportsEachInAFolderAndChecksTheRest() {
    Run r = cpd("check", "--as-of", "2026-11-07", dir.toString());
    assertThat(r.exit()).isEqualTo(Main.ERROR);
    assertThat(r.err().lines())
        .anyMatch(l -> l.endsWith("b-broken.json: broken symbolic link; not read"))
        .anyMatch(l -> l.endsWith("c-pipe.json: not a regular file (a named pipe); not read"));
    assertThat(r.err().lines().filter(l -> l.startsWith("cpd check: "))).hasSize(2);
    assertThat(r.out()).contains("a-good.json: compliant");
  }

  @Test
  void checkReportsEachNamedOnTheCommandLineAndChecksTheRest() {
    Run r =
        cpd("check", "--as-of", "2026-11-07", dir.resolve("b-broken.json").toString(), dir.resolve("c-pipe.json").toString(),
            dir.resolve("missing.json").toString(), good.toString());
    assertThat(r.exit()).isEqualTo(Main.ERROR);
    assertThat(r.err().lines()).hasSize(3);
    assertThat(r.err()).contains("missing.json: no such file or directory");
    assertThat(r.out()).contains("a-good.json: compliant");
  }

  @Test
  void scanAndValidateJsonDoTheSame() {
    Run scan = cpd("scan", dir.toString());
    assertThat(scan.exit()).isEqualTo(Main.ERROR);
    assertThat(scan.err().lines()).hasSize(2).allMatch(l -> l.startsWith("cpd scan: "));
    Run named = cpd("scan", dir.resolve("c-pipe.txt").toString(), text.toString());
    assertThat(named.exit()).isEqualTo(Main.ERROR);
    assertThat(named.err()).contains("c-pipe.txt: not a regular file (a named pipe); not read");
    Run validate = cpd("validate-json", dir.toString());
    assertThat(validate.exit()).isEqualTo(Main.ERROR);
    assertThat(validate.err().lines()).hasSize(2);
    assertThat(validate.out()).contains("valid   " + good);
  }

  @Test
  void summaryAndRedactRefuseAPipeWithoutOpeningIt() {
    Run summary = cpd("summary", dir.resolve("c-pipe.json").toString());
    assertThat(summary.exit()).isEqualTo(Main.ERROR);
    assertThat(summary.err().strip()).endsWith("c-pipe.json: not a regular file (a named pipe); not read");
    Run redact = cpd("redact", dir.resolve("b-broken.txt").toString());
    assertThat(redact.exit()).isEqualTo(Main.ERROR);
    assertThat(redact.err().strip()).endsWith("b-broken.txt: broken symbolic link; not read");
  }

  @Test
  void aFileWithoutReadPermissionIsReportedAndTheRestChecked() throws IOException {
    assumeTrue(!"root".equals(System.getProperty("user.name")), "not running as root, who may read anything");
    Path locked = dir.resolve("d-locked.json");
    Files.copy(good, locked);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-w-------"));
    Run r = cpd("check", "--as-of", "2026-11-07", locked.toString(), good.toString());
    assertThat(r.exit()).isEqualTo(Main.ERROR);
    assertThat(r.err()).contains("d-locked.json: cannot read: permission denied");
    assertThat(r.out()).contains("a-good.json: compliant");
  }

  @Test
  void aFileNameWithControlCharactersIsPrintedEscaped() throws IOException {
    Path odd = dir.resolve("e-\u001b[31m\nred.json");
    Files.writeString(odd, "{");
    Run r = cpd("validate-json", odd.toString());
    assertThat(r.exit()).isEqualTo(Main.FINDINGS);
    assertThat(r.out()).contains("e-\\u001B[31m\\nred.json:").doesNotContain("\u001b");
    assertThat(r.out().strip().lines()).hasSize(1);
  }
}
