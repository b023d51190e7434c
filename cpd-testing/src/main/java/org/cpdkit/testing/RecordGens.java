package org.cpdkit.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.portfolio.Absence;
import org.cpdkit.core.portfolio.AbsenceReason;
import org.cpdkit.core.portfolio.CodeTheme;
import org.cpdkit.core.portfolio.Declaration;
import org.cpdkit.core.portfolio.FeedbackItem;
import org.cpdkit.core.portfolio.LearningPlan;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.PracticeHours;
import org.cpdkit.core.portfolio.ReflectiveAccount;
import org.cpdkit.core.portfolio.SignOff;
import org.cpdkit.core.portfolio.SignOffKind;

/** Generators of what a portfolio holds besides its entries. */
final class RecordGens {
  private RecordGens() {}

  static final LocalDate FROM = LocalDate.of(2019, 1, 1);
  static final LocalDate TO = LocalDate.of(2028, 12, 31);

  static Gen<PracticeHours> practiceHours() {
    return random -> {
      LocalDate from = Gen.dates(FROM, TO).next(random);
      return PracticeHours.builder()
          .start(from)
          .end(from.plusDays(random.nextInt(0, 365)))
          .hours(Duration.ofMinutes(random.nextLong(30, 60L * 2000)))
          .setting(Gen.elements("community mental health team", "adult social care", "hospital ward").next(random))
          .scope(Gen.elements("direct care", "management", "education").next(random))
          .build();
    };
  }

  static Gen<FeedbackItem> feedbackItems() {
    return random -> FeedbackItem.builder()
        .id(Ids.ids("feedback").next(random))
        .date(Gen.dates(FROM, TO).next(random))
        .source(Gen.elements("patient", "colleague", "carer", "team").next(random))
        .form(Gen.elements("verbal", "thank-you card", "survey", "appraisal").next(random))
        .note(random.nextBoolean() ? Texts.impact(random) : "")
        .build();
  }

  static Gen<ReflectiveAccount> reflectiveAccounts() {
    return random -> ReflectiveAccount.builder()
        .id(Ids.ids("account").next(random))
        .date(Gen.dates(FROM, TO).next(random))
        .codeThemes(Gen.subsetOf(List.of(CodeTheme.values()), 0, 4).next(random))
        .whatHappened(Texts.whatIDid(random))
        .whatILearned(Texts.whatILearned(random))
        .howPracticeChanged(Texts.impact(random))
        .relevanceToTheCode(random.nextBoolean() ? Texts.impact(random) : "")
        .build();
  }

  static Gen<SignOff> signOffs() {
    return random -> {
      SignOff.Builder b = SignOff.builder()
          .kind(Gen.enumValues(SignOffKind.class).next(random))
          .date(Gen.dates(FROM, TO).next(random))
          .role(Texts.label(random));
      if (random.nextBoolean()) {
        b.registrant(random.nextBoolean());
      }
      if (random.nextBoolean()) {
        b.reference(Ids.ids("pin").next(random));
      }
      return b.build();
    };
  }

  /** Gaps of an audit profile: from a day to a later one, explained or not. */
  static Gen<org.cpdkit.core.portfolio.ProfileGap> profileGaps() {
    return random -> {
      LocalDate from = Gen.dates(FROM, TO).next(random);
      org.cpdkit.core.portfolio.ProfileGap.Builder b = org.cpdkit.core.portfolio.ProfileGap.builder()
          .start(from).end(from.plusDays(random.nextInt(1, 400)));
      if (random.nextBoolean()) {
        b.explanation(Gen.enumValues(AbsenceReason.class).next(random));
      }
      return b.build();
    };
  }

  /**
   * Audit profiles naming these entry ids: assembled from a request day when the portfolio is
   * given, otherwise with random lists of the ids.
   */
  static Gen<org.cpdkit.core.portfolio.AuditProfile> auditProfiles(List<String> entryIds) {
    return random -> {
      LocalDate requested = Gen.dates(FROM.plusYears(2), TO).next(random);
      org.cpdkit.core.portfolio.AuditProfile.Builder b = org.cpdkit.core.portfolio.AuditProfile.builder()
          .requestedOn(requested)
          .summaryOfPractice(random.nextBoolean() ? Texts.whatIDid(random) : "")
          .statement(random.nextBoolean() ? Texts.impact(random) : "")
          .activities(Gen.subsetOf(entryIds, 0, entryIds.size()).next(random))
          .statementActivities(Gen.subsetOf(entryIds, 0, Math.min(6, entryIds.size())).next(random))
          .gaps(Gen.listOf(profileGaps(), 0, 3).next(random));
      if (random.nextBoolean()) {
        b.coversFrom(requested.minusDays(random.nextInt(1, 1000)));
      }
      return b.build();
    };
  }

  static Gen<Declaration> declarations() {
    return random -> Declaration.of(
        Gen.elements("health-and-character", "indemnity", "annual-declaration", "renewal-application").next(random),
        Gen.dates(FROM, TO).next(random));
  }

  static Gen<LearningPlan> learningPlans() {
    return random -> {
      LearningPlan.Builder b = LearningPlan.builder().agreedWithEmployer(random.nextBoolean());
      LocalDate agreed = Gen.dates(FROM, TO).next(random);
      if (random.nextBoolean()) {
        b.agreedOn(agreed);
      }
      if (random.nextBoolean()) {
        b.lastReviewed(agreed.plusDays(random.nextInt(0, 700)));
      }
      return b.build();
    };
  }

  static Gen<Absence> absences() {
    return random -> {
      LocalDate from = Gen.dates(FROM, TO).next(random);
      return Absence.builder().start(from).end(from.plusDays(random.nextInt(0, 400)))
          .reason(Gen.enumValues(AbsenceReason.class).next(random)).build();
    };
  }

  /** The portfolio with random record facts added (some of each, or none). */
  static Gen<Portfolio> withRecord(Gen<Portfolio> portfolios) {
    return random -> {
      Portfolio p = portfolios.next(random);
      if (random.nextInt(3) == 0) {
        return p;
      }
      Portfolio.Builder b = Portfolio.builder().from(p);
      if (p.practitioner().regulator() == org.cpdkit.core.portfolio.Regulator.HCPC && random.nextBoolean()) {
        b.practitioner(p.practitioner().withHcpcProfession(
            Gen.enumValues(org.cpdkit.core.portfolio.HcpcProfession.class).next(random)));
      }
      b
          .practiceHours(Gen.listOf(practiceHours(), 0, 3).next(random))
          .feedback(Gen.distinctListOf(feedbackItems(), FeedbackItem::id, 0, 5).next(random))
          .reflectiveAccounts(Gen.distinctListOf(reflectiveAccounts(), ReflectiveAccount::id, 0, 5).next(random))
          .signOffs(Gen.listOf(signOffs(), 0, 3).next(random))
          .declarations(Gen.listOf(declarations(), 0, 3).next(random))
          .absences(Gen.listOf(absences(), 0, 2).next(random));
      if (random.nextBoolean()) {
        b.learningPlan(learningPlans().next(random));
      }
      java.util.List<org.cpdkit.core.entry.CpdEntry> entries = new java.util.ArrayList<>();
      for (org.cpdkit.core.entry.CpdEntry e : p.entries()) {
        if (random.nextInt(6) == 0) {
          e = e.withUsedForRenewal(e.completedOn().plusDays(random.nextInt(0, 400)));
        }
        if (!e.isSubmitted() && random.nextInt(3) == 0) {
          e = e.withActivityType(java.util.Optional.empty());
        }
        entries.add(e);
      }
      b.entries(entries);
      java.util.List<String> ids = new java.util.ArrayList<>();
      entries.forEach(e -> ids.add(e.id()));
      if (!ids.isEmpty()) {
        // Some sign-offs endorse a single entry of this portfolio.
        java.util.List<SignOff> signOffs = new java.util.ArrayList<>();
        for (SignOff s : b.build().signOffs()) {
          signOffs.add(random.nextBoolean() ? s.withEntry(Gen.elements(ids).next(random)) : s);
        }
        b.signOffs(signOffs);
        if (random.nextInt(3) == 0) {
          Portfolio built = b.build();
          b.auditProfile(random.nextBoolean()
              ? org.cpdkit.core.portfolio.AuditProfile.assemble(built,
                  Gen.dates(FROM.plusYears(2), TO).next(random)).summaryOfPractice(Texts.whatIDid(random)).build()
              : auditProfiles(ids).next(random));
        }
      }
      return b.build();
    };
  }
}
