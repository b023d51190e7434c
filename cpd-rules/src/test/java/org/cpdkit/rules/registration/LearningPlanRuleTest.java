package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.*;

import java.time.LocalDate;
import org.cpdkit.core.portfolio.LearningPlan;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.junit.jupiter.api.Test;

class LearningPlanRuleTest {
  private static final RulePack NISCC = RulePacks.get("niscc");
  private static final String ID = "registration.learning-plan";

  private static Portfolio niscc(LearningPlan plan) {
    Portfolio.Builder b = Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("N1")
        .regulator(Regulator.SOCIAL_CARE_COUNCIL_NORTHERN_IRELAND).registeredOn(LocalDate.of(2024, 5, 1)).build());
    if (plan != null) {
      b.learningPlan(plan);
    }
    return b.build();
  }

  @Test
  void reportsNoPlanAndAPlanNotAgreed() {
    assertThat(run(NISCC, ID, niscc(null), AS_OF)).containsExactly(ID + "|ERROR|/learningPlan");
    assertThat(run(NISCC, ID, niscc(LearningPlan.builder().agreedWithEmployer(false).build()), AS_OF))
        .containsExactly(ID + "|ERROR|/learningPlan/agreedWithEmployer");
  }

  @Test
  void staysSilentForAnAgreedPlanReviewedInThePeriod() {
    assertThat(run(NISCC, ID, niscc(LearningPlan.builder().agreedWithEmployer(true)
        .agreedOn(LocalDate.of(2024, 6, 1)).lastReviewed(LocalDate.of(2026, 6, 1)).build()), AS_OF)).isEmpty();
  }
}
