package org.cpdkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.rules.Finding;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.cpdkit.rules.Severity;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The generators themselves: deterministic per seed, varied, realistic and free of identifiers. */
class CpdGeneratorsPropertyTest {

  private static final RegistrationPeriod PERIOD = Regulator.SOCIAL_WORK_ENGLAND.period(LocalDate.of(2025, 12, 1));

  static Map<String, Gen<?>> all() {
    Map<String, Gen<?>> gens = new LinkedHashMap<>();
    gens.put("standardCodes", CpdGenerators.standardCodes());
    gens.put("anyStandardCodes", CpdGenerators.anyStandardCodes());
    gens.put("standards", CpdGenerators.standards());
    gens.put("standardGroups", CpdGenerators.standardGroups());
    gens.put("standardsFrameworks", CpdGenerators.standardsFrameworks());
    gens.put("cpdEntries", CpdGenerators.cpdEntries());
    gens.put("peerReflections", CpdGenerators.peerReflections());
    gens.put("structuredReflections", CpdGenerators.structuredReflections());
    gens.put("evidenceReferences", CpdGenerators.evidenceReferences());
    gens.put("practitioners", CpdGenerators.practitioners());
    gens.put("registrationPeriods", CpdGenerators.registrationPeriods());
    gens.put("sweRegistrationPeriods", CpdGenerators.sweRegistrationPeriods());
    gens.put("portfolios", CpdGenerators.portfolios());
    gens.put("compliantForSwe", CpdGenerators.compliantForSwe(PERIOD));
    gens.put("participants", CpdGenerators.participants());
    gens.put("prompts", CpdGenerators.prompts());
    gens.put("peerReflectionSessions", CpdGenerators.peerReflectionSessions());
    gens.put("toolkits", CpdGenerators.toolkits());
    gens.put("toolkitRuns", CpdGenerators.toolkitRuns());
    gens.put("reflections", CpdGenerators.reflections());
    return gens;
  }

  @TestFactory
  Stream<DynamicTest> theSameSeedGivesTheSameValue() {
    return all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
        PropertyCheck.forAll(e.getKey() + " deterministic", Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), seed -> {
          Object a = e.getValue().sample(seed);
          Object b = e.getValue().sample(seed);
          assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        })));
  }

  @TestFactory
  Stream<DynamicTest> differentSeedsGiveVariedValues() {
    return all().entrySet().stream()
        .filter(e -> !e.getKey().equals("sweRegistrationPeriods"))
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
          List<Object> values = new ArrayList<>();
          for (long s = 0; s < 50; s++) {
            values.add(e.getValue().sample(s));
          }
          assertThat(values.stream().distinct().count()).isGreaterThan(4);
        }));
  }

  @Test
  void entriesCoverEveryActivityTypeAndRealisticTimes() {
    PropertyCheck.forAll("entries are realistic", CpdGenerators.cpdEntries(), e -> {
      RegistrationPeriod p = Regulator.SOCIAL_WORK_ENGLAND.periodContaining(e.date());
      assertThat(p.contains(e.completedOn())).as("inside one registration period").isTrue();
      e.timeSpent().ifPresent(t -> assertThat(t.toMinutes()).isBetween(30L, 48 * 60L));
      assertThat(e.impactOnPractice().length()).isLessThan(2_000);
    });
    long types = Stream.iterate(0L, s -> s + 1).limit(400)
        .map(s -> CpdGenerators.cpdEntries().sample(s).activityType().orElseThrow()).distinct().count();
    assertThat(types).isEqualTo(org.cpdkit.core.entry.ActivityType.values().length);
  }

  /** A rough guard; the anonymisation scanner checks the texts properly. */
  private static final Pattern LOOKS_IDENTIFYING = Pattern.compile(
      "@|https?:|www\\.|\\d{4,}|\\b(Mr|Mrs|Ms|Miss|Dr)\\b|\\b[A-Z]{1,2}\\d{1,2}[A-Z]?\\s*\\d[A-Z]{2}\\b");

  @Test
  void generatedTextsLookAnonymised() {
    PropertyCheck.forAll("entry texts look anonymised", CpdGenerators.cpdEntries(), e -> {
      for (String text : List.of(e.title(), e.whatIDid(), e.whatILearned(), e.impactOnPractice(),
          e.peerReflection().map(p -> p.whatILearnedFromPeers() + " " + p.peerRoles()).orElse(""),
          e.structuredReflection().map(s -> String.join(" ", s.sections().values())).orElse(""))) {
        assertThat(LOOKS_IDENTIFYING.matcher(text).find()).as("identifier-like text").isFalse();
      }
    });
    PropertyCheck.forAll("session texts look anonymised", CpdGenerators.peerReflectionSessions(), (PeerReflectionSession s) -> {
      String all = s.title() + " " + s.notes() + " " + s.feedback() + " " + s.feedforward();
      assertThat(LOOKS_IDENTIFYING.matcher(all).find()).as("identifier-like text").isFalse();
    });
  }

  @Test
  void combinatorsStayInRange() {
    PropertyCheck.forAll("combinators", Gen.ints(3, 7).list(0, 5).zip(Gen.elements("a", "b").optional(), Map::entry), e -> {
      assertThat(e.getKey()).hasSizeLessThanOrEqualTo(5).allSatisfy(i -> assertThat(i).isBetween(3, 7));
      e.getValue().ifPresent(v -> assertThat(v).isIn("a", "b"));
    });
    PropertyCheck.forAll("distinct lists", Gen.distinctListOf(Gen.ints(0, 3), i -> i, 0, 10),
        l -> assertThat(l).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(4));
    PropertyCheck.forAll("subsets keep order", Gen.subsetOf(List.of(1, 2, 3, 4, 5), 1, 3),
        l -> assertThat(l).isSorted().hasSizeBetween(1, 3));
  }

  @Test
  void compliantPortfoliosMeetTheSweFigures() {
    PropertyCheck.forAll("compliant for SWE", CpdGenerators.compliantForSwe(PERIOD), p -> {
      assertThat(p.submittedEntriesIn(PERIOD)).hasSizeGreaterThanOrEqualTo(2);
      assertThat(p.peerReflectionsIn(PERIOD)).isNotEmpty();
      assertThat(p.practitioner().regulator()).isEqualTo(Regulator.SOCIAL_WORK_ENGLAND);
    });
    PropertyCheck.forAll("one short of SWE", CpdGenerators.sweWith(PERIOD, 2, 0), p -> {
      assertThat(p.submittedEntriesIn(PERIOD)).hasSize(2);
      assertThat(p.peerReflectionsIn(PERIOD)).isEmpty();
    });
  }

  @Test
  void compliantPortfoliosPassTheSwePackOnAnyDayFromTheLastEntryToTheEndOfThePeriod() {
    RulePack pack = RulePacks.get("swe-2026");
    Gen<Map.Entry<org.cpdkit.core.portfolio.Portfolio, LocalDate>> cases =
        CpdGenerators.compliantForSwe(PERIOD).flatMap(p -> {
          LocalDate last = p.submittedEntriesIn(PERIOD).stream().map(CpdEntry::completedOn).max(LocalDate::compareTo).orElseThrow();
          return Gen.dates(last, PERIOD.end()).map(day -> Map.entry(p, day));
        });
    PropertyCheck.forAll("compliant for SWE by the pack", cases, c -> {
      Report report = pack.check(c.getKey(), c.getValue());
      assertThat(report.findings(Severity.ERROR)).isEmpty();
      assertThat(report.isCompliant()).isTrue();
    });
  }

  @Test
  void sweWithTooFewFallsShortByThePack() {
    RulePack pack = RulePacks.get("swe-2026");
    PropertyCheck.forAll("one short of SWE by the pack", CpdGenerators.sweWith(PERIOD, 2, 0),
        p -> assertThat(pack.check(p, PERIOD.end()).findings(Severity.ERROR)).extracting(Finding::ruleId)
            .contains("registration.peer-reflection"));
    PropertyCheck.forAll("one entry short of SWE by the pack", CpdGenerators.sweWith(PERIOD, 1, 1),
        p -> assertThat(pack.check(p, PERIOD.end()).findings(Severity.ERROR)).extracting(Finding::ruleId)
            .contains("registration.minimum-entries"));
  }

  @Test
  void portfolioEntriesFallInsideTheRegistrantsPeriods() {
    PropertyCheck.forAll("entries after registration", CpdGenerators.portfolios(), p -> {
      for (CpdEntry e : p.entries()) {
        p.practitioner().registeredOn().ifPresent(r -> {
          if (!p.practitioner().regulator().hasFixedCalendar()) {
            assertThat(e.date()).isAfterOrEqualTo(p.periodContaining(r).start());
          }
        });
        assertThat(p.periodContaining(e.completedOn()).contains(e.completedOn())).isTrue();
      }
    });
  }
}
