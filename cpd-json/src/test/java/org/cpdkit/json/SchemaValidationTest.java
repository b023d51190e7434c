package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The golden documents satisfy the schema; malformed ones that JSON Schema can describe fail both. */
class SchemaValidationTest {
  static Stream<Arguments> golden() {
    return Examples.all().stream().map(a -> Arguments.of(a[2], a[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void goldenDocumentsAreValid(String name, DocumentType<?> type) throws IOException {
    String json = Files.readString(GoldenFilesTest.DIR.resolve(name + ".json"));
    assertThat(SchemaSupport.validate(type, json)).isEmpty();
  }

  /**
   * Corpus documents that are well-formed JSON and break a rule the schema states (names, types,
   * required properties, codes, patterns, lengths), so both the reader and the schema must reject
   * them. Rules between properties (an end before its start, unique ids) are the reader's alone.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "typo-what-i-learnt.json",
        "typo-practitioners.json",
        "unknown-property.json",
        "format-missing.json",
        "format-other-document.json",
        "format-unknown.json",
        "format-future-version.json",
        "format-not-string.json",
        "missing-practitioner.json",
        "missing-entry-id.json",
        "missing-registration-number.json",
        "wrong-type-title-number.json",
        "wrong-type-entries-object.json",
        "wrong-type-participatory-string.json",
        "wrong-type-title-null.json",
        "wrong-type-root-array.json",
        "wrong-type-standards-string.json",
        "date-february-30.json",
        "date-british-format.json",
        "date-month-13.json",
        "date-with-time.json",
        "duration-words.json",
        "duration-weeks.json",
        "duration-negative.json",
        "code-underscore.json",
        "code-regulator-unknown.json",
        "invariant-blank-title.json",
        "invariant-bad-id.json",
        "invariant-bad-registration-number.json",
        "invariant-duplicate-tags.json",
        "standard-code-invalid.json",
        "section-unknown.json",
        "uri-invalid.json",
        "extension-bad-name.json",
        "session-participant-extension.json",
        "session-format-typo.json",
        "entry-format-missing.json",
        "entry-text-too-long.json"
      })
  void malformedDocumentsAreRejectedByTheReaderAndTheSchema(String file) throws IOException {
    MalformedCorpusTest.Expectation x =
        MalformedCorpusTest.expectations().stream().filter(e -> e.file().equals(file)).findFirst().orElseThrow();
    DocumentType<?> type = DocumentType.byName("cpdkit." + x.document()).orElseThrow();
    byte[] bytes = Files.readAllBytes(MalformedCorpusTest.DIR.resolve(file));
    assertThatThrownBy(() -> CpdJson.standard().read(type, bytes))
        .isInstanceOf(CpdFormatException.class);
    assertThat(SchemaSupport.validate(type, new String(bytes, StandardCharsets.UTF_8)))
        .as(file)
        .isNotEmpty();
  }
}
