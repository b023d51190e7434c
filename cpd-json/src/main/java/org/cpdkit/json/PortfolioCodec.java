package org.cpdkit.json;

import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.Regulator;

/** Portfolios and practitioners in JSON. */
final class PortfolioCodec {
  static final Props PORTFOLIO =
      Props.of("Portfolio", "practitioner!", "entries", "practiceHours", "feedback", "reflectiveAccounts",
          "signOffs", "declarations", "learningPlan", "absences", "reviews", "auditProfile");
  static final Props PRACTITIONER =
      Props.of("Practitioner", "registrationNumber!", "regulator!", "registeredOn", "assessedYearCompletedOn", "hcpcProfession");

  private PortfolioCodec() {}

  static Portfolio readPortfolio(In in) {
    In.Obj o = in.object(PORTFOLIO, true);
    Portfolio.Builder b = Portfolio.builder();
    String name;
    while ((name = in.next(o)) != null) {
      if (name.equals("practitioner")) {
        b.practitioner(readPractitioner(in));
      } else if (name.equals("reviews")) {
        ReviewCodec.readReviews(in, b);
      } else if (name.equals("entries")) {
        in.startArray("entry objects");
        while (in.nextElement()) {
          b.addEntry(EntryCodec.readEntry(in));
        }
      } else {
        RecordCodec.read(in, name, b);
      }
    }
    b.extensions(o.extensions());
    return in.build(b::build);
  }

  static void writePortfolioProperties(Out out, Portfolio p) {
    out.g.writeName("practitioner");
    writePractitioner(out, p.practitioner());
    out.g.writeName("entries");
    out.g.writeStartArray();
    for (CpdEntry e : p.entries()) {
      EntryCodec.writeEntry(out, e);
    }
    out.g.writeEndArray();
    ReviewCodec.writeReviews(out, p.reviews());
    RecordCodec.write(out, p);
    out.extensions("Portfolio", p.extensions());
  }

  static Practitioner readPractitioner(In in) {
    In.Obj o = in.object(PRACTITIONER, true);
    Practitioner.Builder b = Practitioner.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "registrationNumber":
          b.registrationNumber(in.string());
          break;
        case "regulator":
          b.regulator(in.code(Regulator.class));
          break;
        case "registeredOn":
          b.registeredOn(in.date());
          break;
        case "assessedYearCompletedOn":
          b.assessedYearCompletedOn(in.date());
          break;
        default: // "hcpcProfession"
          b.hcpcProfession(in.code(org.cpdkit.core.portfolio.HcpcProfession.class));
          break;
      }
    }
    b.extensions(o.extensions());
    return in.build(b::build);
  }

  static void writePractitioner(Out out, Practitioner p) {
    out.g.writeStartObject();
    out.string("registrationNumber", p.registrationNumber());
    out.code("regulator", p.regulator());
    if (p.registeredOn().isPresent()) {
      out.date("registeredOn", p.registeredOn().get());
    }
    if (p.assessedYearCompletedOn().isPresent()) {
      out.date("assessedYearCompletedOn", p.assessedYearCompletedOn().get());
    }
    if (p.hcpcProfession().isPresent()) {
      out.code("hcpcProfession", p.hcpcProfession().get());
    }
    out.extensions("Practitioner", p.extensions());
    out.g.writeEndObject();
  }
}
