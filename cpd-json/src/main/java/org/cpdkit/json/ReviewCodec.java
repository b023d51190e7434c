package org.cpdkit.json;

import java.util.List;
import org.cpdkit.core.portfolio.CpdReview;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.ReviewSample;

/** The outcomes of the regulator's CPD reviews, a portfolio's {@code reviews}, in JSON. */
final class ReviewCodec {
  static final Props REVIEW =
      Props.of("CpdReview", "periodEnd!", "sample", "date!", "feedbackGiven", "reviewAgainNextYear", "reference");

  private ReviewCodec() {}

  static void readReviews(In in, Portfolio.Builder b) {
    in.startArray("review outcome objects");
    while (in.nextElement()) {
      b.addReview(readReview(in));
    }
  }

  static CpdReview readReview(In in) {
    In.Obj o = in.object(REVIEW, true);
    CpdReview.Builder b = CpdReview.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "periodEnd":
          b.periodEnd(in.date());
          break;
        case "sample":
          b.sample(in.code(ReviewSample.class));
          break;
        case "date":
          b.date(in.date());
          break;
        case "feedbackGiven":
          b.feedbackGiven(in.bool());
          break;
        case "reviewAgainNextYear":
          b.reviewAgainNextYear(in.bool());
          break;
        default: // "reference"
          b.reference(in.string());
          break;
      }
    }
    b.extensions(o.extensions());
    return in.build(b::build);
  }

  static void writeReviews(Out out, List<CpdReview> reviews) {
    if (reviews.isEmpty()) {
      return;
    }
    out.g.writeName("reviews");
    out.g.writeStartArray();
    for (CpdReview r : reviews) {
      out.g.writeStartObject();
      out.date("periodEnd", r.periodEnd());
      out.code("sample", r.sample());
      out.date("date", r.date());
      out.bool("feedbackGiven", r.feedbackGiven());
      out.bool("reviewAgainNextYear", r.reviewAgainNextYear());
      if (r.reference().isPresent()) {
        out.string("reference", r.reference().get());
      }
      out.extensions("CpdReview", r.extensions());
      out.g.writeEndObject();
    }
    out.g.writeEndArray();
  }
}
