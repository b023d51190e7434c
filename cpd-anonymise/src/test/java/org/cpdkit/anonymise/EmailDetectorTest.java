package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Scans.reports;
import static org.cpdkit.anonymise.Scans.silent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** E-mail addresses: the cases that must be reported and those that must stay silent, through the EmailDetector alone and the whole scanner. */
class EmailDetectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Email me at j.smith@example.org today.|j.smith@example.org",
        "(jo-ann+cpd@mail.example.co.uk)|jo-ann+cpd@mail.example.co.uk"
      })
  void emailReports(String text, String expected) {
    reports(IdentifierKind.EMAIL, text, expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"We met @ the office.", "a@b", "user@localhost"})
  void emailSilent(String text) {
    silent(IdentifierKind.EMAIL, text);
  }
}
