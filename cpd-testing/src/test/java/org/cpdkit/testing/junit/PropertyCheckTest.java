package org.cpdkit.testing.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.Gen;
import org.junit.jupiter.api.Test;

class PropertyCheckTest {

  private static final Pattern SEED = Pattern.compile("-Dcpdkit\\.property\\.seed=(-?\\d+)");

  @Test
  void runsTheCheckOncePerTry() {
    List<Integer> seen = new ArrayList<>();
    PropertyCheck.of(37, 1L).check("counts", Gen.ints(0, 9), seen::add);
    assertThat(seen).hasSize(37).allSatisfy(v -> assertThat(v).isBetween(0, 9));
  }

  @Test
  void aFailingPropertyNamesItselfAndTheSeed() {
    AssertionError e = catchThrowableOfType(AssertionError.class,
        () -> PropertyCheck.of(200, 7L).check("never above 90", Gen.ints(0, 100), v -> assertThat(v).isLessThanOrEqualTo(90)));
    assertThat(e.getMessage())
        .startsWith("Property 'never above 90' failed on try ")
        .contains("seed:")
        .containsPattern(SEED);
    assertThat(e.getCause()).isInstanceOf(AssertionError.class);
  }

  @Test
  void theReportedSeedReplaysTheSameValueOnTheFirstTry() {
    List<CpdEntry> failing = new ArrayList<>();
    AssertionError e = catchThrowableOfType(AssertionError.class,
        () -> PropertyCheck.of(200, 11L).check("no drafts", CpdGenerators.cpdEntries(), entry -> {
          if (!entry.isSubmitted()) {
            failing.add(entry);
            throw new AssertionError("draft");
          }
        }));
    Matcher m = SEED.matcher(e.getMessage());
    assertThat(m.find()).isTrue();
    long seed = Long.parseLong(m.group(1));
    assertThat(e.getMessage()).contains("value:  " + prefix(failing.get(0)));

    List<CpdEntry> replayed = new ArrayList<>();
    assertThatThrownBy(() -> PropertyCheck.of(1, seed).check("no drafts", CpdGenerators.cpdEntries(), entry -> {
          replayed.add(entry);
          throw new AssertionError("draft");
        }))
        .hasMessageContaining("failed on try 1 of 1");
    assertThat(replayed.get(0)).isEqualTo(failing.get(0));
    assertThat(CpdGenerators.cpdEntries().sample(seed)).isEqualTo(failing.get(0));
  }

  @Test
  void aFailureIsShrunkToFewerEntriesAndTheSeedStillReplaysTheOriginal() {
    List<Portfolio> failing = new ArrayList<>();
    AssertionError e = catchThrowableOfType(AssertionError.class,
        () -> PropertyCheck.of(200, 5L).check("fewer than three entries", CpdGenerators.portfolios(), p -> {
          if (p.entries().size() >= 3) {
            failing.add(p);
            throw new AssertionError("too many");
          }
        }));
    Portfolio original = failing.get(0);
    Portfolio smallest = failing.get(failing.size() - 1);
    assertThat(smallest.entries()).hasSize(3);
    assertThat(original.entries().size()).isGreaterThanOrEqualTo(3);
    assertThat(e.getMessage()).contains("value:  " + prefix(original)).contains("shrunk: " + prefix(smallest));
    Matcher m = SEED.matcher(e.getMessage());
    assertThat(m.find()).isTrue();
    assertThat(CpdGenerators.portfolios().sample(Long.parseLong(m.group(1)))).isEqualTo(original);
  }

  @Test
  void aFailingEntryIsShrunkToShorterTextsFewerStandardsAndSimplerDates() {
    List<CpdEntry> failing = new ArrayList<>();
    catchThrowableOfType(AssertionError.class,
        () -> PropertyCheck.of(200, 9L).check("no standards", CpdGenerators.cpdEntries(), entry -> {
          if (!entry.standards().isEmpty()) {
            failing.add(entry);
            throw new AssertionError("linked");
          }
        }));
    CpdEntry smallest = failing.get(failing.size() - 1);
    assertThat(smallest.standards()).hasSize(1);
    assertThat(smallest.tags()).isEmpty();
    assertThat(smallest.evidence()).isEmpty();
    assertThat(smallest.extensions()).isEmpty();
    assertThat(smallest.structuredReflection()).isEmpty();
    assertThat(smallest.endDate()).isEmpty();
    assertThat(smallest.date().getDayOfMonth()).isEqualTo(1);
    assertThat(List.of(smallest.whatIDid(), smallest.whatILearned(), smallest.impactOnPractice()))
        .allSatisfy(t -> assertThat(t.strip().indexOf(". ")).isNegative());
  }

  @Test
  void shrinkingStaysInsideTheGeneratorsPromise() {
    RegistrationPeriod period = Regulator.SOCIAL_WORK_ENGLAND.period(java.time.LocalDate.of(2025, 12, 1));
    List<Portfolio> failing = new ArrayList<>();
    catchThrowableOfType(AssertionError.class,
        () -> PropertyCheck.of(50, 3L).check("always fails", CpdGenerators.compliantForSwe(period), p -> {
          failing.add(p);
          throw new AssertionError("fails");
        }));
    assertThat(failing).hasSizeGreaterThan(1).allSatisfy(p -> {
      assertThat(p.submittedEntriesIn(period)).hasSizeGreaterThanOrEqualTo(2);
      assertThat(p.peerReflectionsIn(period)).isNotEmpty();
    });
    Portfolio smallest = failing.get(failing.size() - 1);
    assertThat(smallest.entries()).hasSize(2);
  }

  @Test
  void aPassingSimplerValueIsNotReportedAndNothingSimplerIsSaid() {
    AssertionError e = catchThrowableOfType(AssertionError.class,
        () -> PropertyCheck.of(200, 7L).check("never above 90", Gen.ints(0, 100), v -> assertThat(v).isLessThanOrEqualTo(90)));
    assertThat(e.getMessage()).contains("shrunk: (no simpler value fails)");
  }

  @Test
  void aFailingGeneratorIsReportedWithItsSeed() {
    Gen<Integer> broken = random -> {
      throw new IllegalStateException("broken generator");
    };
    assertThatThrownBy(() -> PropertyCheck.of(5, 3L).check("broken", broken, v -> {}))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("generating the value failed")
        .hasMessageContaining("-Dcpdkit.property.seed=3");
  }

  @Test
  void theDefaultStartSeedIsFixedPerPropertyName() {
    PropertyCheck settings = PropertyCheck.of(1, 5L);
    assertThat(settings.startSeed("anything")).isEqualTo(5L);
    if (System.getProperty(PropertyCheck.SEED_PROPERTY) == null) {
      PropertyCheck defaults = PropertyCheck.fromSystemProperties();
      assertThat(defaults.startSeed("a")).isEqualTo(PropertyCheck.fromSystemProperties().startSeed("a"));
      assertThat(defaults.startSeed("a")).isNotEqualTo(defaults.startSeed("b"));
    }
  }

  /** The start of a value's text, as the report prints it (long values are cut). */
  private static String prefix(Object value) {
    String text = String.valueOf(value);
    return text.substring(0, Math.min(text.length(), 1_000));
  }

  @Test
  void rejectsFewerThanOneTry() {
    assertThatThrownBy(() -> PropertyCheck.of(0, 1L)).isInstanceOf(IllegalArgumentException.class);
  }
}
