package org.cpdkit.interop.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.core.standard.StandardsFrameworks;
import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CaseExportTest {
  private static final StandardsFramework SWE = StandardsFrameworks.socialWorkEngland2019();

  @Test
  void theSocialWorkEnglandPackageSatisfiesTheOfficialSchema() {
    String json = CasePackages.toJson(SWE, CasePackages.SOCIAL_WORK_ENGLAND_OPTIONS);
    assertThat(CaseSchema.validate(json)).isEmpty();
    JsonNode doc = CaseSchema.MAPPER.readTree(json);
    assertThat(doc.at("/CFItems").size()).isEqualTo(6 + 50);
    assertThat(doc.at("/CFAssociations").size()).isEqualTo(6 + 50);
    assertThat(doc.at("/CFDocument/caseVersion").asString()).isEqualTo("1.1");
    assertThat(doc.at("/CFDocument/creator").asString()).isEqualTo("Social Work England");
  }

  @Test
  void theShippedResourceIsWhatTheExporterWrites() throws IOException {
    try (InputStream in = CasePackages.openSocialWorkEngland2019()) {
      String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(shipped).isEqualTo(CasePackages.toJson(SWE, CasePackages.SOCIAL_WORK_ENGLAND_OPTIONS));
    }
  }

  @Test
  void twoExportsAreTheSameBytes() {
    assertThat(CasePackages.toJson(SWE)).isEqualTo(CasePackages.toJson(SWE));
  }

  @Test
  void standardsKeepTheirUrisWhateverElseChanges() {
    CaseOptions later = CaseOptions.builder().lastChange(Instant.parse("2030-01-01T00:00:00Z")).notes("Revised").build();
    JsonNode a = CaseSchema.MAPPER.readTree(CasePackages.toJson(SWE));
    JsonNode b = CaseSchema.MAPPER.readTree(CasePackages.toJson(SWE, later));
    assertThat(b.at("/CFItems")).hasSameSizeAs(a.at("/CFItems"));
    for (int i = 0; i < a.at("/CFItems").size(); i++) {
      assertThat(b.at("/CFItems/" + i + "/uri")).isEqualTo(a.at("/CFItems/" + i + "/uri"));
    }
    assertThat(CaseOptions.defaults().standardUri(SWE, StandardCode.of("4.6")))
        .isEqualTo(itemUri(a, "4.6"))
        .startsWith(CaseOptions.DEFAULT_BASE_URI);
  }

  @Test
  void identifiersAreVersionFiveUuidsAndUnique() {
    JsonNode doc = CaseSchema.MAPPER.readTree(CasePackages.toJson(SWE));
    Set<String> seen = new HashSet<>();
    for (String path : new String[] {"/CFItems", "/CFAssociations", "/CFDefinitions/CFItemTypes"}) {
      for (JsonNode n : doc.at(path)) {
        UUID id = UUID.fromString(n.get("identifier").asString());
        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(seen.add(id.toString())).as("unique %s", id).isTrue();
      }
    }
  }

  @Test
  void aNewVersionGetsNewIdentifiers() {
    StandardsFramework next = SWE.withVersion("2027");
    assertThat(CaseOptions.standardId(next, StandardCode.of("4.1")))
        .isNotEqualTo(CaseOptions.standardId(SWE, StandardCode.of("4.1")));
  }

  @Test
  void everyGeneratedFrameworkExportsToAValidPackage() {
    PropertyCheck.fromSystemProperties()
        .withTries(300)
        .check(
            "case.schema",
            CpdGenerators.standardsFrameworks(),
            f -> assertThat(CaseSchema.validate(CasePackages.toJson(f))).isEmpty());
  }

  @Test
  void theSchemaCatchesTheMistakesItShould() {
    ObjectNode pkg = (ObjectNode) CaseSchema.MAPPER.readTree(CasePackages.toJson(SWE));
    ObjectNode typo = pkg.deepCopy();
    ((ObjectNode) typo.at("/CFAssociations/0")).put("associationType", "isChildof");
    assertThat(CaseSchema.validate(typo)).isNotEmpty();
    ObjectNode notUuid = pkg.deepCopy();
    ((ObjectNode) notUuid.at("/CFItems/0")).put("identifier", "item-4-1");
    assertThat(CaseSchema.validate(notUuid)).isNotEmpty();
    ObjectNode unknown = pkg.deepCopy();
    ((ObjectNode) unknown.at("/CFDocument")).put("CFDocumentURI", "x");
    assertThat(CaseSchema.validate(unknown)).isNotEmpty();
    ObjectNode noStatement = pkg.deepCopy();
    ((ObjectNode) noStatement.at("/CFItems/3")).remove("fullStatement");
    assertThat(CaseSchema.validate(noStatement)).isNotEmpty();
  }

  @Test
  void badOptionsAreRefusedWithOneLine() {
    assertThatThrownBy(() -> CaseOptions.builder().baseUri("https://example.org/case"))
        .hasMessage("CaseOptions.baseUri: must end with / (was https://example.org/case)");
    assertThatThrownBy(() -> CaseOptions.builder().baseUri("case/uri/"))
        .hasMessageStartingWith("CaseOptions.baseUri: must be an absolute http or https URI");
  }

  private static String itemUri(JsonNode doc, String code) {
    for (JsonNode item : doc.at("/CFItems")) {
      if (item.get("humanCodingScheme").asString().equals(code) && item.get("CFItemType").asString().equals("Standard")) {
        return item.get("uri").asString();
      }
    }
    throw new AssertionError("no item " + code);
  }
}
