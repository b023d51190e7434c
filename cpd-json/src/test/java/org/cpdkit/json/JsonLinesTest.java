package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cpdkit.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  private static final CpdJson JSON = CpdJson.standard();

  @Test
  void writesOneDocumentPerLineAndReadsThemBack() {
    List<Portfolio> portfolios = List.of(Examples.portfolio(), Examples.emptyPortfolio());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeLines(DocumentType.PORTFOLIO, portfolios, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.split("\n")).hasSize(2);
    List<Portfolio> read =
        JSON.readLines(DocumentType.PORTFOLIO, new ByteArrayInputStream(out.toByteArray()), "all.jsonl").toList();
    assertThat(read).isEqualTo(portfolios);
  }

  @Test
  void anErrorNamesTheLineOfTheStream() {
    String good = CpdJson.builder().pretty(false).build().toJson(DocumentType.PORTFOLIO, Examples.emptyPortfolio());
    String bad = good.replace("\"practitioner\"", "\"practitioners\"");
    byte[] lines = (good + "\n" + good + bad).getBytes(StandardCharsets.UTF_8);
    CpdFormatException e =
        catchThrowableOfType(
            CpdFormatException.class,
            () -> JSON.readLines(DocumentType.PORTFOLIO, new BufferedInputStream(new ByteArrayInputStream(lines)), "all.jsonl").toList());
    assertThat(new Object[] {e.code(), e.pointer(), e.line(), e.source().orElseThrow()})
        .containsExactly("unknown-property", "/practitioners", 4, "all.jsonl");
  }
}
