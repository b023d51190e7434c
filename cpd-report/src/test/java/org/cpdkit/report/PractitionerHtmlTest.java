package org.cpdkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PractitionerHtmlTest {

  @ParameterizedTest
  @ValueSource(strings = {"portfolio-compliant.json", "portfolio-missing-peer-reflection.json", "portfolio-with-identifiers.json"})
  void selfContainedAndNeverQuotesAReflection(String example) {
    Portfolio p = Examples.portfolio(example);
    String html = HtmlReports.standard().html(PractitionerView.of(p, Examples.swe2026(), Examples.AS_OF));

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en-GB\">");
    assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=|@import|url\\(");
    for (CpdEntry e : p.entries()) {
      for (String text : new String[] {e.whatIDid(), e.whatILearned(), e.impactOnPractice()}) {
        if (!text.isBlank()) {
          assertThat(html).doesNotContain(escaped(text.substring(0, Math.min(40, text.length()))));
        }
      }
    }
    // every chart has a title and a description it is labelled by
    Matcher svg = Pattern.compile("<svg[^>]*aria-labelledby=\"([^\" ]+) ([^\"]+)\"").matcher(html);
    int charts = 0;
    while (svg.find()) {
      charts++;
      assertThat(html).contains("<title id=\"" + svg.group(1) + "\">").contains("<desc id=\"" + svg.group(2) + "\">");
    }
    assertThat(charts).isEqualTo(1);
    assertThat(html).contains("<th scope=\"col\">Requirement</th>");
  }

  @Test
  void missingPeerReflectionIsAtRiskWithDaysLeftAndTheMissingItem() {
    PractitionerView v =
        PractitionerView.of(Examples.portfolio("portfolio-missing-peer-reflection.json"), Examples.swe2026(), Examples.AS_OF);
    assertThat(v.outcome()).isEqualTo(Outcome.AT_RISK);
    assertThat(v.daysLeft()).hasValue(23);
    String html = HtmlReports.standard().html(v);
    assertThat(html).contains("23 days left").contains("1 more piece of CPD including a peer reflection")
        .contains("At risk");
  }

  @Test
  void compliantShowsEveryEntryCounting() {
    PractitionerView v =
        PractitionerView.of(Examples.portfolio("portfolio-compliant.json"), Examples.swe2026(), Examples.AS_OF);
    assertThat(v.outcome()).isEqualTo(Outcome.COMPLIANT);
    assertThat(v.entryStatuses()).allMatch(Outcomes.EntryStatusView::counts);
    assertThat(HtmlReports.standard().html(v)).contains("No findings.");
  }

  @Test
  void findingsAreLocatedByFieldInWords() {
    PractitionerView v =
        PractitionerView.of(Examples.portfolio("portfolio-with-identifiers.json"), Examples.swe2026(), Examples.AS_OF);
    String html = HtmlReports.standard().html(v);
    assertThat(v.report().findings()).isNotEmpty();
    assertThat(html).containsPattern("Entry \\d+, (impact on practice|what I did|what I learned|title)");
  }

  @Test
  void fieldWords() {
    assertThat(Fields.words("/entries/2/impactOnPractice")).isEqualTo("Entry 3, impact on practice");
    assertThat(Fields.words("/entries/0/whatIDid")).isEqualTo("Entry 1, what I did");
    assertThat(Fields.words("/entries")).isEqualTo("Entries");
    assertThat(Fields.words("")).isEqualTo("The portfolio");
    assertThat(Fields.words("/entries/1/peerReflection/peerRoles/0")).isEqualTo("Entry 2, peer reflection, peer role 1");
  }

  private static String escaped(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
