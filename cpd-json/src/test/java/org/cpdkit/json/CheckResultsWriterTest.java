package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CheckResultsWriterTest {

  @Test
  void reportsAreWrittenAsTheyAreAddedAndTheTeamReportAtTheEnd() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CheckResultsWriter w = CheckResultsWriter.open(out);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\n  \"$format\": \"cpdkit.check/1\",\n  \"reports\": [");
    w.add("a.json", Examples.report());
    int afterFirst = out.size();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"path\": \"a.json\"").doesNotContain("\"team\"");
    w.add("b.json", Examples.emptyReport());
    assertThat(out.size()).isGreaterThan(afterFirst);
    w.finish(Examples.teamReport());
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json).endsWith("}\n");
    assertThat(SchemaSupport.validateCheck(json)).isEmpty();
    JsonNode doc = SchemaSupport.MAPPER.readTree(json);
    assertThat(doc.propertyNames()).containsExactly("$format", "reports", "team");
    assertThat(CpdJson.standard().read(DocumentType.REPORT, doc.at("/reports/0/report").toString())).isEqualTo(Examples.report());
    assertThat(CpdJson.standard().read(DocumentType.REPORT, doc.at("/reports/1/report").toString())).isEqualTo(Examples.emptyReport());
    assertThat(CpdJson.standard().read(DocumentType.TEAM_REPORT, doc.get("team").toString())).isEqualTo(Examples.teamReport());
  }

  @Test
  void withoutATeamReportOrReportsTheDocumentIsStillValid() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CheckResultsWriter w = CpdJson.builder().pretty(false).build().openCheckResults(out)) {
      w.finish();
    }
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json).isEqualTo("{\"$format\":\"cpdkit.check/1\",\"reports\":[]}\n");
    assertThat(SchemaSupport.validateCheck(json)).isEmpty();
  }

  @Test
  void closingUnfinishedEndsTheDocumentAndAddingAfterTheEndFails() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CheckResultsWriter w = CheckResultsWriter.open(out);
    w.add("a.json", Examples.report());
    w.close();
    assertThat(SchemaSupport.validateCheck(out.toString(StandardCharsets.UTF_8))).isEmpty();
    assertThatThrownBy(() -> w.add("b.json", Examples.report())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(w::finish).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theSchemaRejectsAReportWithoutItsFormat() {
    String json = "{\"$format\":\"cpdkit.check/1\",\"reports\":[{\"path\":\"a.json\",\"report\":{\"asOf\":\"2026-01-05\",\"findings\":[],\"requirements\":[],\"rules\":[]}}]}";
    assertThat(SchemaSupport.validateCheck(json)).isNotEmpty();
  }
}
