package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.anonymise.Scans.reports;
import static org.cpdkit.anonymise.Scans.silent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Telephone numbers: the cases that must be reported and those that must stay silent, through the PhoneDetector alone and the whole scanner. */
class PhoneDetectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Call 07700.900.123 today.|07700.900.123",
        "Her mobile is 07700 900123.|07700 900123",
        "Call +44 7700 900123 after six.|+44 7700 900123",
        "The team is on (0161) 496 0000.|(0161) 496 0000",
        "London office 020 7946 0000 please.|020 7946 0000",
        "Ring 01632 960123 or 07700900123.|01632 960123",
        "Try +44 (0)20 7946 0000.|+44 (0)20 7946 0000",
        "Tel GP surgery 01482 496 0218 - message left.|01482 496 0218",
        "Tel: 01872 496 0354|01872 496 0354",
        "Mobile - 07700 9001234|07700 9001234"
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
        "Reference 12345 678 9012",
        "On 01.02.2013 we met; version 0.12.3 of the app.",
        "Ref 01482 496 0218 for the claim.",
        "Hotel 01482 496 0218",
        "Tel 01482 496 02189"
      })
  void phoneSilent(String text) {
    silent(IdentifierKind.PHONE, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Call 0044 20 7946 0000 now.|0044 20 7946 0000",
        "Call 00 44 7700 900123 now.|00 44 7700 900123"
      })
  void theInternationalPrefixReports(String text, String expected) {
    assertThat(Scans.found(IdentifierKind.PHONE, text)).containsExactly(expected);
    assertThat(Scans.foundAlone(IdentifierKind.PHONE, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ref: 00441234567", "The code 0044 was wrong."})
  void aPrefixWithoutAValidUkNumberIsSilent(String text) {
    silent(IdentifierKind.PHONE, text);
  }

  @org.junit.jupiter.api.Test
  void aNumberReadAloudInATranscript() {
    assertThat(Scans.found(IdentifierKind.PHONE,
        "My number's oh seven seven hundred nine hundred four one eight. Thanks. Bye."))
        .containsExactly("oh seven seven hundred nine hundred four one eight");
    assertThat(Scans.found(IdentifierKind.PHONE,
        "Ring oh one one three, four nine six, oh double two one."))
        .containsExactly("oh one one three, four nine six, oh double two one");
    assertThat(Scans.found(IdentifierKind.PHONE, "Oh one more thing, it was zero degrees. Zero tolerance, oh my."))
        .isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Caseworker: Megan O'Rourke, MSW, (555) 010-3348, by e-mail.|(555) 010-3348",
        "Call 604-555-0143 after five.|604-555-0143",
        "Tel 868 555 0199 (office).|868 555 0199",
        "FGC Coordinator: Kahurangi Parata, 021 555 0176, mornings.|021 555 0176"
      })
  void northAmericanNumbersAndNationalNumbersAbroad(String text, String expected) {
    reports(IdentifierKind.PHONE, text, expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"We read 604 555 0143 pages.", "In 2019-2020 the team grew."})
  void threeThreeFourWithoutBracketsHyphensOrALabelIsSilent(String text) {
    silent(IdentifierKind.PHONE, text);
  }
}
