package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every {@code json} example in docs/format.md is a valid document, for the reader and the schema. */
class FormatDocTest {
  @Test
  void everyExampleInTheFormatPageReads() throws IOException {
    String page = Files.readString(Paths.get("../docs/format.md"));
    Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(page);
    List<DocumentType<?>> seen = new ArrayList<>();
    boolean checkSeen = false;
    while (m.find()) {
      String json = m.group(1);
      if (json.contains("\"$format\": \"" + CheckResultsWriter.FORMAT + "\"")) {
        assertThat(SchemaSupport.validateCheck(json)).as(CheckResultsWriter.FORMAT).isEmpty();
        tools.jackson.databind.JsonNode check = SchemaSupport.MAPPER.readTree(json);
        for (tools.jackson.databind.JsonNode r : check.get("reports")) {
          CpdJson.standard().read(DocumentType.REPORT, r.get("report").toString());
        }
        CpdJson.standard().read(DocumentType.TEAM_REPORT, check.get("team").toString());
        checkSeen = true;
        continue;
      }
      Document d = CpdJson.standard().readAny(json);
      seen.add(d.type());
      assertThat(SchemaSupport.validate(d.type(), json)).as(d.type().format()).isEmpty();
    }
    assertThat(new java.util.HashSet<>(seen)).containsExactlyInAnyOrderElementsOf(DocumentType.all());
    assertThat(checkSeen).isTrue();
  }
}
