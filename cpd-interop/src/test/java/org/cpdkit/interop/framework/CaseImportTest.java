package org.cpdkit.interop.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.core.standard.StandardsFrameworks;
import org.junit.jupiter.api.Test;

class CaseImportTest {

  @Test
  void theShippedPackageReadsBackAsTheBuiltInFramework() throws IOException {
    try (InputStream in = CasePackages.openSocialWorkEngland2019()) {
      CaseImport read = CasePackages.read(in);
      assertThat(read.notices()).isEmpty();
      assertThat(read.framework()).isEqualTo(StandardsFrameworks.socialWorkEngland2019());
      assertThat(read.options()).isEqualTo(CasePackages.SOCIAL_WORK_ENGLAND_OPTIONS);
    }
  }

  @Test
  void aForeignPackageGivesGroupsAndStandardsAndListsWhatItLeavesBehind() throws IOException {
    CaseImport read;
    try (InputStream in = getClass().getResourceAsStream("foreign-package.json")) {
      read = CasePackages.read(in);
    }
    StandardsFramework f = read.framework();
    assertThat(f.id()).isEqualTo("case-0f6c3c4e-5b8e-4d0a-9a39-1e7a4c2b9d10");
    assertThat(f.title()).isEqualTo("Practice capability framework");
    assertThat(f.publisher()).isEqualTo("Example Council");
    assertThat(f.version()).isEqualTo("3");
    assertThat(f.groups()).singleElement().satisfies(g -> {
      assertThat(g.code()).isEqualTo("A");
      assertThat(g.title()).isEqualTo("Relationships");
      // Ordered by sequenceNumber, not by the order of the associations.
      assertThat(g.standards()).extracting(s -> s.code().value()).containsExactly("A.1", "A.2");
    });
    assertThat(f.standard(StandardCode.of("A.1")).orElseThrow().label()).contains("Trust");
    assertThat(read.options().baseUri()).isEqualTo("https://case.example.org/uri/");
    assertThat(read.options().lastChange()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(read.notices())
        .extracting(CaseNotice::pointer)
        .containsExactlyInAnyOrder(
            "/CFDocument/frameworkType",
            "/CFItems/0/CFItemType",
            "/CFItems/1/educationLevel",
            "/CFAssociations/3",
            "/CFAssociations/4",
            "/CFRubrics",
            "/CFItems/3",
            "/CFItems/4",
            "/CFDocument/identifier");
    assertThat(read.isComplete()).isFalse();
    assertThatThrownBy(read::requireComplete)
        .isInstanceOf(CaseFormatException.class)
        .hasMessageContaining("(and 8 more not carried across)");
  }

  @Test
  void aReExportOfAForeignFrameworkIsAValidPackage() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("foreign-package.json")) {
      CaseImport read = CasePackages.read(in);
      assertThat(CaseSchema.validate(CasePackages.toJson(read.framework(), read.options()))).isEmpty();
    }
  }

  @Test
  void badPackagesAreRefusedWithOneLineNamingWhere() {
    assertThatThrownBy(() -> CasePackages.read("{\"CFDocument\": {"))
        .isInstanceOf(CaseFormatException.class)
        .hasMessageStartingWith("the package: is not valid JSON (line 1");
    assertThatThrownBy(() -> CasePackages.read("[]"))
        .hasMessage("the package: must be a JSON object");
    assertThatThrownBy(() -> CasePackages.read("{\"CFItems\": []}"))
        .hasMessage("the package: is missing CFDocument");
    assertThatThrownBy(() -> CasePackages.read("{\"CFDocument\": {\"identifier\": \"a\", \"identifier\": \"b\"}}"))
        .hasMessageStartingWith("the package: is not valid JSON");
    String noStatement = CasePackages.toJson(StandardsFrameworks.socialWorkEngland2019())
        .replaceFirst("\"fullStatement\": \"[^\"]*\",", "");
    assertThatThrownBy(() -> CasePackages.read(noStatement))
        .isInstanceOf(CaseFormatException.class)
        .hasMessage("/CFItems/0: is missing fullStatement")
        .extracting(e -> ((CaseFormatException) e).pointer())
        .isEqualTo("/CFItems/0");
    String badTime = CasePackages.toJson(StandardsFrameworks.socialWorkEngland2019())
        .replaceFirst("\"lastChangeDateTime\": \"[^\"]*\"", "\"lastChangeDateTime\": \"yesterday\"");
    assertThatThrownBy(() -> CasePackages.read(badTime))
        .hasMessage("/CFDocument/lastChangeDateTime: must be a date-time such as 2025-01-01T00:00:00Z");
  }

  @Test
  void aStandardWhoseCodeIsNotInItsGroupIsNotedNotDropped() {
    String json = CasePackages.toJson(StandardsFrameworks.socialWorkEngland2019())
        .replace("\"humanCodingScheme\": \"4.6\"", "\"humanCodingScheme\": \"9.6\"");
    CaseImport read = CasePackages.read(json);
    assertThat(read.framework().contains(StandardCode.of("4.6"))).isFalse();
    assertThat(read.notices())
        .singleElement()
        .satisfies(n -> {
          assertThat(n.pointer()).matches("/CFItems/\\d+");
          assertThat(n.message()).startsWith("has a code that does not start with its group's code 4");
        });
  }
}
