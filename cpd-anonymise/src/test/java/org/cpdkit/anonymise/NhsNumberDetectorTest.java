package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Scans.reports;
import static org.cpdkit.anonymise.Scans.silent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** NHS numbers: the cases that must be reported and those that must stay silent, through the NhsNumberDetector alone and the whole scanner. */
class NhsNumberDetectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "His NHS number is 943 476 5919.|943 476 5919",
        "NHS: 9434765919|9434765919",
        "NHS 943-476-5919|943-476-5919"
      })
  void nhsNumberReports(String text, String expected) {
    reports(IdentifierKind.NHS_NUMBER, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Number 943 476 5918 fails the check.",
        "Zeros 0000000000 are not a number.",
        "Ones 111 111 1111 too."
      })
  void nhsNumberSilent(String text) {
    silent(IdentifierKind.NHS_NUMBER, text);
  }

  /** A Scottish CHI number starts with the day of birth, so often with a 0 as a phone does. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CHI 0107171236 was given.|0107171236",
        "CHI number: 0107171236|0107171236",
        "NHS no. 0107171236|0107171236"
      })
  void chiNumbersStartingWithZeroAreNotPhones(String text, String expected) {
    reports(IdentifierKind.NHS_NUMBER, text, expected);
    silent(IdentifierKind.PHONE, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CHI: 1403154471|1403154471",
        "H&C No. 320 590 1143|320 590 1143",
        "NHS number: 401 023 7561|401 023 7561",
        "Seen by the GP (943 476 5919) on Monday.|943 476 5919"
      })
  void aNumberAfterItsLabelIsFoundWhateverItsCheckDigit(String text, String expected) {
    reports(IdentifierKind.NHS_NUMBER, text, expected);
  }
}
