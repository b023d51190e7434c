package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.anonymise.Scans.reports;
import static org.cpdkit.anonymise.Scans.silent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates of birth: the cases that must be reported and those that must stay silent, through the DateOfBirthDetector alone and the whole scanner. */
class DateOfBirthDetectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Date of birth given: 12 Meskerem 2001 (Ethiopian calendar)|12 Meskerem 2001",
        "He said he was born on 11 Dey 1387.|11 Dey 1387",
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
        "Her baby was born last year. We met on 14/03/2024 for the review.",
        "Mariam Haile \u2013 25 May As a kinship carer I agree.",
        "Signed: A. Mahmood 20/02/2025"
      })
  void dateOfBirthSilent(String text) {
    silent(IdentifierKind.DATE_OF_BIRTH, text);
  }

  private static final IdentifierKind KIND = IdentifierKind.DATE_OF_BIRTH;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "born on Tuesday 12 March 2015|12 March 2015",
        "Mr Edwin Ashworth, date of birth the fourteenth of March nineteen forty one, NHS|the fourteenth of March nineteen forty one",
        "DOB: March the third, two thousand and twelve.|March the third, two thousand and twelve",
        "born on the twenty first of June nineteen eighty-four in Hull|the twenty first of June nineteen eighty-four",
        "her date of birth is the second of May|the second of May",
        "DOB: 03-Mar-2015|03-Mar-2015",
        "DOB: 3/March/15|3/March/15",
        "Date of birth (as recorded on Mosaic): 12/03/2015|12/03/2015",
        "Ask for the DOBs of all adults and check them (Jason's, I later learned, was"
            + " 22/10/1990).|22/10/1990",
        "Dates of birth: 12/03/2015 and 14/05/2017|12/03/2015",
        "DOB [12/03/2015]|12/03/2015",
        "DOB=12/03/2015;|12/03/2015",
        "Date of birth \u2013 12 March 2015|12 March 2015",
        "Anna brought Tyrese Campbell-Hughes, 15 (22.05.2008), CIN.|22.05.2008"
      })
  void furtherCuesAndCaseSystemFormatsReport(String text, String expected) {
    Scans.reportsAmong(KIND, text, expected);
  }

  @Test
  void aDateInTheNextCellOfATableReports() {
    assertThat(Scans.found(KIND, "| DOB | 12/03/2015 |")).containsExactly("12/03/2015");
    assertThat(Scans.foundAlone(KIND, "| DOB | 12/03/2015 |")).containsExactly("12/03/2015");
  }

  @Test
  void aDateInATablesBirthColumnReports() {
    String piped = "Name | DOB | School\nAva Smith | 03/07/2017 | Elm Primary\nTom | 12/01/2015 | Elm\n";
    assertThat(Scans.found(KIND, piped)).containsExactly("03/07/2017", "12/01/2015");
    assertThat(Scans.foundAlone(KIND, piped)).containsExactly("03/07/2017", "12/01/2015");
    String markdown = "| Name | Relationship | D.O.B. |\n|---|---|---|\n| Ava | daughter | 3.7.17 |\n";
    assertThat(Scans.found(KIND, markdown)).containsExactly("3.7.17");
    String tabbed = "Name\tRelationship\tDate of birth\nKacper Nowak\tson\t12.02.2015\n";
    assertThat(Scans.found(KIND, tabbed)).containsExactly("12.02.2015");
  }

  @Test
  void aDateInAnotherColumnOrAfterTheTableIsSilent() {
    silent(KIND, "Meeting | Date\nCore group | 03/07/2024\n");
    silent(KIND, "Name | DOB | Seen\nAva | - | 03/07/2024\n");
    silent(KIND, "Name | DOB\nAva | withheld\nNext visit\nNotes | 04/05/2024\n");
  }

  @Test
  void aFormsDateOnTheLineAfterItsLabelReports() {
    String text = "Name: Amelia Rhodes\nDate of Birth:\n12/03/2015\nAddress: withheld";
    assertThat(Scans.found(KIND, text)).containsExactly("12/03/2015");
    assertThat(Scans.foundAlone(KIND, text)).containsExactly("12/03/2015");
  }

  @Test
  void dobsIsACueForTheDateAfterIt() {
    String text = "DOBs: 12/03/2015, 14/05/2017";
    assertThat(Scans.SCANNER.scan(text).stream()
            .filter(f -> f.kind() == KIND)
            .map(f -> f.text() + " " + f.confidence()))
        .contains("12/03/2015 0.95");
    assertThat(Scans.found(KIND, text)).contains("12/03/2015", "14/05/2017");
    assertThat(Scans.foundAlone(KIND, text)).contains("12/03/2015", "14/05/2017");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The hearing on Tuesday 12 March 2015 was adjourned.",
        "The hearing on the fourteenth of March nineteen ninety was adjourned.",
        "He was born on the first day of the holidays.",
        "He was born and raised here; the review was on 12/03/2015.",
        "She was born in Leeds and moved to Bradford with her aunt on 12/03/2019.",
        "The meeting (held at the hub on 12/03/2015) was useful.",
        "Her birth was difficult (see the midwife's note). The visit was on 12/03/2015."
      })
  void otherDatesNearBirthWordsAreSilent(String text) {
    silent(KIND, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Her date of birth, which mum confirmed on the phone yesterday, is 03/05/2015.|03/05/2015",
        "Her DOB, 12/03/2015, was checked.|12/03/2015",
        "Jess was born in Leeds General Infirmary at night on a cold day on 03/05/2015.|03/05/2015",
        "He was born in Leeds on the 3rd of May 2015.|3rd of May 2015",
        "DOB 3.5.15 given.|3.5.15",
        "d.o.b: 03/05/2015 given.|03/05/2015",
        "born 3rd May 2015 in Leeds.|3rd May 2015",
        "Jess (born 2015-05-03) lives here.|2015-05-03",
        "Jess, aged 7 (DOB 03/05/2015), lives here.|03/05/2015",
        "Jess b. 1990 lives here.|1990"
      })
  void cuesPastAnAsideOrFurtherBackInTheClauseReport(String text, String expected) {
    Scans.reportsOnly(KIND, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "He was born in 2015 and the review on 12/03/2023 went well.",
        "He was born in 2015, and the review on 12/03/2023 went well.",
        "She was born in Leeds, came to the UK and on 12/03/2019 she arrived.",
        "He was born to a mother I first met on 12/03/2023.",
        "He was born prematurely at the hospital where I visited on 12/03/2023.",
        "Her date of birth, which is not known, is not recorded; the review is on 03/05/2023.",
        "Her DOB was not on file at the meeting on 12/03/2023.",
        "Her birthday party at the soft play centre near the park was on 12/03/2023."
      })
  void aDateInAnotherClauseThanTheBirthWordIsNotTaken(String text) {
    assertThat(Scans.found(KIND, text)).as("in: %s", text).allMatch(f -> !f.contains("/"));
    assertThat(Scans.foundAlone(KIND, text)).as("alone in: %s", text).allMatch(f -> !f.contains("/"));
  }

  @org.junit.jupiter.api.Test
  void aDateAfterAQuotedNameInASpreadsheetRow() {
    assertThat(Scans.found(IdentifierKind.DATE_OF_BIRTH,
        "FD-26-11-0412,23/11/2026,Children,\"Demir, Elif\",14/02/2015,N17 6QT"))
        .containsExactly("14/02/2015");
  }
}
