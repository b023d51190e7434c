package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed documents in {@code malformed/}, each with the error it must give:
 * {@code expectations.tsv} lists file, document type, error code, JSON Pointer, line and column.
 * Files named {@code @…} are generated here because they are too large to commit.
 */
class MalformedCorpusTest {
  static final Path DIR = Paths.get("src/test/resources/org/cpdkit/json/malformed");
  private static final CpdJson JSON = CpdJson.standard();

  record Expectation(String file, String document, String code, String pointer, int line, int column) {}

  static List<Expectation> expectations() {
    try {
      List<Expectation> rows = new ArrayList<>();
      for (String line : Files.readAllLines(DIR.resolve("expectations.tsv"), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        rows.add(new Expectation(c[0], c[1], c[2], c[3], Integer.parseInt(c[4]), Integer.parseInt(c[5])));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> corpus() {
    return expectations().stream().map(e -> Arguments.of(e.file(), e));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachMalformedDocumentFailsWithItsLocation(String file, Expectation expected) {
    CpdFormatException e = catchThrowableOfType(CpdFormatException.class, () -> read(expected));
    assertThat(e).as(file).isNotNull();
    assertThat(new Object[] {e.code(), e.pointer(), e.line(), e.column()})
        .as(file + ": " + e.getMessage())
        .containsExactly(expected.code(), expected.pointer(), expected.line(), expected.column());
    assertThat(e.getMessage())
        .as("one line")
        .doesNotContain("\n")
        .startsWith(e.source().orElse("<input>") + ":" + e.line() + ":" + e.column() + ": ")
        .doesNotContain("Jackson")
        .doesNotContain("tools.jackson");
  }

  @Test
  void theCorpusIsLargeAndEveryFileHasAnExpectation() throws IOException {
    List<String> listed = expectations().stream().map(Expectation::file).toList();
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> onDisk =
          files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).toList();
      assertThat(listed).containsAll(onDisk);
    }
    assertThat(listed).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
  }

  @Test
  void freeTextIsNeverEchoed() {
    for (Expectation x : expectations()) {
      CpdFormatException e = catchThrowableOfType(CpdFormatException.class, () -> read(x));
      assertThat(e.getMessage())
          .as(x.file())
          .doesNotContain("Signs of neglect")
          .doesNotContain("Course on neglect")
          .doesNotContain("Attended");
    }
  }

  private static Object read(Expectation x) throws IOException {
    DocumentType<?> type =
        x.document().equals("any") ? null : DocumentType.byName("cpdkit." + x.document()).orElseThrow();
    if (x.file().startsWith("@")) {
      byte[] bytes = generated(x.file());
      return type == null ? JSON.readAny(bytes) : JSON.read(type, bytes, x.file());
    }
    Path path = DIR.resolve(x.file());
    if (type == null) {
      return JSON.readAny(path);
    }
    try (InputStream in = Files.newInputStream(path)) {
      return JSON.read(type, in, x.file());
    }
  }

  /** Inputs too large to commit. */
  private static byte[] generated(String name) {
    String head = "{\"$format\":\"cpdkit.portfolio/1\",\n\"x-big\":";
    switch (name) {
      case "@string-over-limit":
        return (head + "\"" + "a".repeat(1_000_001) + "\"}").getBytes(StandardCharsets.UTF_8);
      case "@document-over-limit":
        return (head + "[" + "1,".repeat(9_000_000) + "1]}").getBytes(StandardCharsets.UTF_8);
      case "@name-over-limit":
        return ("{\"$format\":\"cpdkit.portfolio/1\",\n\"x-" + "a".repeat(1_000) + "\":1}").getBytes(StandardCharsets.UTF_8);
      default:
        throw new IllegalArgumentException(name);
    }
  }
}
