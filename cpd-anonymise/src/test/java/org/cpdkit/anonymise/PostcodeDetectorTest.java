package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Scans.reports;
import static org.cpdkit.anonymise.Scans.silent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** UK postcodes: the cases that must be reported and those that must stay silent, through the PostcodeDetector alone and the whole scanner. */
class PostcodeDetectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "She lives near M1 1AE now.|M1 1AE",
        "Address: 27 Thornbury Crescent, Kestondale KD4 7RW|KD4 7RW",
        "Postcode:           KD3 8EH|KD3 8EH",
        "Post to SW1A1AA please.|SW1A1AA",
        "new flat at ls6 2ab, near the park|ls6 2ab",
        "Postcode EC1A 1BB.|EC1A 1BB"
      })
  void postcodeReports(String text, String expected) {
    reports(IdentifierKind.POSTCODE, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The office is on w1 3rd floor.",
        "Pupils in KS2 2ND set.",
        "She saw KD4 7rw at the office.",
        "Meet at B2 2nd door.",
        "Form A1 was filed.",
        "QX1 1AA is not an area.",
        "M1 1CI has a bad inward code."
      })
  void postcodeSilent(String text) {
    silent(IdentifierKind.POSTCODE, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Eircode V94 KX2P, Limerick.|V94 KX2P",
        "Dublin D6W XK84.|D6W XK84",
        "Surrey, BC V3T 2K5 Canada.|V3T 2K5",
        "1843 Linwood Avenue, Columbus, OH 43207|43207",
        "Austin, TX 78701-1234 (home)|78701-1234"
      })
  void irishCanadianAndAmericanCodesReport(String text, String expected) {
    reports(IdentifierKind.POSTCODE, text, expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"We wore N95 masks.", "In OH 43207 cases were seen.", "Room V12 KEYS."})
  void likeShapedWordsAreSilent(String text) {
    silent(IdentifierKind.POSTCODE, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Police attended 31 Browns Road, Manurewa 2102, after a call.|2102",
        "Address: 417 Mooki Street, Orlando East, Soweto, 1804|1804",
        "They live at 12 Hope Street, Fitzroy 3065.|3065"
      })
  void fourAndSixDigitCodesAfterAnAddressReport(String text, String expected) {
    reports(IdentifierKind.POSTCODE, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "She lived at 14 Elm Road, Leeds in 2012 and 2013.",
        "At 14 Elm Road, Leeds, 2012.",
        "14 Elm Road, Leeds 1804 people signed.",
        "Visit to 14 Elm Road.\nLeeds 2102 was the code."
      })
  void numbersAfterAnAddressThatAreNoPostcodeAreSilent(String text) {
    silent(IdentifierKind.POSTCODE, text);
  }
}
