package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {
  private static final CpdJson JSON = CpdJson.standard();

  static Stream<Arguments> examples() {
    return Examples.all().stream().map(a -> Arguments.of(a[2], a[0], a[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @SuppressWarnings("unchecked")
  <T> void readOfWriteIsTheValue(String name, DocumentType<T> type, Object value) {
    T v = (T) value;
    String text = JSON.toJson(type, v);
    assertThat(JSON.read(type, text)).isEqualTo(v);
    assertThat(JSON.read(type, new StringReader(text))).isEqualTo(v);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JSON.write(type, v, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(JSON.read(type, new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(v);
    assertThat(JSON.readAny(text).type()).isSameAs(type);
    assertThat(JSON.readAny(text).as(type)).contains(v);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @SuppressWarnings("unchecked")
  <T> void compactOutputReadsTheSame(String name, DocumentType<T> type, Object value) {
    T v = (T) value;
    CpdJson compact = CpdJson.builder().pretty(false).build();
    String text = compact.toJson(type, v);
    assertThat(text).doesNotContain("\n  ").endsWith("}\n");
    assertThat(JSON.read(type, text)).isEqualTo(v);
  }
}
