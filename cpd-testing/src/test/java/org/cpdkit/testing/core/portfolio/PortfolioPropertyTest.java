package org.cpdkit.testing.core.portfolio;

import org.cpdkit.core.portfolio.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.Gen;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.api.Test;

class PortfolioPropertyTest {

  private static final Gen<Portfolio> PORTFOLIOS = CpdGenerators.portfolios();

  @Test
  void copiesBuildAndEqualTheOriginal() {
    PropertyCheck.forAll("portfolio copies", PORTFOLIOS, p -> {
      assertThat(Portfolio.builder().from(p).build()).isEqualTo(p).hasSameHashCodeAs(p);
      assertThat(p.withEntries(p.entries())).isEqualTo(p);
      assertThat(Practitioner.builder().from(p.practitioner()).build()).isEqualTo(p.practitioner());
    });
  }

  @Test
  void periodViewsAreNestedAndAddUp() {
    PropertyCheck.forAll("period views", PORTFOLIOS.filter(p -> !p.entries().isEmpty()), p -> {
      RegistrationPeriod period = p.periodContaining(p.entries().get(0).completedOn());
      assertThat(p.entriesIn(period)).allSatisfy(e -> assertThat(period.contains(e.completedOn())).isTrue());
      assertThat(p.entries()).filteredOn(e -> period.contains(e.completedOn())).containsExactlyElementsOf(p.entriesIn(period));
      assertThat(p.entriesIn(period)).containsAll(p.submittedEntriesIn(period));
      assertThat(p.submittedEntriesIn(period)).allSatisfy(e -> assertThat(e.isSubmitted()).isTrue());
      assertThat(p.submittedEntriesIn(period)).containsAll(p.peerReflectionsIn(period));
      assertThat(p.peerReflectionsIn(period)).allSatisfy(e -> assertThat(e.isPeerReflection()).isTrue());
      Duration total = Duration.ZERO;
      for (CpdEntry e : p.submittedEntriesIn(period)) {
        total = total.plus(e.timeSpent().orElse(Duration.ZERO));
      }
      assertThat(p.totalTimeIn(period)).isEqualTo(total);
      assertThat(p.participatoryTimeIn(period)).isLessThanOrEqualTo(total);
    });
  }

  @Test
  void entriesAreFoundById() {
    PropertyCheck.forAll("entry lookup", PORTFOLIOS, p -> {
      for (CpdEntry e : p.entries()) {
        assertThat(p.entry(e.id())).contains(e);
      }
    });
  }
}
