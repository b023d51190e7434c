package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cpdkit.core.portfolio.HcpcProfession;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.portfolio.Regulator;
import org.junit.jupiter.api.Test;

/** Regulators' calendars as they publish them. */
class CalendarTest {

  @Test
  void nmcApplicationIsDueByTheFirstDayOfTheRenewalMonth() {
    Practitioner p = Practitioner.builder().registrationNumber("12A3456B").regulator(Regulator.NMC)
        .registeredOn(LocalDate.of(2024, 4, 1)).build();
    RegistrationPeriod period = BuiltInPacks.nmc().periodFor(p, LocalDate.of(2026, 11, 7)).orElseThrow();
    assertThat(period.end()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(period.deadline()).isEqualTo(LocalDate.of(2027, 3, 1));
  }

  @Test
  void hcpcPeriodsFollowTheProfessionsRenewalWindowNotTheRegistrationDate() {
    Practitioner p = Practitioner.builder().registrationNumber("OT12345").regulator(Regulator.HCPC)
        .registeredOn(LocalDate.of(2020, 2, 14)).hcpcProfession(HcpcProfession.OCCUPATIONAL_THERAPISTS).build();
    RegistrationPeriod period = BuiltInPacks.hcpc().periodFor(p, LocalDate.of(2026, 11, 7)).orElseThrow();
    assertThat(period.deadline()).isEqualTo(LocalDate.of(2027, 10, 31));
    assertThat(period.start()).isEqualTo(LocalDate.of(2025, 11, 1));
    assertThat(HcpcProfession.OCCUPATIONAL_THERAPISTS.windowOpens(period.deadline())).isEqualTo(LocalDate.of(2027, 8, 1));
    // Radiographers renew 1 December to 28 February, deadlines in even years.
    assertThat(HcpcProfession.RADIOGRAPHERS.nextDeadline(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2028, 2, 28));
    assertThat(HcpcProfession.RADIOGRAPHERS.windowOpens(LocalDate.of(2028, 2, 28))).isEqualTo(LocalDate.of(2027, 12, 1));
  }

  @Test
  void socialCareWalesRenewalIsDue21DaysBeforeTheRenewalDate() {
    Practitioner p = Practitioner.builder().registrationNumber("W1").regulator(Regulator.SOCIAL_CARE_WALES)
        .registeredOn(LocalDate.of(2024, 6, 1)).build();
    RegistrationPeriod period = BuiltInPacks.wales().periodFor(p, LocalDate.of(2026, 11, 7)).orElseThrow();
    assertThat(period.end()).isEqualTo(LocalDate.of(2027, 5, 31));
    assertThat(period.deadline()).isEqualTo(LocalDate.of(2027, 5, 10));
  }

  @Test
  void socialWorkEnglandPacksCoverEveryYearSincePeerReflectionWasRequired() {
    for (int year = 2022; year <= 2027; year++) {
      RegistrationPeriod p = BuiltInPacks.socialWorkEngland(year).fixedPeriod().orElseThrow();
      assertThat(p.start()).isEqualTo(LocalDate.of(year - 1, 12, 1));
      assertThat(p.deadline()).isEqualTo(LocalDate.of(year, 11, 30));
      assertThat(BuiltInPacks.socialWorkEngland(year).minimumPeerReflections()).isEqualTo(1);
    }
    assertThat(org.cpdkit.rules.RulePacks.defaultFor(Regulator.SOCIAL_WORK_ENGLAND, LocalDate.of(2021, 11, 30))).isEmpty();
  }
}
