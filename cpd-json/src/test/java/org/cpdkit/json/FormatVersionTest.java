package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Documents of an earlier minor version still read; a newer minor version is refused. */
class FormatVersionTest {

  private static final String BODY =
      "\"practitioner\": {\"registrationNumber\": \"SW1\", \"regulator\": \"social-work-england\"}, \"entries\": []}";

  @Test
  void aVersion1DocumentStillReads() {
    CpdJson json = CpdJson.standard();
    assertThat(json.read(DocumentType.PORTFOLIO, "{\"$format\": \"cpdkit.portfolio/1\", " + BODY).entries()).isEmpty();
    assertThat(json.read(DocumentType.PORTFOLIO, "{\"$format\": \"cpdkit.portfolio/1.0\", " + BODY).entries()).isEmpty();
    assertThat(json.read(DocumentType.PORTFOLIO, "{\"$format\": \"cpdkit.portfolio/1.1\", " + BODY).entries()).isEmpty();
    assertThat(json.readAny("{\"$format\": \"cpdkit.portfolio/1\", " + BODY).type()).isEqualTo(DocumentType.PORTFOLIO);
  }

  @Test
  void writersWriteTheCurrentMinorVersion() {
    CpdJson json = CpdJson.standard();
    String written = json.toJson(DocumentType.PORTFOLIO, json.read(DocumentType.PORTFOLIO, "{\"$format\": \"cpdkit.portfolio/1\", " + BODY));
    assertThat(written).contains("\"$format\": \"cpdkit.portfolio/1.2\"");
    assertThat(DocumentType.ENTRY.format()).isEqualTo("cpdkit.entry/1.2");
    assertThat(DocumentType.SESSION.format()).isEqualTo("cpdkit.session/1.1");
    assertThat(DocumentType.TOOLKIT_RUN.format()).isEqualTo("cpdkit.toolkit-run/1.1");
    assertThat(DocumentType.TEAM_REPORT.format()).isEqualTo("cpdkit.team-report/1.2");
    assertThat(DocumentType.TOOLKIT.format()).isEqualTo("cpdkit.toolkit/1");
  }

  @Test
  void aNewerMinorVersionIsRefusedWithItsCode() {
    assertThatThrownBy(() -> CpdJson.standard().read(DocumentType.PORTFOLIO, "{\"$format\": \"cpdkit.portfolio/1.3\", " + BODY))
        .isInstanceOfSatisfying(CpdFormatException.class, e -> assertThat(e.code()).isEqualTo("unsupported-format"));
  }
}
