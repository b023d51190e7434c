package org.cpdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cpdkit.core.portfolio.Regulator;
import org.junit.jupiter.api.Test;

class RulePacksTest {

  @Test
  void builtInPacksAreDiscovered() {
    assertThat(RulePacks.ids()).contains("swe-2025", "swe-2026", "swe-2027", "sssc", "scw", "niscc", "hcpc", "nmc");
  }

  @Test
  void aPackOnTheClassPathIsDiscoveredWithoutChangingCpdkit() {
    RulePack pack = RulePacks.get("example-council-2026");
    assertThat(pack.rules().contains("registration.minimum-entries")).isTrue();
    assertThat(pack.check(Fixtures.compliantSwe(), Fixtures.AS_OF).isCompliant()).isFalse();
  }

  @Test
  void unknownPackIsAClearError() {
    assertThatThrownBy(() -> RulePacks.get("nope")).hasMessageContaining("nope").hasMessageContaining("swe-2026");
  }

  @Test
  void theSocialWorkEnglandPackForADayIsItsRegistrationYear() {
    assertThat(RulePacks.forRegulator(Regulator.SOCIAL_WORK_ENGLAND, LocalDate.of(2026, 11, 30)))
        .extracting(RulePack::id).containsExactly("example-council-2026", "swe-2026");
    assertThat(RulePacks.forRegulator(Regulator.SOCIAL_WORK_ENGLAND, LocalDate.of(2026, 12, 1)))
        .extracting(RulePack::id).containsExactly("swe-2027");
    assertThat(RulePacks.forRegulator(Regulator.NMC, LocalDate.of(2026, 12, 1)))
        .extracting(RulePack::id).containsExactly("nmc");
  }

  @Test
  void theDefaultPackIsCpdkitsOwnWhosePeriodContainsTheDay() {
    // example-council-2026 sorts before swe-2026 and applies on the same days: it is never the default.
    assertThat(RulePacks.defaultFor(Regulator.SOCIAL_WORK_ENGLAND, LocalDate.of(2026, 11, 30)))
        .map(RulePack::id).hasValue("swe-2026");
    assertThat(RulePacks.defaultFor(Regulator.SOCIAL_WORK_ENGLAND, LocalDate.of(2025, 12, 1)))
        .map(RulePack::id).hasValue("swe-2026");
    assertThat(RulePacks.defaultFor(Regulator.SOCIAL_WORK_ENGLAND, LocalDate.of(2026, 12, 1)))
        .map(RulePack::id).hasValue("swe-2027");
    assertThat(RulePacks.defaultFor(Regulator.NMC, LocalDate.of(2026, 12, 1))).map(RulePack::id).hasValue("nmc");
    assertThat(RulePacks.isBuiltIn("swe-2026")).isTrue();
    assertThat(RulePacks.isBuiltIn("example-council-2026")).isFalse();
  }

  @Test
  void aUsersPackIsChosenById() {
    assertThat(RulePacks.get("example-council-2026").id()).isEqualTo("example-council-2026");
  }
}
