package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables as systems export them: what a column's header says its cells hold. */
class TablePassTest {

  private static List<String> found(IdentifierKind kind, String text) {
    return Scans.found(kind, text);
  }

  @Test
  void aCsvExportsCaseReferencesAndDatesOfBirthAreFoundByTheirColumns() {
    String csv =
        "CaseRef,ChildName,DOB,Team,Notes\n"
            + "CAL-CS-041187,\"ABERNETHY, Kayden\",14/03/2012,Assessment Team North,\"Visit done, fine\"\n"
            + "CAL-CS-039902,\"NOWAK, Łucja\",02/11/2009,Children Looked After Team,\n";
    assertThat(found(IdentifierKind.CASE_REFERENCE, csv))
        .containsExactly("CAL-CS-041187", "CAL-CS-039902");
    assertThat(found(IdentifierKind.DATE_OF_BIRTH, csv)).containsExactly("14/03/2012", "02/11/2009");
    assertThat(found(IdentifierKind.PERSON_NAME, csv))
        .containsExactly("ABERNETHY, Kayden", "NOWAK, Łucja");
  }

  @Test
  void tabSeparatedAndMarkdownTablesToo() {
    String tsv = "Date\tSupervisee\tSupervisor\tNHS No\n"
        + "03/09/2024\tMarta Szewczyk\tOwen Pryce\t401 023 7562\n";
    assertThat(found(IdentifierKind.PERSON_NAME, tsv)).containsExactly("Marta Szewczyk", "Owen Pryce");
    assertThat(found(IdentifierKind.NHS_NUMBER, tsv)).containsExactly("401 023 7562");
    String md = "| Day | Worker | Mobile |\n|---|---|---|\n| Monday | Ifeoma Nwachukwu | 07700 900123 |\n";
    assertThat(found(IdentifierKind.PERSON_NAME, md)).containsExactly("Ifeoma Nwachukwu");
  }

  @Test
  void aFixedWidthListingIsReadByItsColumnsStarts() {
    String listing =
        "CLIENT NAME               DOB         CASE NO       WORKER\n"
            + "------------------------------------------------------------\n"
            + "LĂCĂTUȘ, Florin           25/04/1982  SMB/0044501   K. O'NEILL\n"
            + "    RMK: DAY CARE TUE/THU. REVIEW IN 3 MONTHS.\n";
    assertThat(found(IdentifierKind.DATE_OF_BIRTH, listing)).containsExactly("25/04/1982");
    assertThat(found(IdentifierKind.PERSON_NAME, listing)).contains("LĂCĂTUȘ, Florin");
    assertThat(found(IdentifierKind.CASE_REFERENCE, listing)).containsExactly("SMB/0044501");
  }

  @Test
  void aSignInSheetsInitialsAreNames() {
    String csv = "StaffNo,Name,Initials,Course,AM,PM\n"
        + "NCC40217,\"Armstrong, Kelly\",KA,Makaton Level 1,KA,\n"
        + "NCC41960,\"Đặng, Thu Trang\",TTĐ,Makaton Level 1,YES,MSh\n";
    assertThat(found(IdentifierKind.PERSON_NAME, csv))
        .containsExactly("Armstrong, Kelly", "KA", "KA", "Đặng, Thu Trang", "TTĐ", "MSh");
  }

  @Test
  void aReferrersRoleOrSelfInAPersonsColumnIsNoName() {
    String csv = "Name,Referrer,DOB\n"
        + "\"Baptiste, Jada\",Anonymous,29/09/2016\n"
        + "\"Okafor, Chinonso\",AMHP,22/01/1990\n"
        + "\"Ali, Sam\",Self,01/01/2000\n";
    assertThat(found(IdentifierKind.PERSON_NAME, csv))
        .containsExactly("Baptiste, Jada", "Okafor, Chinonso", "Ali, Sam");
  }

  @Test
  void placeholdersTeamsAndCellsOfTheWrongShapeAreNotIdentifiers() {
    String csv = "CaseRef,Worker,DOB,Postcode\n"
        + "pending,Unallocated,not known,n/a\n"
        + "none,Duty Team,TBC,\n";
    assertThat(Scans.SCANNER.scan(csv)).isEmpty();
  }

  @Test
  void proseWithCommasIsNoTable() {
    String prose = "I met the mother, the father, and the child at home.\n"
        + "Ayesha, who is 9, said school was fine, and 14/03/2015 was the review date.\n";
    assertThat(found(IdentifierKind.DATE_OF_BIRTH, prose)).isEmpty();
    String list = "Present: Mum, Dad, Child\nThe family agreed the plan, with thanks.\n";
    assertThat(found(IdentifierKind.PERSON_NAME, list)).isEmpty();
  }

  @Test
  void aColumnNamedForAPersonHoldsNamesAndACaseColumnReferences() {
    String csv = "Case,Child,DOB\n" + "SMB/0041877,Wiktoria Zielińska,12/04/2015\n";
    assertThat(found(IdentifierKind.CASE_REFERENCE, csv)).containsExactly("SMB/0041877");
    assertThat(found(IdentifierKind.PERSON_NAME, csv)).containsExactly("Wiktoria Zielińska");
    assertThat(found(IdentifierKind.DATE_OF_BIRTH, csv)).containsExactly("12/04/2015");
  }

  @Test
  void aLongExportsRowsKeepTheirColumnsPastTheScannersWindows() {
    StringBuilder csv = new StringBuilder("CaseRef,ChildName,DOB,Team\n");
    int rows = 3000; // about 150 KiB: three windows of the scanner
    for (int r = 0; r < rows; r++) {
      csv.append(String.format("CAL-CS-%06d,\"NOWAK, Kasia\",%02d/03/2012,Assessment Team%n",
          r, 1 + r % 28));
    }
    assertThat(csv.length()).isGreaterThan(2 * IdentifierScanner.WINDOW);
    assertThat(found(IdentifierKind.CASE_REFERENCE, csv.toString())).hasSize(rows);
    assertThat(found(IdentifierKind.DATE_OF_BIRTH, csv.toString())).hasSize(rows);
    // and a table in one text never runs into the next one scanned
    assertThat(found(IdentifierKind.DATE_OF_BIRTH, "01/03/2012,x,y\n02/03/2012,a,b\n")).isEmpty();
  }
}
