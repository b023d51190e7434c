package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.Gen;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated values of every document type: they survive a round trip, what the writer emits
 * satisfies the published schema (checked by an independent validator), and documents carrying
 * random {@code x-} extensions are written back as they were read.
 */
class CpdJsonPropertyTest {
  private static final CpdJson JSON = CpdJson.standard();

  static Stream<Arguments> generators() {
    return Stream.of(
        Arguments.of(DocumentType.PORTFOLIO, CpdGenerators.portfolios()),
        Arguments.of(DocumentType.PORTFOLIO, CpdGenerators.portfoliosWithRecords()),
        Arguments.of(DocumentType.ENTRY, CpdGenerators.cpdEntries()),
        Arguments.of(DocumentType.SESSION, CpdGenerators.peerReflectionSessions()),
        Arguments.of(DocumentType.TOOLKIT, CpdGenerators.toolkits()),
        Arguments.of(DocumentType.TOOLKIT_RUN, CpdGenerators.toolkitRuns()),
        Arguments.of(DocumentType.STANDARDS_FRAMEWORK, CpdGenerators.standardsFrameworks()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  <T> void readOfWriteIsTheValue(DocumentType<T> type, Gen<T> gen) {
    PropertyCheck.fromSystemProperties()
        .withTries(500)
        .check(
            "json.round-trip." + type.name(),
            gen,
            value -> {
              assertThat(JSON.read(type, JSON.toBytes(type, value))).isEqualTo(value);
              assertThat(JSON.read(type, JSON.toJson(type, value))).isEqualTo(value);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  <T> void everyWrittenDocumentSatisfiesTheSchema(DocumentType<T> type, Gen<T> gen) {
    PropertyCheck.fromSystemProperties()
        .withTries(500)
        .check(
            "json.schema." + type.name(),
            gen,
            value -> assertThat(SchemaSupport.validate(type, JSON.toJson(type, value))).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  <T> void extensionsAreWrittenBackAsTheyWereRead(DocumentType<T> type, Gen<T> gen) {
    Gen<String> documents =
        random -> {
          ObjectNode doc = (ObjectNode) SchemaSupport.MAPPER.readTree(JSON.toJson(type, gen.next(random)));
          addExtensions(type, doc, random);
          return random.nextBoolean() ? doc.toString() : doc.toPrettyString();
        };
    PropertyCheck.fromSystemProperties()
        .withTries(300)
        .check(
            "json.extensions." + type.name(),
            documents,
            doc -> {
              T read = JSON.read(type, doc);
              JsonNode again = SchemaSupport.MAPPER.readTree(JSON.toJson(type, read));
              assertThat(again).isEqualTo(SchemaSupport.MAPPER.readTree(doc));
              assertThat(SchemaSupport.validate(type, doc)).isEmpty();
            });
  }

  /** Objects of each document that carry extensions, as JSON Pointer patterns ({@code *}: any index). */
  private static List<String> extensible(DocumentType<?> type) {
    if (type == DocumentType.PORTFOLIO) {
      return List.of(
          "", "/practitioner", "/entries/*", "/entries/*/peerReflection",
          "/entries/*/structuredReflection", "/entries/*/evidence/*");
    }
    if (type == DocumentType.ENTRY) {
      return List.of("", "/peerReflection", "/structuredReflection", "/evidence/*");
    }
    if (type == DocumentType.TOOLKIT_RUN) {
      return List.of("", "/toolkit", "/participants/*");
    }
    return List.of("");
  }

  static void addExtensions(DocumentType<?> type, ObjectNode doc, RandomGenerator random) {
    for (String pattern : extensible(type)) {
      for (JsonNode node : matching(doc, pattern)) {
        if (node instanceof ObjectNode o && random.nextInt(3) == 0) {
          int n = 1 + random.nextInt(3);
          for (int i = 0; i < n; i++) {
            o.set("x-" + name(random), SchemaSupport.MAPPER.readTree(RandomJson.value(random, 3)));
          }
        }
      }
    }
  }

  private static List<JsonNode> matching(JsonNode root, String pattern) {
    List<JsonNode> nodes = List.of(root);
    if (pattern.isEmpty()) {
      return nodes;
    }
    for (String part : pattern.substring(1).split("/")) {
      List<JsonNode> next = new java.util.ArrayList<>();
      for (JsonNode n : nodes) {
        if (part.equals("*") && n instanceof ArrayNode a) {
          a.forEach(next::add);
        } else if (n.has(part)) {
          next.add(n.get(part));
        }
      }
      nodes = next;
    }
    return nodes;
  }

  private static String name(RandomGenerator random) {
    String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(12);
    for (int i = 0; i < n; i++) {
      b.append(chars.charAt(random.nextInt(chars.length())));
    }
    return b.toString();
  }
}
