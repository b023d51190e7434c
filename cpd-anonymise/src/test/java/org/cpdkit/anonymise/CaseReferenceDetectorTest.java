package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Scans.reports;
import static org.cpdkit.anonymise.Scans.silent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Case references: the cases that must be reported and those that must stay silent, through the CaseReferenceDetector alone and the whole scanner. */
class CaseReferenceDetectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Recorded on LCS ID 1234567.|1234567",
        "Our case ref CR-20391 is open.|CR-20391",
        "Mosaic number 884213 holds the plan.|884213",
        "See file no. ABC/123/45 for details.|ABC/123/45",
        "Liquidlogic: 5566778|5566778",
        "The file MOS-0045123 was closed.|MOS-0045123",
        "crime number 46/123456/23 was given.|46/123456/23",
        "SystmOne ref: 7788123|7788123"
      })
  void caseReferenceReports(String text, String expected) {
    reports(IdentifierKind.CASE_REFERENCE, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A Section 47 enquiry began.",
        "This evidences Standard 4.5.",
        "Article 8 rights matter.",
        "With reference to 2019 guidance we acted.",
        "The case was closed."
      })
  void caseReferenceSilent(String text) {
    silent(IdentifierKind.CASE_REFERENCE, text);
  }
}
