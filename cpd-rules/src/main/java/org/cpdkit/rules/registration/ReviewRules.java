package org.cpdkit.rules.registration;

import java.util.Map;
import org.cpdkit.core.portfolio.CpdReview;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.rules.Rule;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.rules.RequirementStatus;
import org.cpdkit.rules.RuleDescription;
import org.cpdkit.rules.Severity;

/** The note that this registration year's CPD will be reviewed, because last year's review said so. */
final class ReviewRules {
  private ReviewRules() {}

  static Rule<Portfolio> reviewAnnounced(RegistrationRequirements r) {
    String id = "registration.review-announced";
    return new PortfolioRule(RuleDescription.of(id, Severity.INFO,
            "When the review of last year's CPD gave feedback, this year's CPD will be reviewed too.",
            "The regulator reviews again the next year anyone it gave feedback; knowing it early leaves time to act"
                + " on the feedback.", r.sourceFor(id)), r,
        (facts, context) -> {
          if (facts.period().isEmpty()) {
            return;
          }
          RegistrationPeriod period = facts.period().get();
          Portfolio p = facts.portfolio();
          p.reviewAnnouncedFor(period).ifPresent(review -> {
            int i = p.reviews().indexOf(review);
            context.report("/reviews/" + i,
                "This registration year's CPD will be reviewed: the review of the year ending "
                    + RequirementStatus.day(review.periodEnd()) + (review.feedbackGiven() ? " gave feedback." : " said so."),
                Map.of("periodEnd", review.periodEnd().toString(), "feedbackGiven", review.feedbackGiven()));
          });
        });
  }
}
