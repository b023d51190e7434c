package org.cpdkit.testing.rules.anonymisation;

import org.cpdkit.rules.anonymisation.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cpdkit.testing.junit.PropertyCheck;
import org.cpdkit.testing.text.PlantedSpan;
import org.cpdkit.testing.text.PlantedText;
import org.cpdkit.testing.text.ReflectionTexts;
import org.junit.jupiter.api.Test;

/** Over generated reflections with planted identifiers: what the scanner and redactor promise. */
class IdentifierScannerPropertyTest {
  private static final IdentifierScanner SCANNER = IdentifierScanner.standard();

  @Test
  void everyPlantedIdentifierIsFoundWithItsExactSpan() {
    PropertyCheck.forAll(
        "every planted identifier is found with its exact span",
        ReflectionTexts.withIdentifiers(),
        planted -> {
          List<IdentifierFinding> found = SCANNER.scan(planted.text());
          for (PlantedSpan p : planted.spans()) {
            assertThat(found)
                .as("planted %s at %d..%d", p.kind(), p.start(), p.end())
                .anyMatch(
                    f -> f.kind() == p.kind() && f.start() == p.start() && f.end() == p.end());
          }
        });
  }

  @Test
  void nothingIsFoundOutsideThePlantedSpans() {
    PropertyCheck.forAll(
        "nothing is found outside the planted spans",
        ReflectionTexts.withIdentifiers(),
        planted -> {
          for (IdentifierFinding f : SCANNER.scan(planted.text())) {
            assertThat(planted.spans())
                .as("finding %s at %d..%d", f.kind(), f.start(), f.end())
                .anyMatch(p -> p.start() < f.end() && f.start() < p.end());
          }
        });
  }

  @Test
  void anonymisedTextsScanClean() {
    PropertyCheck.forAll(
        "anonymised texts scan clean",
        ReflectionTexts.anonymised(),
        text -> assertThat(SCANNER.scan(text)).isEmpty());
  }

  @Test
  void redactedOutputScansClean() {
    Redactor redactor = Redactor.of(SCANNER);
    PropertyCheck.forAll(
        "redacted output scans clean",
        ReflectionTexts.withIdentifiers(),
        planted -> assertThat(SCANNER.scan(redactor.redact(planted.text()))).isEmpty());
  }

  @Test
  void redactionRemovesEveryPlantedIdentifier() {
    Redactor redactor = Redactor.of(SCANNER);
    PropertyCheck.forAll(
        "redaction removes every planted identifier",
        ReflectionTexts.withIdentifiers(),
        (PlantedText planted) -> {
          String redacted = redactor.redact(planted.text());
          for (PlantedSpan p : planted.spans()) {
            if (p.kind() != IdentifierKind.PERSON_NAME) {
              assertThat(redacted).doesNotContain(planted.covered(p));
            }
          }
        });
  }
}
