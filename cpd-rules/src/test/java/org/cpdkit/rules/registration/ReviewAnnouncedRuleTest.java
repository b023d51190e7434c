package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.*;

import java.time.LocalDate;
import org.cpdkit.core.portfolio.CpdReview;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.ReviewSample;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.junit.jupiter.api.Test;

class ReviewAnnouncedRuleTest {
  private static final RulePack SWE = RulePacks.get("swe-2026");
  private static final String ID = "registration.review-announced";

  private static CpdReview.Builder reviewOf2025() {
    return CpdReview.builder().periodEnd(LocalDate.of(2025, 11, 30)).date(LocalDate.of(2026, 2, 3));
  }

  @Test
  void notesThatThisYearWillBeReviewedAfterFeedback() {
    Portfolio p = compliantSwe().withReviews(reviewOf2025().feedbackGiven(true).build());
    assertThat(run(SWE, ID, p, AS_OF)).containsExactly(ID + "|INFO|/reviews/0");
    assertThat(p.reviewAnnouncedFor(p.periodContaining(AS_OF))).isPresent();
  }

  @Test
  void staysSilentWithoutFeedbackOrForAnotherYear() {
    assertThat(run(SWE, ID, compliantSwe().withReviews(reviewOf2025().build()), AS_OF)).isEmpty();
    CpdReview older = reviewOf2025().periodEnd(LocalDate.of(2024, 11, 30)).feedbackGiven(true).build();
    assertThat(run(SWE, ID, compliantSwe().withReviews(older), AS_OF)).isEmpty();
    assertThat(run(SWE, ID, compliantSwe(), AS_OF)).isEmpty();
  }

  @Test
  void aFollowUpReviewThatSaysReviewAgainIsNotedToo() {
    CpdReview r = reviewOf2025().sample(ReviewSample.FOLLOW_UP).reviewAgainNextYear(true).build();
    assertThat(run(SWE, ID, compliantSwe().withReviews(r), AS_OF)).containsExactly(ID + "|INFO|/reviews/0");
  }
}
