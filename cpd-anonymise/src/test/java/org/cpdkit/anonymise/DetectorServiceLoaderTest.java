package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetectorServiceLoaderTest {
  private static final String TEXT = "The household file HH 4471 was closed.";

  @Test
  void aDetectorRegisteredAsAServiceIsLoaded() {
    IdentifierScanner scanner =
        IdentifierScanner.builder()
            .loadDetectors(DetectorServiceLoaderTest.class.getClassLoader())
            .build();
    assertThat(scanner.scan(TEXT))
        .extracting(IdentifierFinding::kind, IdentifierFinding::start, IdentifierFinding::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                IdentifierKind.CASE_REFERENCE, TEXT.indexOf("HH"), "household-number"));
  }

  @Test
  void withoutLoadingTheFormatIsNotFound() {
    assertThat(IdentifierScanner.standard().scan(TEXT)).isEmpty();
  }
}
