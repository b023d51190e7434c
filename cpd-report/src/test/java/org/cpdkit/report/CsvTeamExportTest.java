package org.cpdkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTeamExportTest {

  @Test
  void oneRowPerPractitionerWithHaveAndNeed() throws Exception {
    TeamView team = TeamView.of(Examples.swe2026(), Examples.team(), Examples.AS_OF);
    String csv = ReportCsv.standard().teamCsv(team);
    assertThat(csv).startsWith("\uFEFFregistrationNumber,outcome,daysLeft,registration.minimum-entries have,"
        + "registration.minimum-entries need,registration.peer-reflection have,registration.peer-reflection need,"
        + "peerReflection,missing\r\n");
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
    assertThat(rows).hasSize(team.rows().size() + 1);
    for (int i = 0; i < team.rows().size(); i++) {
      TeamView.Row r = team.rows().get(i);
      CSVRecord c = rows.get(i + 1);
      assertThat(c.get(0)).isEqualTo(r.registrationNumber());
      assertThat(c.get(1)).isEqualTo(r.outcome().code());
      assertThat(c.get(2)).isEqualTo("23");
      assertThat(c.get(4)).isEqualTo("2");
      assertThat(c.get(8)).isEqualTo(r.missing().isEmpty() ? "" : String.join("; ", r.missing()));
    }
  }

  @Test
  void withoutByteOrderMark() {
    TeamView team = TeamView.of(Examples.swe2026(), Examples.team(), Examples.AS_OF);
    assertThat(ReportCsv.standard().withoutByteOrderMark().teamCsv(team)).startsWith("registrationNumber,");
  }

  @Test
  void examplesRoundTripThroughCsv() {
    List<org.cpdkit.core.portfolio.Portfolio> team = Examples.team();
    String csv = ReportCsv.standard().portfoliosCsv(team);
    assertThat(ReportCsv.standard().readPortfolios(csv, "team.csv")).isEqualTo(team);
  }
}
