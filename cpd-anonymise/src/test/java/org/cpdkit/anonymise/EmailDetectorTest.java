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
        "(jo-ann+cpd@mail.example.co.uk)|jo-ann+cpd@mail.example.co.uk",
        "Email j.smith [at] example.org for details.|j.smith [at] example.org",
        "Contact: kasia.nowak(at)gmail.com|kasia.nowak(at)gmail.com",
        "Write to tom [at] example [dot] co [dot] uk today.|tom [at] example [dot] co [dot] uk"
      })
  void emailReports(String text, String expected) {
    reports(IdentifierKind.EMAIL, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"We met @ the office.", "a@b", "user@localhost", "We met [at] the hub.",
        "The team (at) the office.", "See [PERSON 1] (at) home."})
  void emailSilent(String text) {
    silent(IdentifierKind.EMAIL, text);
  }
}
