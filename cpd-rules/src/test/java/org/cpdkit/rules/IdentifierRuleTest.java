package org.cpdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cpdkit.core.entry.EvidenceReference;
import org.cpdkit.core.entry.ReflectionModel;
import org.cpdkit.core.entry.StructuredReflection;
import org.cpdkit.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

class IdentifierRuleTest {

  /** Finds the word "Tyler" as a person's name, standing in for the identifier scanner. */
  private static final TextInspector TYLER = text -> {
    int at = text.indexOf("Tyler");
    return at < 0 ? List.of() : List.of(TextSpan.of("PERSON_NAME", at, at + 5));
  };

  private static final RulePack SWE = RulePacks.get("swe-2026");

  @Test
  void reportsEachSpanAtItsFieldWithKindAndSpanAndNeverTheText() {
    Portfolio p = Fixtures.swe(
        Fixtures.entry("a", LocalDate.of(2026, 1, 5)).impactOnPractice("Visiting Tyler weekly now.").build());
    Report report = SWE.checker(TYLER).check(p, Fixtures.AS_OF);
    assertThat(Fixtures.lines(report, IdentifierRule.ID))
        .containsExactly("anonymisation.identifier|ERROR|/entries/0/impactOnPractice");
    Finding f = report.findingsOf(IdentifierRule.ID).get(0);
    assertThat(f.span()).contains(TextSpan.of("PERSON_NAME", 9, 14));
    assertThat(f.message()).doesNotContain("Tyler");
  }

  @Test
  void staysSilentOnAnonymisedText() {
    assertThat(Fixtures.run(SWE, TYLER, IdentifierRule.ID, Fixtures.compliantSwe())).isEmpty();
  }

  @Test
  void packsScanForIdentifiersUnlessLeftOut() {
    assertThat(SWE.rules().contains(IdentifierRule.ID)).isTrue();
    assertThat(SWE.checker().rules().contains(IdentifierRule.ID)).isTrue();
    assertThat(SWE.rulesWithoutIdentifiers().contains(IdentifierRule.ID)).isFalse();
    assertThat(SWE.checker(TYLER).rules().contains(IdentifierRule.ID)).isTrue();
  }

  @Test
  void aFindingIsReportedAtThePointerTheFieldIsListedWith() {
    Portfolio p = Fixtures.swe(
        Fixtures.entry("a", LocalDate.of(2026, 1, 5)).addEvidence(EvidenceReference.of("Notes of the visit")).build(),
        Fixtures.peerEntry("b", LocalDate.of(2026, 2, 5))
            .structuredReflection(StructuredReflection.builder().model(ReflectionModel.GIBBS)
                .putSection("analysis", "Why it went well").putSection("description", "What happened").build())
            .addTag("toolkit")
            .build());
    TextInspector everything = text -> List.of(TextSpan.of("OTHER", 0, 1));
    Report report = SWE.checker(everything).check(p, Fixtures.AS_OF);
    assertThat(report.findingsOf(IdentifierRule.ID)).extracting(Finding::location)
        .containsExactlyInAnyOrderElementsOf(
            TextFields.of(p).stream().map(TextField::pointer).collect(Collectors.toList()));
    assertThat(report.findingsOf(IdentifierRule.ID)).extracting(Finding::location)
        .contains("/entries/0/evidence/0/description", "/entries/1/structuredReflection/sections/analysis",
            "/entries/1/peerReflection/peerRoles/0", "/entries/1/tags/0");
  }

  @Test
  void aPureInspectorIsAskedOnceForEachDistinctTextAndEveryFieldWithItIsReported() {
    Portfolio p = Fixtures.swe(
        Fixtures.entry("a", LocalDate.of(2026, 1, 5)).impactOnPractice("Visiting Tyler weekly now.").addTag("risk").build(),
        Fixtures.entry("b", LocalDate.of(2026, 2, 5)).impactOnPractice("Visiting Tyler weekly now.").addTag("risk").build());
    List<String> asked = new ArrayList<>();
    TextInspector counting = text -> {
      asked.add(text);
      return TYLER.inspect(text);
    };
    int fields = TextFields.of(p).size();
    int distinct = (int) TextFields.of(p).stream().map(TextField::text).distinct().count();

    Report pure = SWE.checker(new TextInspectors.Pure(counting)).check(p, Fixtures.AS_OF);
    assertThat(asked).hasSize(distinct).doesNotHaveDuplicates();
    asked.clear();
    Report other = SWE.checker(counting).check(p, Fixtures.AS_OF);
    assertThat(asked).hasSize(fields);
    assertThat(fields).isGreaterThan(distinct);

    assertThat(Fixtures.lines(pure, IdentifierRule.ID)).containsExactly(
        "anonymisation.identifier|ERROR|/entries/0/impactOnPractice",
        "anonymisation.identifier|ERROR|/entries/1/impactOnPractice");
    assertThat(pure).isEqualTo(other);
  }
}
