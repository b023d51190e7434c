package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixed example documents, committed: each is read into the expected value and written back byte
 * for byte. A change of format is a deliberate change of these files (run with {@code
 * -Dcpdkit.golden.update=true} to rewrite them) and of the CHANGELOG.
 */
class GoldenFilesTest {
  static final Path DIR = Paths.get("src/test/resources/org/cpdkit/json/golden");
  private static final CpdJson JSON = CpdJson.standard();

  static Stream<Arguments> examples() {
    return Examples.all().stream().map(a -> Arguments.of(a[2], a[0], a[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @SuppressWarnings("unchecked")
  <T> void goldenFileReadsAndWritesByteForByte(String name, DocumentType<T> type, Object value)
      throws IOException {
    Path file = DIR.resolve(name + ".json");
    byte[] written = JSON.toBytes(type, (T) value);
    if (Boolean.getBoolean("cpdkit.golden.update")) {
      Files.createDirectories(DIR);
      Files.write(file, written);
    }
    byte[] golden = Files.readAllBytes(file);
    T read = JSON.read(type, file);
    assertThat(read).isEqualTo(value);
    assertThat(new String(JSON.toBytes(type, read), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(golden, java.nio.charset.StandardCharsets.UTF_8));
  }
}
