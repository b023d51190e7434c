package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.cpdkit.core.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The committed schema files are exactly what {@link SchemaGenerator} produces from the format's
 * property lists and {@link Limits}; the copy in docs/schema is identical to the one in the jar.
 * Run with {@code -Dcpdkit.schema.update=true} to rewrite both after a deliberate change.
 */
class SchemaFilesTest {
  static final Path MAIN = Paths.get("src/main/resources/org/cpdkit/json/schema");
  static final Path DOCS = Paths.get("../docs/schema");
  private static final SchemaGenerator GENERATOR = new SchemaGenerator();

  static Stream<DocumentType<?>> types() {
    return DocumentType.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void committedSchemaIsTheGeneratedOneAndTheDocsCopyIsIdentical(DocumentType<?> type) throws IOException {
    String generated = GENERATOR.schemaText(type);
    Path main = MAIN.resolve(type.schemaFileName());
    Path docs = DOCS.resolve(type.schemaFileName());
    if (Boolean.getBoolean("cpdkit.schema.update")) {
      Files.createDirectories(MAIN);
      Files.createDirectories(DOCS);
      Files.writeString(main, generated);
      Files.writeString(docs, generated);
    }
    assertThat(Files.readString(main)).isEqualTo(generated);
    assertThat(Files.readAllBytes(docs)).isEqualTo(Files.readAllBytes(main));
    try (InputStream in = type.openSchema()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(generated);
    }
  }

  @Test
  void committedCheckSchemaIsTheGeneratedOneAndTheDocsCopyIsIdentical() throws IOException {
    String generated = GENERATOR.checkSchemaText();
    Path main = MAIN.resolve(CheckResultsWriter.SCHEMA_FILE_NAME);
    Path docs = DOCS.resolve(CheckResultsWriter.SCHEMA_FILE_NAME);
    if (Boolean.getBoolean("cpdkit.schema.update")) {
      Files.writeString(main, generated);
      Files.writeString(docs, generated);
    }
    assertThat(Files.readString(main)).isEqualTo(generated);
    assertThat(Files.readAllBytes(docs)).isEqualTo(Files.readAllBytes(main));
    try (InputStream in = CheckResultsWriter.openSchema()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(generated);
    }
    JsonNode s = new ObjectMapper().readTree(generated);
    assertThat(s.at("/$id").asString()).isEqualTo(CheckResultsWriter.schemaId());
    assertThat(s.at("/properties/$format/const").asString()).isEqualTo(CheckResultsWriter.FORMAT);
  }

  @Test
  void schemaFiguresAreTheLimitsConstants() throws IOException {
    JsonNode s = new ObjectMapper().readTree(Files.readString(MAIN.resolve("portfolio-1.schema.json")));
    JsonNode entry = s.at("/$defs/CpdEntry/properties");
    assertThat(entry.at("/title/maxLength").asInt()).isEqualTo(Limits.MAX_LABEL_LENGTH);
    assertThat(entry.at("/whatILearned/maxLength").asInt()).isEqualTo(Limits.MAX_TEXT_LENGTH);
    assertThat(entry.at("/id/pattern").asString()).isEqualTo("^" + Limits.ID_REGEX + "$");
    assertThat(entry.at("/standards/items/pattern").asString()).isEqualTo("^" + Limits.STANDARD_CODE_REGEX + "$");
    assertThat(s.at("/$defs/Practitioner/properties/registrationNumber/pattern").asString())
        .isEqualTo("^" + Limits.REGISTRATION_NUMBER_REGEX + "$");
    assertThat(s.at("/$defs/CpdEntry/patternProperties").propertyNames())
        .containsExactly("^" + Limits.EXTENSION_KEY_REGEX + "$");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void everySchemaNamesItsFormatAndDialect(DocumentType<?> type) throws IOException {
    JsonNode s = new ObjectMapper().readTree(Files.readString(MAIN.resolve(type.schemaFileName())));
    assertThat(s.at("/$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(s.at("/$id").asString()).isEqualTo(type.schemaId());
    if (type.minorVersion() == 0) {
      assertThat(s.at("/properties/$format/const").asString()).isEqualTo(type.format());
    } else {
      java.util.List<String> accepted = new java.util.ArrayList<>();
      s.at("/properties/$format/enum").forEach(n -> accepted.add(n.asString()));
      assertThat(accepted).contains(type.format(), type.name() + "/1").isEqualTo(type.formatsRead());
    }
  }
}
