package org.cpdkit.testing.core.portfolio;

import org.cpdkit.core.portfolio.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.Gen;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.api.Test;

class RegulatorPropertyTest {

  /** A practitioner and a day on or after their registration. */
  private static final Gen<List<Object>> PRACTITIONER_AND_DAY = CpdGenerators.practitioners().flatMap(p -> {
    LocalDate from = p.registeredOn().orElse(LocalDate.of(2015, 1, 1));
    return Gen.dates(from, from.plusYears(12)).map(d -> List.of(p, d));
  });

  @Test
  void thePeriodContainingADayContainsItAndHasTheRegulatorsLength() {
    PropertyCheck.forAll("period contains the day", PRACTITIONER_AND_DAY, l -> {
      Practitioner p = (Practitioner) l.get(0);
      LocalDate day = (LocalDate) l.get(1);
      RegistrationPeriod period = p.periodContaining(day);
      assertThat(period.contains(day)).isTrue();
      int years = p.regulator().periodYears();
      LocalDate nextStart = period.end().plusDays(1);
      assertThat(period.start().plusYears(years)).isBetween(nextStart.minusDays(1), nextStart);
      if (!isLeapDay(p)) {
        assertThat(period.start().plusYears(years)).isEqualTo(nextStart);
      }
      assertThat(period.deadline()).isBetween(period.start(), period.end());
      if (p.regulator().hasFixedCalendar()) {
        assertThat(MonthDay.from(period.start())).isEqualTo(MonthDay.of(12, 1));
        assertThat(MonthDay.from(period.end())).isEqualTo(MonthDay.of(11, 30));
      }
    });
  }

  @Test
  void everyDayOfAPeriodIsInThatPeriodAndPeriodsAbut() {
    PropertyCheck.forAll("periods are stable and abut", PRACTITIONER_AND_DAY, l -> {
      Practitioner p = (Practitioner) l.get(0);
      RegistrationPeriod period = p.periodContaining((LocalDate) l.get(1));
      for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusDays(1)) {
        assertThat(p.periodContaining(d)).as("period containing %s", d).isEqualTo(period);
      }
      RegistrationPeriod next = p.periodContaining(period.end().plusDays(1));
      assertThat(next.start()).isEqualTo(period.end().plusDays(1));
    });
  }

  @Test
  void registrantsOfA29FebruaryHaveStablePeriodsThatAbut() {
    Gen<Regulator> ownCycle = Gen.elements(java.util.Arrays.stream(Regulator.values())
        .filter(r -> !r.hasFixedCalendar()).toList());
    Gen<List<Object>> leapDay = ownCycle.zip(Gen.elements(2000, 2004, 2008, 2012, 2016, 2020, 2024), (r, y) ->
        Practitioner.builder().registrationNumber("R1").regulator(r).registeredOn(LocalDate.of(y, 2, 29)).build())
        .flatMap(p -> Gen.dates(p.registeredOn().orElseThrow(), p.registeredOn().orElseThrow().plusYears(12))
            .map(d -> List.of(p, d)));
    PropertyCheck.forAll("leap-day registrants", leapDay, l -> {
      Practitioner p = (Practitioner) l.get(0);
      RegistrationPeriod period = p.periodContaining((LocalDate) l.get(1));
      assertThat(period.contains((LocalDate) l.get(1))).isTrue();
      assertThat(p.periodContaining(period.start())).isEqualTo(period);
      assertThat(p.periodContaining(period.end())).isEqualTo(period);
      assertThat(p.periodContaining(period.end().plusDays(1)).start()).isEqualTo(period.end().plusDays(1));
    });
  }

  private static boolean isLeapDay(Practitioner p) {
    return p.registeredOn().map(d -> d.getMonthValue() == 2 && d.getDayOfMonth() == 29).orElse(false);
  }
}
