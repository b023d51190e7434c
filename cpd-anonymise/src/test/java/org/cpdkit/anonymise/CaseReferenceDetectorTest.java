package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.anonymise.Scans.reports;
import static org.cpdkit.anonymise.Scans.silent;

import org.junit.jupiter.api.Test;
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
        "SystmOne ref: 7788123|7788123",
        "Subject child (8), WF-CSC-24-07731. Family report.|WF-CSC-24-07731",
        "SC EDIN 47  EDI-CP33-24  JUDGMENT|EDI-CP33-24"
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

  private static final IdentifierKind KIND = IdentifierKind.CASE_REFERENCE;

  @Test
  void aNumberOnTheLineAfterAFormsLabelReports() {
    exactly("Case No:\n1234567\nJudge: Osei", "1234567");
    exactly("Reference:\n24 009 117\n", "24 009 117");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Reference:\n2024 report", "Case number:\n\n1234567", "Claim No.:\n1234\n"})
  void aShortNumberOrOneAfterABlankLineIsSilent(String text) {
    silent(KIND, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the Family Court's numbers: court code, year, case type, serial
        "Case No: ZW19C00123|ZW19C00123",
        "The application LS20P01234 was issued.|LS20P01234",
        "In the High Court, FD21P00456, the judge said so.|FD21P00456",
        // tribunals, the Court of Appeal, the High Court's divisions
        "Case Numbers: 1801142/2024 and others|1801142/2024",
        "Case No. 2600155/2018|2600155/2018",
        "Appeal No: HU/58211/2022|HU/58211/2022",
        "Case No: UI-2023-005520|UI-2023-005520",
        "Case No: EA-2019-001042-OO|EA-2019-001042-OO",
        "previously UKEAT/0270/20/OO|UKEAT/0270/20/OO",
        "Case No: CA-2024-001452|CA-2024-001452",
        "Claim No: F00MA123|F00MA123",
        "County Court claim number: J9QZ123A|J9QZ123A",
        "Case number: COP 12345678|COP 12345678",
        "Case No: 1677-2436-7513-1234|1677-2436-7513-1234",
        // local authority and other bodies' references
        "Reference: 24 009 117|24 009 117",
        "Our reference: 22 001 239|22 001 239",
        "Our ref: JS/4471/22|JS/4471/22",
        "Complaint reference: 20-001-234|20-001-234",
        "Crown Court case T20207012 was listed.|T20207012",
        "The client 4471092 was reviewed.|4471092",
        "Hospital number M0067341|M0067341",
        "Home Office reference: B1234567|B1234567",
        "Case number (ZW19C00123) is on the order.|ZW19C00123",
        "Ref: [4419207]|4419207",
        "The court file CH/WM/24/0312 was sent.|CH/WM/24/0312",
        "The order LCC/DOLS/26/0419 was made.|LCC/DOLS/26/0419",
        "Date of birth (as recorded on Mosaic): 12/03/2015; Mosaic ID: 5503118|5503118"
      })
  void courtTribunalAndCouncilShapesReport(String text, String expected) {
    exactly(text, expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Appeal No: 1234567|1234567",
        "Tribunal reference: 3300123/2023|3300123/2023",
        "Complaint number 24-001-987 was logged.|24-001-987",
        "Prison number A1234BC was on the letter.|A1234BC",
        "The matter no. 55123 was listed.|55123",
        "UPN A123456789012 is on the school record.|A123456789012",
        "ULN: 1234567890|1234567890",
        "MRN 12345678 was on the wristband.|12345678",
        "CRO number 123456/19X was checked.|123456/19X",
        "UAN 1234-5678-9012-3456 was on the letter.|1234-5678-9012-3456",
        "The police CAD 4521 was logged.|4521"
      })
  void appealTribunalPrisonAndSchoolCuesReport(String text, String expected) {
    exactly(text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The appeal was heard on 12 May 2024.",
        "It was a matter of 3 weeks before the visit.",
        "He was sent to prison for 2 years.",
        "The tribunal sat on 3 June 2023 and 4 June 2023.",
        "Her complaint is 2 pages long.",
        "No matter what 12 people said, he stayed.",
        "The appeal was 12 months late.",
        "The prison had 1200 places.",
        "The tribunal's 2019 ruling stands.",
        "The complaint: 12 points were raised.",
        "The appeal was in 2019.",
        "A matter for 2024/25 budgets.",
        "The complaint was made in the 2023/24 year.",
        "The matter is on page 12345 of the bundle.",
        "The cad was 5 minutes late."
      })
  void appealTribunalPrisonAndSchoolWordsInProseAreSilent(String text) {
    silent(KIND, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "T20207012 was listed at Leeds.|T20207012",
        "The Home Office wrote about H1092837 last week.|H1092837",
        "He is now A1234BC at the prison.|A1234BC",
        "Letters for (A1234BC) went astray.|A1234BC",
        "The sentence under S20240017/2 was served.|S20240017/2"
      })
  void oneCapitalGluedToARecordNumberReports(String text, String expected) {
    exactly(text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Print it on A4 paper.",
        "The M62 was closed.",
        "Room B1234 is upstairs.",
        "The P45 came late.",
        "Plan B12345 was agreed.",
        "It was A1234B in the list.",
        "Code A12345BC was used.",
        "In Q1 2024 the team grew.",
        "Vitamin D3 was given.",
        "Take the B1234BCD road.",
        "The form A1234BC-2 was filed."
      })
  void oneCapitalWithFewDigitsIsSilent(String text) {
    silent(KIND, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The claim 1801142/2024 was struck out.|1801142/2024",
        "Mr Osei (1801142/2024) gave evidence.|1801142/2024",
        "The police gave 24/0087512J to the school.|24/0087512J",
        "His number was 1339870T at the time.|1339870T",
        "Quote 1234-5678-9012-3456 when you call.|1234-5678-9012-3456",
        "The crime 46/123456/23 was filed.|46/123456/23",
        "It ended (see 3300123/2023).|3300123/2023",
        "Complaint against Leeds City Council (22 001 239) upheld.|22 001 239"
      })
  void digitFirstReferencesWithNoCueReport(String text, String expected) {
    exactly(text, expected);
  }

  @Test
  void aDigitFirstReferenceInATableCellReports() {
    exactly("| Claimant | 2600155/2018 |", "2600155/2018");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The hearing on 12/03/2024 was adjourned.",
        "The hearing on 2024-03-12 was adjourned.",
        "The 2023/24 and 2023-2024 budgets were set.",
        "It cost \u00a312345/12 a month.",
        "It cost \u00a312345-20000 in all.",
        "Salaries of 25000-30000 were offered.",
        "See pages 10234-10250 of the bundle.",
        "Call 01234-567890 today.",
        "Call 07700-900123 today.",
        "See doi 10.1111/cfs.12345 for it.",
        "ISBN 978-1-84905-123-4 is the book.",
        "ORCID 0000-0002-1825-0097 was given.",
        "Under SI 2010/959 and s.31(2) the court acted.",
        "It was version 2.3-12345 of the tool.",
        "The 12345-6.5 figure was wrong.",
        "About 1,234,567 people live there.",
        "The 1234567/abc link broke.",
        "A screen of 1920X1080 was used.",
        "The 123456AB form is old.",
        "The 12345T form is old.",
        "It ran 24/7 for 12 months.",
        "The 12-14 Elm Road flats were empty.",
        "Write to Pittsburgh, PA 15213-3890 for it.",
        "It follows GOST 28147-89 and ISO/IEC 10514-1 rules.",
        "See page 12345-6 of the bundle.",
        "See revisions 171833/171834 for the change.",
        "The total (12 345 678 people) was high.",
        "It was (12 345) in all.",
        "It was (12 345 678 9) in all.",
        "Rooms (12 345 67) were full."
      })
  void digitFirstNumbersThatAreNotReferencesAreSilent(String text) {
    silent(KIND, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The order in COP 12345678 was made.|COP 12345678",
        "Listed as COP 1234567T on the day.|COP 1234567T",
        "FD 2100456 was heard in London.|FD 2100456"
      })
  void courtLettersASpaceAndANumberReport(String text, String expected) {
    exactly(text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The grant was GBP 1234567 in all.",
        "ISBN 9781446298451 is the book.",
        "Its VAT 123456789 is shown.",
        "We meet ISO 27001 rules.",
        "The NHS 111 line helped.",
        "The COP 12345 list was short.",
        "The LA 1234567.5 figure was wrong.",
        "Call TEL 01234567890 now.",
        "The CAMHS 2024 plan was late.",
        "In COVID 2020/21 we closed."
      })
  void capitalsBeforeOtherNumbersAreSilent(String text) {
    silent(KIND, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Case Nos: 1801142/2024 and 1801143/2024|1801142/2024|1801143/2024",
        "Mosaic: 5503118, 5503119|5503118|5503119",
        "Claim Nos F00MA123 & F00MA124 were joined.|F00MA123|F00MA124"
      })
  void listsOfReferencesAfterOneCueReport(String text, String first, String second) {
    exactly(text, first, second);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "This is version 2.3.1 of the tool.",
        "The budget of £12,345 for 2023/24 was agreed.",
        "The reference year 2023/24 was hard.",
        "The FY2023/24 accounts were late.",
        "Under section 31(2) of the Children Act 1989 the court may act.",
        "See s.17 and s.47 of the Act.",
        "The hearing on 12/03/2024 was adjourned.",
        "Claim No. 1 of the list was dropped.",
        "The case file (2019) was thin.",
        "Case 1 concerned a boy of 7.",
        "The court sat 24/7 support hours.",
        "There were 12 345 people in the court.",
        "Reference: page 12 of the report.",
        "See references 1 to 12.",
        "Our reference to the 2019 report stands.",
        "The client had 120 pages of notes.",
        "A COVID-19 case was reported.",
        "The family 100 per cent agreed."
      })
  void versionsMoneyYearsAndStatutesAreSilent(String text) {
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
        "Her file 1234/5678 was lost.|1234/5678",
        "The police reference was 2023/0456 on the letter.|2023/0456",
        "Old system: 4417/2290/8812.|4417/2290/8812",
        "In LV22P00456 and FD21P01234 the court decided.|LV22P00456",
        "The claim, 2401234/2023, was lodged.|2401234/2023",
        "LCS ref 1234567 was opened.|1234567",
        "Mosaic ID: 123456 is hers.|123456",
        "client no. 0012345 was closed.|0012345",
        "CP ref. 2023/0456 was reopened.|2023/0456",
        "Her case KH1234 was listed.|KH1234"
      })
  void fourDigitGroupsAndPublishedCourtAndCouncilFormatsReport(String text, String expected) {
    Scans.reportsAmong(KIND, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "In [2023] EWCA Civ 123 the court held.",
        "See [2021] EWHC 1234 (Fam), [2020] EWFC 45 and [2019] UKSC 12.",
        "I wrote 1500/2000 words for the essay.",
        "Shifts ran 1300/1400 and 0900/1700.",
        "Between 1989/2004 the Acts changed; in 2019/2020 and 2023/24 too.",
        "Revisions 1234/1236 were merged.",
        "See page 1234/5678 of the bundle.",
        "Version 1.2.3, at 10.30, e.g. 3.5 hours, report.docx.",
        "Under s.47 and s20 of the Children Act 1989, see p.12.",
        "It cost £1,234.50 and £1234/£5678.",
        "Her case A1234 and the child B2000 were discussed.",
        "ISO 9001, BS 8300 and VAT 123456 apply."
      })
  void citationsRoundNumbersYearsAndLabelsAreNotReferences(String text) {
    silent(KIND, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Police log 0412 of 20/09 refers to the call.|0412 of 20/09",
        "See log no. 1187 of 03/02/2025 for the details.|1187 of 03/02/2025",
        "SWE registration number SW123456 was checked.|SW123456",
        "Registration number: SW98765|SW98765",
        "The company said the child's case was LCS123456.|LCS123456",
        "LAC ID 00998877|00998877",
        "Datix 12345 was raised.|12345",
        "Pupil number: 8841234|8841234"
      })
  void policeLogsAndRegistrationNumbersReport(String text, String expected) {
    reports(KIND, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "She kept a log of 3 visits in May.",
        "The registration of the birth was on 12/03.",
        "A log of 12 calls was kept.",
        "Registered charity in England and Wales (no. 1187422) and Scotland (SC051286).",
        "Charity no. 1099000, company no. 04412789, VAT GB123456789."
      })
  void logsAndRegistrationsWithoutAReferenceAreSilent(String text) {
    silent(KIND, text);
  }

  @org.junit.jupiter.api.Test
  void aDateAfterAnIncidentIsNoReference() {
    silent(KIND, "Date/time of incident: 08/11/2026 22:47");
  }

  @org.junit.jupiter.api.Test
  void aSystemWhoseNameEndsInADigitBeforeItsNumber() {
    reports(KIND, "Re: Bilal Hussain (Systm1 ID 88310276)", "88310276");
  }

  @org.junit.jupiter.api.Test
  void aSystemsLettersBeforeNoAndAColonCueItsNumber() {
    reports(IdentifierKind.CASE_REFERENCE, "Ref: DEV12519  ICOS No: 22/034418/A01  Judgment",
        "22/034418/A01");
    silent(IdentifierKind.CASE_REFERENCE, "Our VAT No. 123 4567 89 and FOI No. 2024/118.");
  }
}
