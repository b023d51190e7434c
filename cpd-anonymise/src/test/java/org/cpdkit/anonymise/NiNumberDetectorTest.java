package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Scans.reports;
import static org.cpdkit.anonymise.Scans.silent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** National Insurance numbers: the cases that must be reported and those that must stay silent, through the NiNumberDetector alone and the whole scanner. */
class NiNumberDetectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NI number QQ 12 34 56 C on file|QQ 12 34 56 C",
        "NINO AB123456D.|AB123456D",
        "ni: JK 123456 A|JK 123456 A"
      })
  void niNumberReports(String text, String expected) {
    reports(IdentifierKind.NI_NUMBER, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Code BG123456A is never issued.",
        "DA123456A starts with D.",
        "GB 12 34 56 C",
        "AO123456A has O second.",
        "ZZ123456D"
      })
  void niNumberSilent(String text) {
    silent(IdentifierKind.NI_NUMBER, text);
  }

  @org.junit.jupiter.api.Test
  void aScottishCharitysNumberIsNoNiNumber() {
    org.cpdkit.anonymise.Scans.silent(IdentifierKind.NI_NUMBER, "A charity registered in Scotland (SC051286).");
  }
}
