package org.cpdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpdkit.cli.CpdProcess.Result;
import org.junit.jupiter.api.Test;

class SummaryValidatePacksIT {

  @Test
  void summaryShowsProgressAndAStandardsChart() {
    Result r = CpdProcess.run("summary", "--as-of", "2026-11-07", "examples/portfolio-missing-peer-reflection.json");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("1 December 2025 to 30 November 2026 (current): 2 entries, 0 with peer reflection")
        .contains("requirement not met (swe-2026)")
        .contains("✗ At least 1 piece of CPD including a peer reflection")
        .contains("Standards covered")
        .containsPattern("4 +Maintain my continuing professional develop.* [·█]{8} \\d of 8");
  }

  @Test
  void summaryOfAMissingFileIsAnError() {
    Result r = CpdProcess.run("summary", "nope.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void everyExampleIsAValidDocument() {
    Result r = CpdProcess.run("validate-json", "examples");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("(cpdkit.session/1.1)", "(cpdkit.toolkit-run/1.1)", "(cpdkit.toolkit/1)", "(cpdkit.portfolio/1.2)");
  }

  @Test
  void invalidDocumentsExitOneWithTheirLocation() throws IOException {
    Path dir = CpdProcess.tempDir();
    Files.writeString(dir.resolve("bad.json"), "{\"$format\": \"cpdkit.entry/1\", \"id\": \"e1\", \"title\": \"T\", \"activityType\": \"course\", \"date\": \"2026-02-30\"}", StandardCharsets.UTF_8);
    Result r = CpdProcess.run(dir, "validate-json", "bad.json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("invalid bad.json:1:", "/date");
  }

  @Test
  void unreadablePathExitsTwo() {
    Result r = CpdProcess.run("validate-json", "no-such-dir");
    assertThat(r.exit()).isEqualTo(2);
  }

  @Test
  void packsListsEveryBuiltInPack() {
    Result r = CpdProcess.run("packs");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("swe-2025", "swe-2026", "swe-2027", "sssc", "scw", "niscc", "hcpc", "nmc");
  }
}
