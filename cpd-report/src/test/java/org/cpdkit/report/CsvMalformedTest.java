package org.cpdkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Each malformed file gives one line naming file, row, column and what is wrong, and nothing is read. */
class CsvMalformedTest {

  static final String HEADER = "registrationNumber,regulator,id,title,activityType,date,minutes,whatIDid\r\n";
  static final String GOOD = "SW1,social-work-england,e1,Course,course,2026-01-20,90,Did it\r\n";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("bad date", HEADER + GOOD + "SW1,social-work-england,e2,Reading,reading,2026-02-30,30,x\r\n",
            "team.csv: row 3, column 6 (date): not a date; write it as YYYY-MM-DD (such as 2026-03-12) or DD/MM/YYYY"),
        Arguments.of("date in words", HEADER + "SW1,social-work-england,e2,Reading,reading,March 2026,30,x\r\n",
            "team.csv: row 2, column 6 (date): not a date; write it as YYYY-MM-DD (such as 2026-03-12) or DD/MM/YYYY"),
        Arguments.of("missing column", "registrationNumber,regulator,id,title,date\r\nSW1,social-work-england,e1,T,2026-01-01\r\n",
            "team.csv: row 1: missing column \"activityType\""),
        Arguments.of("short row", HEADER + GOOD + "SW1,social-work-england,e2,Reading\r\n",
            "team.csv: row 3: has 4 cells where the header has 8"),
        Arguments.of("unclosed quote", HEADER + GOOD + "SW1,social-work-england,e2,\"Reading,reading,2026-02-01,30,x\r\n",
            "team.csv: row 3: a quoted cell is not closed before the end of the file (it opens on or before line 3)"),
        Arguments.of("stray quote", HEADER + "SW1,social-work-england,e2,\"Reading\" notes,reading,2026-02-01,30,x\r\n",
            "team.csv: row 2: a closing quote is followed by other characters (line 2); inside a quoted cell, write a quote as two quotes"),
        Arguments.of("formula", HEADER + "SW1,social-work-england,e2,Reading,reading,2026-02-01,30,=HYPERLINK(\"http://x\")\r\n",
            "team.csv: row 2, column 8 (whatIDid): starts with =, which a spreadsheet runs as a formula; start it with an apostrophe (') to keep it as text"),
        Arguments.of("unknown column", HEADER.replace("minutes", "minutse") + GOOD,
            "team.csv: row 1, column 7: unknown column \"minutse\"; did you mean \"minutes\"?"),
        Arguments.of("unknown activity", HEADER + "SW1,social-work-england,e2,Reading,books,2026-02-01,30,x\r\n",
            "team.csv: row 2, column 5 (activityType): unknown activity type; expected one of course, e-learning, reading, conference, supervision, group-supervision, peer-reflection, feedback, shadowing, teaching, community-of-practice, practice-learning-circle, online-discussion, blog-or-podcast, team-toolkit, other"),
        Arguments.of("bad minutes", HEADER + "SW1,social-work-england,e2,Reading,reading,2026-02-01,1.5h,x\r\n",
            "team.csv: row 2, column 7 (minutes): not a whole number of minutes, such as 90"),
        Arguments.of("blank title", HEADER + "SW1,social-work-england,e2,,reading,2026-02-01,30,x\r\n",
            "team.csv: row 2, column 4 (title): must not be blank"),
        Arguments.of("duplicate id", HEADER + GOOD + GOOD,
            "team.csv: row 3, column 3 (id): the same entry id as row 2 for this registration number"),
        Arguments.of("regulator differs", HEADER + GOOD + "SW1,hcpc,e2,Reading,reading,2026-02-01,30,x\r\n",
            "team.csv: row 3, column 2 (regulator): differs from row 2 for the same registration number"),
        Arguments.of("unknown Code theme", HEADER.replace("whatIDid", "codeThemes") + "SW1,nmc,e2,Reading,reading,2026-02-01,30,safety\r\n",
            "team.csv: row 2, column 8 (codeThemes): not a theme of the Code; expected prioritise-people, practise-effectively, preserve-safety or promote-professionalism-and-trust, separated by ;"),
        Arguments.of("Code theme twice", HEADER.replace("whatIDid", "codeThemes") + "SW1,nmc,e2,Reading,reading,2026-02-01,30,preserve-safety; preserve-safety\r\n",
            "team.csv: row 2, column 8 (codeThemes): names the same theme twice"),
        Arguments.of("empty", "",
            "team.csv: row 1: the file is empty; the first row must be the header"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void oneClearLine(String name, String csv, String message) {
    assertThatThrownBy(() -> ReportCsv.standard().readPortfolios(csv, "team.csv"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(message)
        .hasNoCause();
  }

  @Test
  void aUtf8ByteOrderMarkIsAcceptedAsExcelWritesIt() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = (HEADER + GOOD).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    assertThat(ReportCsv.standard().readPortfolios(new ByteArrayInputStream(all), "team.csv")).hasSize(1);
  }

  @Test
  void aUtf16ByteOrderMarkIsOneClearLine() {
    byte[] utf16 = (HEADER + GOOD).getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[utf16.length + 2];
    all[0] = (byte) 0xFF;
    all[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, all, 2, utf16.length);
    assertThatThrownBy(() -> ReportCsv.standard().readPortfolios(new ByteArrayInputStream(all), "team.csv"))
        .hasMessage("team.csv: row 1: the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as CSV UTF-8");
  }

  @Test
  void aByteOrderMarkInsideTheHeaderIsAnUnknownColumn() {
    String csv = "registrationNumber,\uFEFFregulator,id,title,activityType,date\r\n";
    assertThatThrownBy(() -> ReportCsv.standard().readPortfolios(csv, "team.csv"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageStartingWith("team.csv: row 1, column 2: unknown column");
  }

  @Test
  void latin1BytesAreNotUtf8() {
    byte[] latin1 = (HEADER + "SW1,social-work-england,e1,Caf\u00e9,course,2026-01-20,90,x\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> ReportCsv.standard().readPortfolios(new ByteArrayInputStream(latin1), "team.csv"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("not UTF-8").hasMessageContaining("line 2");
  }

  @Test
  void ukDatesAndQuotedCellsWithCommasAndLineBreaksRead() {
    String csv = HEADER + "SW1,social-work-england,e1,\"Course, part 1\",course,20/01/2026,90,\"Line one\r\nline \"\"two\"\"\"\r\n";
    var p = ReportCsv.standard().readPortfolios(csv, "team.csv");
    assertThat(p.get(0).entries().get(0).title()).isEqualTo("Course, part 1");
    assertThat(p.get(0).entries().get(0).date()).isEqualTo(java.time.LocalDate.of(2026, 1, 20));
    assertThat(p.get(0).entries().get(0).whatIDid()).isEqualTo("Line one\r\nline \"two\"");
  }
}
