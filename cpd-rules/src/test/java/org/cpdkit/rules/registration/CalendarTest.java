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

  private static Practitioner wales(LocalDate registeredOn) {
    return Practitioner.builder().registrationNumber("W1").regulator(Regulator.SOCIAL_CARE_WALES)
        .registeredOn(registeredOn).build();
  }

  @Test
  void socialCareWalesRenewalWindowOpens86DaysBeforeTheRenewalDate() {
    RegistrationRequirements scw = BuiltInPacks.wales();
    RegistrationPeriod period = scw.periodFor(wales(LocalDate.of(2024, 6, 1)), LocalDate.of(2026, 11, 7)).orElseThrow();
    assertThat(scw.renewalWindowOpening(period)).hasValue(LocalDate.of(2027, 3, 6));
    assertThat(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2027, 3, 6), period.end())).isEqualTo(86);
    // A renewal date on a leap day: the window counts back from 29 February.
    RegistrationPeriod leap = scw.periodFor(wales(LocalDate.of(2025, 3, 1)), LocalDate.of(2026, 11, 7)).orElseThrow();
    assertThat(leap.end()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(leap.deadline()).isEqualTo(LocalDate.of(2028, 2, 8));
    assertThat(scw.renewalWindowOpening(leap)).hasValue(LocalDate.of(2027, 12, 5));
    // Social Work England's fixed window is unchanged: 1 September of the year ending 30 November.
    RegistrationPeriod swe = BuiltInPacks.socialWorkEngland(2026).fixedPeriod().orElseThrow();
    assertThat(BuiltInPacks.socialWorkEngland(2026).renewalWindowOpening(swe)).hasValue(LocalDate.of(2026, 9, 1));
    assertThat(BuiltInPacks.nmc().renewalWindowOpening(period)).isEmpty();
  }

  private static org.cpdkit.rules.RequirementState application(LocalDate asOf, LocalDate madeOn) {
    org.cpdkit.core.portfolio.Portfolio.Builder b = org.cpdkit.core.portfolio.Portfolio.builder()
        .practitioner(wales(LocalDate.of(2024, 6, 1)));
    if (madeOn != null) {
      b.addDeclarations(org.cpdkit.core.portfolio.Declaration.of("renewal-application", madeOn));
    }
    return org.cpdkit.rules.RulePacks.get("scw").check(b.build(), asOf)
        .requirement("registration.renewal-application").orElseThrow().state();
  }

  @Test
  void socialCareWalesApplicationCountsFromTheWindowsFirstDayToTheDeadline() {
    LocalDate opens = LocalDate.of(2027, 3, 6);
    LocalDate deadline = LocalDate.of(2027, 5, 10);
    assertThat(application(deadline, opens)).isEqualTo(org.cpdkit.rules.RequirementState.MET);
    assertThat(application(deadline, deadline)).isEqualTo(org.cpdkit.rules.RequirementState.MET);
    assertThat(application(deadline, opens.minusDays(1))).isEqualTo(org.cpdkit.rules.RequirementState.NOT_CHECKED);
    assertThat(application(LocalDate.of(2027, 5, 20), deadline.plusDays(1)))
        .isEqualTo(org.cpdkit.rules.RequirementState.NOT_CHECKED);
    org.cpdkit.rules.Report before = org.cpdkit.rules.RulePacks.get("scw").check(
        org.cpdkit.core.portfolio.Portfolio.builder().practitioner(wales(LocalDate.of(2024, 6, 1))).build(),
        opens.minusDays(1));
    assertThat(before.requirement("registration.renewal-application").orElseThrow().recorded())
        .isEqualTo("the renewal window opens 6 March 2027");
  }
}
