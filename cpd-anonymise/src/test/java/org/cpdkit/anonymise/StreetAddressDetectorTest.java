package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Scans.reports;
import static org.cpdkit.anonymise.Scans.silent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Street addresses: the cases that must be reported and those that must stay silent, through the StreetAddressDetector alone and the whole scanner. */
class StreetAddressDetectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "They moved to 14 Elm Road last year.|14 Elm Road",
        "Her address is Flat 3, 22 Mill Lane.|Flat 3, 22 Mill Lane",
        "The visit at 7a Church View Crescent went well.|7a Church View Crescent"
      })
  void streetAddressReports(String text, String expected) {
    reports(IdentifierKind.STREET_ADDRESS, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Downing Street announced new guidance.",
        "In 2019 Family Court judges said so.",
        "Section 3 Park Lane rules",
        "We walked down the road."
      })
  void streetAddressSilent(String text) {
    silent(IdentifierKind.STREET_ADDRESS, text);
  }
}
