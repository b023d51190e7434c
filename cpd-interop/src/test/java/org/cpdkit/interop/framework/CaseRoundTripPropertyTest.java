package org.cpdkit.interop.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.api.Test;

/** Generated frameworks make the round trip through CASE unchanged, and so do the packages. */
class CaseRoundTripPropertyTest {

  @Test
  void importOfExportIsTheFramework() {
    PropertyCheck.fromSystemProperties()
        .withTries(500)
        .check(
            "case.round-trip",
            CpdGenerators.standardsFrameworks(),
            f -> {
              CaseImport read = CasePackages.read(CasePackages.toJson(f));
              assertThat(read.notices()).isEmpty();
              assertThat(read.framework()).isEqualTo(f);
            });
  }

  @Test
  void exportOfImportIsThePackage() {
    CaseOptions options =
        CaseOptions.builder()
            .baseUri("https://standards.example.org/case/")
            .lastChange(Instant.parse("2025-06-30T12:00:00Z"))
            .language("en-GB")
            .officialSourceUrl("https://example.org/standards")
            .adoptionStatus("Draft")
            .notes("Test framework")
            .build();
    PropertyCheck.fromSystemProperties()
        .withTries(300)
        .check(
            "case.package-round-trip",
            CpdGenerators.standardsFrameworks(),
            f -> {
              String json = CasePackages.toJson(f, options);
              CaseImport read = CasePackages.read(json);
              assertThat(read.options()).isEqualTo(options);
              assertThat(CasePackages.toJson(read.framework(), read.options())).isEqualTo(json);
            });
  }
}
