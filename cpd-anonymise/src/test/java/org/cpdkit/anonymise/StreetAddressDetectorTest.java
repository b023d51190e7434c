package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
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
        "She lives at number 9 Kings Road now.|9 Kings Road",
        "Home address: 112 Wellington Mount, Kestondale|112 Wellington Mount",
        "address 22 larch close m40 7xd, mum is kelly|22 larch close",
        "Mother: Ms Ní Bhriain, 27 Páirc na Coille, Tallaght|27 Páirc na Coille",
        "Donations can be dropped off at 1423 Mooki Street, Orlando East|1423 Mooki Street",
        "The family live on Elm Road near the school.|Elm Road",
        "She moved to Tennyson Avenue in May.|Tennyson Avenue",
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

  private static final IdentifierKind KIND = IdentifierKind.STREET_ADDRESS;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Sandwell YOS, Unit 9, 2 Oldbury Ringway, Oldbury|Unit 9, 2 Oldbury Ringway",
        "Room 4, 88 Albert Road|Room 4, 88 Albert Road",
        "Suite 5, 48 Burnt Ash Hill|Suite 5, 48 Burnt Ash Hill",
        "Flat 11, Chestnut House, 2 Orchard Place|Flat 11, Chestnut House, 2 Orchard Place",
        "Flat 3/2, Nightingale Estate, 61 Rendlesham Road|Flat 3/2, Nightingale Estate, 61"
            + " Rendlesham Road",
        "Flat 2B, 11 Jubilee Terrace|Flat 2B, 11 Jubilee Terrace",
        "Flat 4, 27–29 Tudor Road|Flat 4, 27–29 Tudor Road",
        "Unit 4, 18-20 Market Street|Unit 4, 18-20 Market Street",
        "He moved to 12 High St last week.|12 High St",
        "He moved to 12 Church Rd last week.|12 Church Rd",
        "She lives at 4 Kings Ave now.|4 Kings Ave",
        "The family live at 3 The Broadway.|3 The Broadway",
        "Her flat at 22 Station Approach is damp.|22 Station Approach",
        "5 Ash Wynd, Perth|5 Ash Wynd",
        "She lives at 12 Heol y Bont, Cardiff.|12 Heol y Bont",
        "12 Ffordd yr Eglwys|12 Ffordd yr Eglwys",
        "Flat A, 12 Elm Road|Flat A, 12 Elm Road",
        "Block B, 12 Elm Road|Block B, 12 Elm Road",
        "She lives at 12, Elm Road now.|12, Elm Road"
      })
  void unitsBuildingsRangesAndMoreStreetTypesReport(String text, String expected) {
    exactly(text, expected);
  }

  @org.junit.jupiter.api.Test
  void aBuildingNameOnAnotherLineIsNotPartOfTheAddress() {
    exactly("Her old home was Flat 11,\nChestnut House, 2 Orchard Place", "2 Orchard Place");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "At 12 March Dr Patel saw him.",
        "On 12 May St Helens council met.",
        "We met in Room 4 at 10 am.",
        "Section 4, 12 Rules Act.",
        "pages 18-20 Market Street guidance",
        "The 12 Red Cross volunteers helped.",
        "She paid off 12 Student Loan instalments.",
        "Chapter 12, Church Street",
        "Aged 12, Elm Road was home.",
        "All sessions run at Civic Centre 3, High Street, Huddersfield."
      })
  void datesTitlesAndCountsAreSilent(String text) {
    silent(KIND, text);
  }

  /** The kind's findings in the text are exactly these spans, alone and in the whole scanner. */
  private static void exactly(String text, String... spans) {
    assertThat(Scans.found(KIND, text)).as("%s in: %s", KIND, text).containsExactly(spans);
    assertThat(Scans.foundAlone(KIND, text))
        .as("%s alone in: %s", KIND, text)
        .containsExactly(spans);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "She lives at Flat 3 Rose Court now.|Flat 3 Rose Court",
        "Apartment 5, 10 Quay Street was cold.|Apartment 5, 10 Quay Street",
        "He lives at 12 Elm Rd.|12 Elm Rd",
        "He moved to 2/1, 45 Byres Road, Glasgow.|2/1, 45 Byres Road",
        "Scores were 12/14, 45 Byres Road hosted it.|45 Byres Road"
      })
  void aFlatWithoutACommaIsInsideTheAddress(String text, String expected) {
    exactly(text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "As 10 Downing Street announced, funding rose.",
        "A letter from 11 Downing Street came.",
        "We discussed 12 Years a Slave in the session.",
        "See section 12 Standard Road safety guidance."
      })
  void officesOfStateAndTitlesAreNotAddresses(String text) {
    silent(IdentifierKind.STREET_ADDRESS, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The flat (Flat 42, Tarling House, Watney Market, E1 2PS) is small.|Flat 42, Tarling House",
        "Subject: RE: 6/19 Clifton St|6/19 Clifton St",
        "She lives at 27 Maes y Dderwen, Rhos.|27 Maes y Dderwen"
      })
  void flatsInNamedBlocksAndWelshStreetsReport(String text, String expected) {
    assertThat(Scans.found(IdentifierKind.STREET_ADDRESS, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "He lives in Leeds with his aunt.",
        "They moved to Elm Road Surgery last year.",
        "She lives on the High Street, above the shop.",
        "He moved to Team Manager in March.",
        "Since the fall she has lived at Rosehill Court, a care home."
      })
  void aVerbOfLivingNeedsAStreetAfterIt(String text) {
    silent(KIND, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Write to: Letters, The Bridgend Recorder, Unit 4, Coychurch Court, Bridgend CF31 3QX.|Unit 4, Coychurch Court",
        "Clerk: Mrs Nia Rowlands, Bryn Awel, Heol y Dŵr, Tregaron SY25 6JN|Bryn Awel, Heol y Dŵr",
        "Vicar: Revd Ann Hart, The Vicarage, Church Lane, Kirkby Underdale, York YO41 1RX|The Vicarage, Church Lane",
        "Part of the Severn Vale Learning Trust~Eastgate Road, Gloucester GL1 4RX|Eastgate Road",
        "Parish Office: 18 De la Beche Road, Swansea SA2 9AR|18 De la Beche Road",
        "41 Bickershaw Lane, Leeds LS6 2QT|41 Bickershaw Lane"
      })
  void aStreetBeforeItsTownAndPostcodeNeedsNoNumber(String text, String expected) {
    // ~ stands for a line break
    assertThat(Scans.found(IdentifierKind.STREET_ADDRESS, text.replace("~", "\n"))).containsExactly(expected);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "Leeds City Council, Civic Hall, Leeds LS1 1UR",
        "Contact: Age UK Leeds, Leeds LS1 2AB",
        "Meet at Bank of England Road, Leeds LS1 2AB"
      })
  void aPlaceBeforeATownIsNoStreet(String text) {
    silent(KIND, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Mother: Tanisha Holloway, 1843 Linwood Avenue, Columbus|1843 Linwood Avenue",
        "Home address: 2417 Mooki Street, Orlando East, Soweto|2417 Mooki Street"
      })
  void aHouseNumberOfFourOrFiveDigitsWhereAnAddressStarts(String text, String expected) {
    reports(IdentifierKind.STREET_ADDRESS, text, expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"In 2019 Leeds Road was closed.", "By 2021, Park Lane had reopened."})
  void aYearBeforeAStreetIsNoHouseNumber(String text) {
    silent(IdentifierKind.STREET_ADDRESS, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"Lives at 33a Kingsway, Manchester.|33a Kingsway", "She is at 2 Parkway.|2 Parkway"})
  void aStreetOfOneWordEndingInWay(String text, String expected) {
    reports(IdentifierKind.STREET_ADDRESS, text, expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Mrs Doreen Wallace, 78, of Ashfield Road, said she felt let down.|Ashfield Road",
        "Kieran Hollingworth, 27, of Meir View, Longton, pleaded guilty.|Meir View"
      })
  void theStreetAfterAnAgeAndOf(String text, String expected) {
    reports(IdentifierKind.STREET_ADDRESS, text, expected);
  }
}
