package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.*;

import java.time.LocalDate;
import java.util.Map;
import org.cpdkit.core.entry.ReflectionModel;
import org.cpdkit.core.entry.StructuredReflection;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.junit.jupiter.api.Test;

class StructuredReflectionRuleTest {
  private static final RulePack SWE = RulePacks.get("swe-2026");
  private static final String ID = "entry.structured-reflection";
  private static final LocalDate FEB = LocalDate.of(2026, 2, 10);
  private static final String ENOUGH = "I noticed how the family responded to a plan written with them.";

  private static StructuredReflection driscoll(Map<String, String> sections) {
    return StructuredReflection.builder().model(ReflectionModel.DRISCOLL).sections(sections).build();
  }

  @Test
  void reportsEachMissingStageAtItsSection() {
    StructuredReflection s = driscoll(Map.of("what", ENOUGH));
    assertThat(run(SWE, ID, swe(entry("a", FEB).structuredReflection(s).build()), AS_OF))
        .containsExactly(
            ID + "|WARNING|/entries/0/structuredReflection/sections/now-what",
            ID + "|WARNING|/entries/0/structuredReflection/sections/so-what");
  }

  @Test
  void reportsAStageTooShortToSayAnything() {
    StructuredReflection s = driscoll(Map.of("what", ENOUGH, "so-what", "It mattered.", "now-what", ENOUGH));
    assertThat(run(SWE, ID, swe(entry("a", FEB).structuredReflection(s).build()), AS_OF))
        .containsExactly(ID + "|WARNING|/entries/0/structuredReflection/sections/so-what");
  }

  @Test
  void isInEveryBuiltInPack() {
    for (RulePack pack : RulePacks.all()) {
      assertThat(pack.rulesWithoutIdentifiers().rule(ID)).as(pack.id()).isPresent();
    }
  }

  @Test
  void staysSilentForACompleteReflectionAndForEntriesWithoutOne() {
    StructuredReflection s = driscoll(Map.of("what", ENOUGH, "so-what", ENOUGH, "now-what", ENOUGH));
    assertThat(s.isComplete()).isTrue();
    assertThat(run(SWE, ID, swe(entry("a", FEB).structuredReflection(s).build()), AS_OF)).isEmpty();
    assertThat(run(SWE, ID, compliantSwe(), AS_OF)).isEmpty();
  }

  @Test
  void everyStageOfEveryModelHasAPrompt() {
    for (ReflectionModel m : ReflectionModel.values()) {
      for (String section : m.sections()) {
        assertThat(m.prompt(section)).as(m + " " + section).contains("?");
      }
    }
  }
}
