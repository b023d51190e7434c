package org.cpdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpdkit.cli.CpdProcess.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportIT {

  private static final String AS_OF = "2026-11-07";

  @TempDir Path dir;

  @Test
  void onePractitionerAsHtmlAndCalendar() throws IOException {
    Path html = dir.resolve("report.html");
    Path ics = dir.resolve("deadlines.ics");
    Result r = CpdProcess.run("report", "--as-of", AS_OF, "--html", html.toString(), "--ics", ics.toString(),
        "--toolkit-run", "examples/toolkit-run.json", "examples/portfolio-missing-peer-reflection.json");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("wrote " + html + " (report for SW100002: At risk: 23 days to the deadline (30 November 2026))\n"
        + "wrote " + ics + " (deadlines for SW100002)\n");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("23 days left", "1 more piece of CPD including a peer reflection");
    assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20261130", "BEGIN:VALARM",
        "DTSTART;VALUE=DATE:20260401");
  }

  @Test
  void aTeamAsDashboardSpreadsheetAndCalendar() throws IOException {
    Path html = dir.resolve("team.html");
    Path csv = dir.resolve("team.csv");
    Path ics = dir.resolve("team.ics");
    Result r = CpdProcess.run("report", "--as-of", AS_OF, "--html", html.toString(), "--csv", csv.toString(),
        "--ics", ics.toString(), "examples/team/");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("wrote " + html + " (team dashboard, 5 practitioners)");
    assertThat(Files.readString(html)).contains("Team CPD dashboard", "<th scope=\"row\">SW100015</th>");
    assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFregistrationNumber,outcome,daysLeft,")
        .contains("SW100015,at-risk,23,0,2,0,1,no,2 more pieces of CPD; 1 more piece of CPD including a peer reflection\r\n");
    assertThat(Files.readString(ics).replace("\r\n ", "")).contains("for 5 practitioners of the team");
  }

  @Test
  void checkFormatCsvPrintsOneRowPerPractitioner() {
    Result r = CpdProcess.run("check", "--as-of", AS_OF, "--format", "csv", "examples/team/");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(
        "registrationNumber,outcome,daysLeft,registration.minimum-entries have,registration.minimum-entries need,"
            + "registration.peer-reflection have,registration.peer-reflection need,peerReflection,missing\r\n"
            + "SW100011,compliant,23,2,2,1,1,yes,\r\n"
            + "SW100012,compliant,23,3,2,1,1,yes,\r\n"
            + "SW100013,at-risk,23,1,2,0,1,no,1 more piece of CPD; 1 more piece of CPD including a peer reflection\r\n"
            + "SW100014,at-risk,23,2,2,0,1,no,1 more piece of CPD including a peer reflection\r\n"
            + "SW100015,at-risk,23,0,2,0,1,no,2 more pieces of CPD; 1 more piece of CPD including a peer reflection\r\n");
  }

  @Test
  void entriesCsvReadsBackAsTheSameTeam() throws IOException {
    Path entries = dir.resolve("entries.csv");
    assertThat(CpdProcess.run("report", "--as-of", AS_OF, "--entries-csv", entries.toString(), "examples/team/").exit()).isZero();
    Result fromCsv = CpdProcess.run("check", "--as-of", AS_OF, "--format", "csv", entries.toString());
    Result fromJson = CpdProcess.run("check", "--as-of", AS_OF, "--format", "csv", "examples/team/");
    assertThat(fromCsv.out()).isEqualTo(fromJson.out());
    assertThat(fromCsv.exit()).isEqualTo(1);
  }

  @Test
  void aMalformedCsvIsOneLineAndWritesNothing() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "registrationNumber,regulator,id,title,activityType,date\r\nSW1,social-work-england,e1,T,course,2026-13-01\r\n");
    Path html = dir.resolve("out.html");
    Result r = CpdProcess.run("report", "--html", html.toString(), bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("cpd report: " + bad
        + ": row 2, column 6 (date): not a date; write it as YYYY-MM-DD (such as 2026-03-12) or DD/MM/YYYY\n");
    assertThat(html).doesNotExist();
    Result c = CpdProcess.run("check", bad.toString());
    assertThat(c.exit()).isEqualTo(2);
    assertThat(c.err()).contains("row 2, column 6 (date)").doesNotContain("Exception");
  }

  @Test
  void nothingToWriteIsBadUsage() {
    Result r = CpdProcess.run("report", "examples/team/");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("cpd report: nothing to write: give --html, --csv, --entries-csv or --ics\n");
  }
}
