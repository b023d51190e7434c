package org.cpdkit.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegulatorTest {

  @Test
  void socialWorkEnglandYearRunsFromDecemberToNovember() {
    RegistrationPeriod p =
        Regulator.SOCIAL_WORK_ENGLAND.periodContaining(LocalDate.of(2026, 3, 1));
    assertThat(p.start()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(p.end()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(p.deadline()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(
            Regulator.SOCIAL_WORK_ENGLAND
                .periodContaining(LocalDate.of(2026, 12, 1))
                .start())
        .isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(
            Regulator.SOCIAL_WORK_ENGLAND
                .periodContaining(LocalDate.of(2026, 11, 30))
                .end())
        .isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void personalCyclesNeedTheRegistrationDate() {
    assertThatThrownBy(() -> Regulator.NMC.periodContaining(LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("registeredOn");
    RegistrationPeriod p =
        Regulator.NMC.periodContaining(LocalDate.of(2026, 1, 1), LocalDate.of(2019, 6, 15));
    assertThat(p.start()).isEqualTo(LocalDate.of(2025, 6, 15));
    assertThat(p.end()).isEqualTo(LocalDate.of(2028, 6, 14));
  }

  @Test
  void walesDeadlineIsTwentyOneDaysBeforeRenewal() {
    RegistrationPeriod p =
        Regulator.SOCIAL_CARE_WALES.periodContaining(
            LocalDate.of(2026, 1, 1), LocalDate.of(2024, 4, 1));
    assertThat(p.end()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(p.deadline()).isEqualTo(LocalDate.of(2027, 3, 10));
  }

  @Test
  void daysToDeadline() {
    RegistrationPeriod p = RegistrationPeriod.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30));
    assertThat(p.daysToDeadline(LocalDate.of(2026, 11, 7))).isEqualTo(23);
    assertThat(p.daysToDeadline(LocalDate.of(2026, 11, 30))).isZero();
    assertThat(p.lengthInDays()).isEqualTo(365);
  }
}
