package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RulePacks;
import org.cpdkit.rules.team.TeamCheck;
import org.cpdkit.rules.team.TeamReport;
import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.Gen;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An application's own {@code JsonMapper} with {@link CpdJacksonModule} reads and writes what the
 * facade reads and writes, on generated values of every document type, with the same extensions
 * and the same errors.
 */
class CpdJacksonModuleTest {
  private static final CpdJson JSON = CpdJson.standard();
  private static final CpdJson COMPACT = CpdJson.builder().pretty(false).build();
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CpdJacksonModule()).build();

  /** An application's own type holding a cpdkit document. */
  record Upload(String user, Portfolio portfolio) {}

  static Stream<Arguments> generators() {
    Gen<Report> reports = CpdGenerators.portfolios().map(p -> RulePacks.get("swe-2026").check(p, LocalDate.of(2026, 11, 7)));
    Gen<TeamReport> teams = CpdGenerators.portfolios().list(0, 4)
        .map(ps -> TeamCheck.of(RulePacks.registrationPack("swe-2026")).check(ps, LocalDate.of(2026, 11, 7)));
    return Stream.concat(
        CpdJsonPropertyTest.generators(),
        Stream.of(Arguments.of(DocumentType.REPORT, reports), Arguments.of(DocumentType.TEAM_REPORT, teams)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  <T> void theMapperWritesAndReadsWhatTheFacadeDoes(DocumentType<T> type, Gen<T> gen) {
    PropertyCheck.fromSystemProperties().withTries(150).check("jackson-module." + type.name(), gen, value -> {
      String facade = COMPACT.toJson(type, value);
      assertThat(MAPPER.writeValueAsString(value) + "\n").isEqualTo(facade);
      assertThat(MAPPER.readValue(facade, type.javaType())).isEqualTo(value);
      assertThat(MAPPER.readValue(JSON.toJson(type, value), type.javaType())).isEqualTo(value);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.cpdkit.json.CpdJsonPropertyTest#generators")
  <T> void extensionsSurviveTheMapperAsTheyDoTheFacade(DocumentType<T> type, Gen<T> gen) {
    Gen<String> documents = random -> {
      ObjectNode doc = (ObjectNode) SchemaSupport.MAPPER.readTree(JSON.toJson(type, gen.next(random)));
      CpdJsonPropertyTest.addExtensions(type, doc, random);
      return doc.toString();
    };
    PropertyCheck.fromSystemProperties().withTries(100).check("jackson-module.extensions." + type.name(), documents, doc -> {
      T viaMapper = MAPPER.readValue(doc, type.javaType());
      assertThat(viaMapper).isEqualTo(JSON.read(type, doc));
      JsonNode again = SchemaSupport.MAPPER.readTree(MAPPER.writeValueAsString(viaMapper));
      assertThat(again).isEqualTo(SchemaSupport.MAPPER.readTree(doc));
    });
  }

  @Test
  void aDocumentInsideTheApplicationsOwnJsonIsReadAndWrittenTheSame() {
    PropertyCheck.forAll("jackson-module.nested", CpdGenerators.portfolios(), p -> {
      Upload upload = new Upload("someone", p);
      String text = MAPPER.writeValueAsString(upload);
      assertThat(MAPPER.readValue(text, Upload.class)).isEqualTo(upload);
      JsonNode tree = SchemaSupport.MAPPER.readTree(text);
      assertThat(tree.get("portfolio")).isEqualTo(SchemaSupport.MAPPER.readTree(COMPACT.toJson(DocumentType.PORTFOLIO, p)));
    });
  }

  private static final Set<String> FORMAT_ERRORS = Set.of(
      "unknown-property", "missing-property", "wrong-type", "invalid-value", "duplicate-property",
      "unknown-format", "unsupported-format");

  static Stream<Arguments> malformed() {
    return MalformedCorpusTest.expectations().stream()
        .filter(x -> !x.file().startsWith("@") && !x.document().equals("any") && FORMAT_ERRORS.contains(x.code()))
        // A byte order mark is the facade's to skip in bytes; a mapper reads text without one.
        .filter(x -> !x.file().startsWith("bom-"))
        .map(x -> Arguments.of(x.file(), x));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void aBrokenDocumentFailsAsItDoesWithTheFacade(String file, MalformedCorpusTest.Expectation x) throws Exception {
    DocumentType<?> type = DocumentType.byName("cpdkit." + x.document()).orElseThrow();
    String doc = Files.readString(MalformedCorpusTest.DIR.resolve(file), StandardCharsets.UTF_8);
    CpdFormatException facade = catchThrowableOfType(CpdFormatException.class, () -> JSON.read(type, doc));
    CpdFormatException root = cpdError(catchThrowable(() -> MAPPER.readValue(doc, type.javaType())));
    assertThat(new Object[] {root.kind(), root.pointer(), root.detail()})
        .as(file).containsExactly(facade.kind(), facade.pointer(), facade.detail());
    if (type == DocumentType.PORTFOLIO) {
      String wrapped = "{\"user\": \"someone\",\n \"portfolio\": " + doc + "}";
      CpdFormatException nested = cpdError(catchThrowable(() -> MAPPER.readValue(wrapped, Upload.class)));
      assertThat(new Object[] {nested.kind(), nested.pointer(), nested.detail()})
          .as(file + " nested").containsExactly(facade.kind(), "/portfolio" + facade.pointer(), facade.detail());
      assertThat(nested.line()).isEqualTo(2);
    }
  }

  private static CpdFormatException cpdError(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof CpdFormatException) {
        return (CpdFormatException) c;
      }
    }
    throw new AssertionError("no CpdFormatException in " + t, t);
  }
}
