package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Scans.reports;
import static org.cpdkit.anonymise.Scans.silent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Web addresses: the cases that must be reported and those that must stay silent, through the UrlDetector alone and the whole scanner. */
class UrlDetectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Her post at https://www.facebook.com/jess.m.1998/posts/1 upset"
            + " him.|https://www.facebook.com/jess.m.1998/posts/1",
        "Blog: www.example.com/mum-diary.|www.example.com/mum-diary"
      })
  void urlReports(String text, String expected) {
    reports(IdentifierKind.URL, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Guidance at https://www.socialworkengland.org.uk/standards/ helped.",
        "See https://www.gov.uk/government/publications/working-together."
      })
  void publicGuidanceUrlSilentAtDefaultConfidence(String text) {
    silent(IdentifierKind.URL, text);
  }
}
