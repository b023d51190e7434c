package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpdkit.rules.team.TeamReport;
import org.junit.jupiter.api.Test;

/** A team report's standards coverage keeps one order, and a code given twice is an error. */
class TeamReportCoverageTest {
  private static final CpdJson JSON = CpdJson.standard();

  private static String golden() throws IOException {
    return Files.readString(Path.of("src/test/resources/org/cpdkit/json/golden/team-report.json"), StandardCharsets.UTF_8);
  }

  private static String withCoverage(String coverage) throws IOException {
    String g = golden();
    int from = g.indexOf("\"standardsCoverage\": {");
    int to = g.indexOf('}', from);
    return g.substring(0, from) + "\"standardsCoverage\": {" + coverage + g.substring(to);
  }

  @Test
  void codesOfMixedShapesReadAndWriteBackInOneOrder() throws IOException {
    String json = withCoverage("\"10\": 2, \"1e\": 3, \"5\": 1, \"4.10\": 1, \"4.9\": 1");
    TeamReport once = JSON.read(DocumentType.TEAM_REPORT, json);
    String written = JSON.toJson(DocumentType.TEAM_REPORT, once);
    TeamReport twice = JSON.read(DocumentType.TEAM_REPORT, written);
    assertThat(twice).isEqualTo(once);
    assertThat(JSON.toJson(DocumentType.TEAM_REPORT, twice)).isEqualTo(written);
    assertThat(written.indexOf("\"1e\"")).isLessThan(written.indexOf("\"4.9\""));
    assertThat(written.indexOf("\"4.9\"")).isLessThan(written.indexOf("\"4.10\""));
    assertThat(written.indexOf("\"4.10\"")).isLessThan(written.indexOf("\"5\""));
    assertThat(written.indexOf("\"5\"")).isLessThan(written.indexOf("\"10\""));
  }

  @Test
  void aCodeGivenTwiceIsAnErrorWhateverComesBetween() throws IOException {
    for (String coverage : new String[] {"\"5\": 1, \"10\": 2, \"1e\": 3, \"5\": 4", "\"1e\": 1, \"5\": 2, \"10\": 3, \"1e\": 4"}) {
      CpdFormatException e = catchThrowableOfType(CpdFormatException.class, () -> JSON.read(DocumentType.TEAM_REPORT, withCoverage(coverage)));
      assertThat(e).as(coverage).isNotNull();
      assertThat(e.kind()).isEqualTo(CpdFormatException.Kind.DUPLICATE_PROPERTY);
      assertThat(e.pointer()).startsWith("/standardsCoverage");
    }
  }
}
