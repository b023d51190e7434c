package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Scans.reports;
import static org.cpdkit.anonymise.Scans.silent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples from the anonymisation spec and the domain for every structured kind. */
class StructuredKindsTest {

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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Her mobile is 07700 900123.|07700 900123",
        "Call +44 7700 900123 after six.|+44 7700 900123",
        "The team is on (0161) 496 0000.|(0161) 496 0000",
        "London office 020 7946 0000 please.|020 7946 0000",
        "Ring 01632 960123 or 07700900123.|01632 960123",
        "Try +44 (0)20 7946 0000.|+44 (0)20 7946 0000"
      })
  void phoneReports(String text, String expected) {
    reports(IdentifierKind.PHONE, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The visit took 1.5 hours.",
        "In 2019 and 2021 the policy changed.",
        "See page 212 of the report.",
        "Section 47 enquiries under section 17.",
        "We spent 90 minutes together.",
        "Reference 12345 678 9012"
      })
  void phoneSilent(String text) {
    silent(IdentifierKind.PHONE, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "She lives near M1 1AE now.|M1 1AE",
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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "He was born 14/03/2015 in Leeds.|14/03/2015",
        "DOB 3 March 2009.|3 March 2009",
        "d.o.b. 2012-07-01|2012-07-01",
        "D.O.B.: 01/02/2019|01/02/2019",
        "Date of birth: 4th of June 2016|4th of June 2016",
        "b. 12/08/2020|12/08/2020",
        "Kai, b. 12/3/15, lives with nan.|12/3/15",
        "She was born on the 3rd of March 2015.|3rd of March 2015",
        "Ruby 12/03/2017 (DOB) was there.|12/03/2017",
        "Tyler (7, 12/03/2017) said no.|12/03/2017",
        "Subject line: Amelia Rhodes 11/07/2017 - core group|11/07/2017",
        "Her birthday is 4 June 2015.|4 June 2015",
        "He was born in Leeds on 12/03/2015 and moved south.|12/03/2015",
        "I learned that 22/10/1990 is when he was born.|22/10/1990"
      })
  void dateOfBirthReports(String text, String expected) {
    reports(IdentifierKind.DATE_OF_BIRTH, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We met on 14/03/2024 for the review.",
        "The meeting on 3 March 2023 went well.",
        "Her baby was born last year. We met on 14/03/2024 for the review."
      })
  void dateOfBirthSilent(String text) {
    silent(IdentifierKind.DATE_OF_BIRTH, text);
  }

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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"She posts as @jess_m_1998 online.|@jess_m_1998", "(@tyler.k)|@tyler.k"})
  void socialHandleReports(String text, String expected) {
    reports(IdentifierKind.SOCIAL_HANDLE, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Follow @SocialWorkEng for updates.", "Mail j.smith@example.org", "We met @ 3pm."})
  void socialHandleSilent(String text) {
    silent(IdentifierKind.SOCIAL_HANDLE, text);
  }
}
