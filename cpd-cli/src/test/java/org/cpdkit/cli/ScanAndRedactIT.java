package org.cpdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpdkit.cli.CpdProcess.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScanAndRedactIT {

  private static final String IDENTIFYING =
      "I visited Tyler (7) at 14 Elm Road, M1 1AE. Call 07700 900123 or j.smith@example.org.\n";
  private static final String CLEAN =
      "Child A and her mother talked about the Section 47 enquiry; Munro (2011) helped me think.\n";

  private static Path dir;

  @BeforeAll
  static void files() throws IOException {
    dir = CpdProcess.tempDir();
    Files.writeString(dir.resolve("identifying.txt"), IDENTIFYING, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("clean.txt"), CLEAN, StandardCharsets.UTF_8);
    Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9, '\n'});
    Files.createDirectories(dir.resolve("notes"));
    Files.writeString(dir.resolve("notes/a.md"), IDENTIFYING, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes/ignored.json"), "{}", StandardCharsets.UTF_8);
  }

  @Test
  void cleanTextExitsZero() {
    Result r = CpdProcess.run(dir, "scan", "clean.txt");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("No identifiers found");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void identifiersExitOneAndAreMaskedInTheTextView() {
    Result r = CpdProcess.run(dir, "scan", "identifying.txt");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("identifying.txt:1:11: PERSON_NAME", "EMAIL", "PHONE", "POSTCODE", "STREET_ADDRESS")
        .doesNotContain("Tyler", "Elm Road", "07700 900123", "j.smith@example.org", "M1 1AE");
  }

  @Test
  void jsonFollowsTheContract() {
    Result r = CpdProcess.run(dir, "scan", "--format", "json", "identifying.txt", "clean.txt");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().strip())
        .startsWith("{\"files\":[{\"path\":\"identifying.txt\",\"findings\":[{\"kind\":\"PERSON_NAME\",\"start\":10,\"end\":15,\"text\":\"Tyler\"}")
        .contains("{\"kind\":\"EMAIL\",\"start\":65,\"end\":84,\"text\":\"j.smith@example.org\"}")
        .endsWith("{\"path\":\"clean.txt\",\"findings\":[]}]}");
  }

  @Test
  void directoriesContributeTextAndMarkdownFiles() {
    Result r = CpdProcess.run(dir, "scan", "--format", "json", "notes");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("a.md").doesNotContain("ignored.json");
  }

  @Test
  void invalidUtf8IsAnErrorNamingTheFile() {
    Result r = CpdProcess.run(dir, "scan", "latin1.txt");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("cpd scan: latin1.txt: not valid UTF-8 at byte 3");
  }

  @Test
  void missingFileIsAnError() {
    Result r = CpdProcess.run(dir, "scan", "nope.txt");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("cpd scan: nope.txt: no such file or directory");
  }

  @Test
  void redactReplacesEveryIdentifier() {
    Result r = CpdProcess.run(dir, "redact", "identifying.txt");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .isEqualTo("I visited [PERSON 1] (7) at [ADDRESS 1], [POSTCODE 1]. Call [PHONE 1] or [EMAIL 1].\n");
  }

  @Test
  void redactedOutputScansClean() throws IOException {
    Result redacted = CpdProcess.run(dir, "redact", "identifying.txt");
    Files.writeString(dir.resolve("redacted.txt"), redacted.out(), StandardCharsets.UTF_8);
    assertThat(CpdProcess.run(dir, "scan", "redacted.txt").exit()).isZero();
  }

  @Test
  void redactNeedsExactlyOneFile() {
    Result r = CpdProcess.run(dir, "redact");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
  }
}
