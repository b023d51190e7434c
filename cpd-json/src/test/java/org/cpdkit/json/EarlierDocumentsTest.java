package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpdkit.core.session.PeerReflectionSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents written before the format gained its newer optional properties, kept as they were
 * written: each still reads, and writing it back keeps everything it held.
 */
class EarlierDocumentsTest {
  static final Path DIR = Paths.get("src/test/resources/org/cpdkit/json/earlier");
  private static final CpdJson JSON = CpdJson.standard();

  static List<Path> documents() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void anEarlierDocumentStillReadsAndKeepsWhatItHeld(Path file) throws IOException {
    Document d = JSON.readAny(file);
    Document again = JSON.readAny(write(d.type(), d.value()));
    assertThat(again.value()).isEqualTo(d.value());
  }

  @Test
  void anEarlierSessionKeepsItsPlainFeedbackLists() throws IOException {
    PeerReflectionSession s = JSON.read(DocumentType.SESSION, DIR.resolve("session.json"));
    assertThat(s.feedback()).containsExactly("Clear case summary.");
    assertThat(s.feedforward()).containsExactly("Bring the genogram next time.");
    assertThat(s.peerFeedback()).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static <T> byte[] write(DocumentType<T> type, Object value) {
    return JSON.toBytes(type, (T) value);
  }
}
