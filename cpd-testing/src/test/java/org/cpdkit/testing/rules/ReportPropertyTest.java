package org.cpdkit.testing.rules;

import org.cpdkit.rules.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.Gen;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.api.Test;

/** Properties of reports from the Social Work England packs over generated portfolios. */
class ReportPropertyTest {

  private static final Pattern ENTRY = Pattern.compile("^/entries/(\\d+)");

  /** A Social Work England period with a pack, a day inside it, and a portfolio for it. */
  private record Case(RulePack pack, RegistrationPeriod period, LocalDate asOf, Portfolio portfolio) {}

  private static Gen<Case> cases(boolean compliant) {
    return Gen.elements(2025, 2026, 2027).flatMap(year -> {
      RulePack pack = RulePacks.get("swe-" + year);
      RegistrationPeriod period = Regulator.SOCIAL_WORK_ENGLAND.period(LocalDate.of(year - 1, 12, 1));
      Gen<Portfolio> portfolios = compliant
          ? CpdGenerators.compliantForSwe(period).map(ReportPropertyTest::withContent)
          : Gen.ints(0, 4).flatMap(n -> Gen.ints(0, n).flatMap(peer -> CpdGenerators.sweWith(period, n, peer)));
      // A compliant record is judged at the end of its year, when none of its pieces is in the future.
      Gen<LocalDate> days = compliant ? Gen.constant(period.end()) : Gen.dates(period.start().plusMonths(9), period.end());
      return portfolios.zip(days,
          (p, asOf) -> new Case(pack, period, asOf, p));
    });
  }

  /** Findings with entry indexes replaced by entry ids, so reports of reordered entries compare. */
  private static List<String> byEntryId(Report report, Portfolio p) {
    List<String> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      Matcher m = ENTRY.matcher(f.location());
      String at = m.find()
          ? "/entries/" + p.entries().get(Integer.parseInt(m.group(1))).id() + f.location().substring(m.end())
          : f.location();
      out.add(f.ruleId() + "|" + f.severity() + "|" + at + "|" + f.message() + "|" + f.arguments());
    }
    Collections.sort(out);
    return out;
  }

  @Test
  void theReportDoesNotDependOnTheOrderOfEntriesOrOfRules() {
    PropertyCheck.forAll("entry and rule order", cases(false).zip(Gen.longs(0, Long.MAX_VALUE), (c, s) -> List.of(c, s)),
        pair -> {
          Case c = (Case) pair.get(0);
          List<CpdEntry> shuffled = new ArrayList<>(c.portfolio().entries());
          Collections.shuffle(shuffled, new Random((Long) pair.get(1)));
          Portfolio reordered = c.portfolio().withEntries(shuffled);
          Report a = c.pack().check(c.portfolio(), c.asOf());
          Report b = c.pack().check(reordered, c.asOf());
          assertThat(byEntryId(b, reordered)).isEqualTo(byEntryId(a, c.portfolio()));
          assertThat(b.requirements()).isEqualTo(a.requirements());
          assertThat(b.isCompliant()).isEqualTo(a.isCompliant());

          List<Rule<Portfolio>> rules = new ArrayList<>(c.pack().rules().rules());
          Collections.shuffle(rules, new Random((Long) pair.get(1)));
          Report r = Checker.of(RuleSet.of(rules)).withPackId(c.pack().id()).check(c.portfolio(), c.asOf());
          assertThat(r).isEqualTo(a);
        });
  }

  @Test
  void addingAValidPeerReflectionNeverUnsatisfiesARequirement() {
    Gen<List<Object>> gen = cases(false).flatMap(c ->
        CpdGenerators.peerReflectionEntries(c.period()).map(e -> List.of(c, e)));
    PropertyCheck.forAll("adding a peer reflection", gen, pair -> {
      Case c = (Case) pair.get(0);
      CpdEntry added = ((CpdEntry) pair.get(1)).withId("added-peer-reflection");
      if (added.completedOn().isAfter(c.asOf()) || !added.isSubmitted()) {
        return;
      }
      Report before = c.pack().check(c.portfolio(), c.asOf());
      Report after = c.pack().check(c.portfolio().withEntries(append(c.portfolio().entries(), added)), c.asOf());
      for (RequirementStatus r : before.requirements()) {
        if (r.isSatisfied()) {
          assertThat(after.requirement(r.ruleId())).as(r.ruleId()).hasValueSatisfying(s ->
              assertThat(s.isSatisfied()).isTrue());
        }
      }
    });
  }

  @Test
  void aCompliantPortfolioStaysCompliantWhenAnEntryOutsideThePeriodIsAdded() {
    Gen<List<Object>> gen = cases(true).flatMap(c -> Gen.elements(-1, 1).flatMap(shift ->
        CpdGenerators.cpdEntries(Regulator.SOCIAL_WORK_ENGLAND.period(c.period().start().plusYears(shift)))
            .map(e -> List.of(c, e))));
    PropertyCheck.forAll("outside entry", gen, pair -> {
      Case c = (Case) pair.get(0);
      Report before = c.pack().check(c.portfolio(), c.asOf());
      if (!before.isCompliant()) {
        // Generated pieces may still lack content the pack asks for; only compliant ones matter here.
        return;
      }
      CpdEntry outside = ((CpdEntry) pair.get(1)).withId("outside-the-period");
      Report after = c.pack().check(c.portfolio().withEntries(append(c.portfolio().entries(), outside)), c.asOf());
      assertThat(after.isCompliant()).isTrue();
      assertThat(after.requirements()).isEqualTo(before.requirements());
    });
  }

  @Test
  void compliantGeneratedPortfoliosAreMostlyCompliant() {
    List<Case> sample = cases(true).list(200, 200).sample(7);
    long compliant = sample.stream().filter(c -> c.pack().check(c.portfolio(), c.asOf()).isCompliant()).count();
    assertThat(compliant).as("compliant generated portfolios the pack accepts").isGreaterThan(150);
  }

  @Test
  void theEngineIsDeterministicAcrossThreads() throws Exception {
    List<Case> sample = cases(false).list(200, 200).sample(11);
    List<Report> expected = new ArrayList<>();
    for (Case c : sample) {
      expected.add(c.pack().check(c.portfolio(), c.asOf()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Report>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          List<Report> out = new ArrayList<>();
          for (Case c : sample) {
            out.add(c.pack().check(c.portfolio(), c.asOf()));
          }
          return out;
        }));
      }
      for (Future<List<Report>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The generators' compliant portfolios meet the figures but may leave a reflection blank, which
   * the regulator's form does not accept; fill blanks so that the properties start from records
   * the pack accepts.
   */
  private static Portfolio withContent(Portfolio p) {
    List<CpdEntry> entries = new ArrayList<>();
    for (CpdEntry e : p.entries()) {
      CpdEntry.Builder b = CpdEntry.builder().from(e);
      if (e.whatIDid().isBlank()) {
        b.whatIDid("Took part in this activity because it matters for my current cases " + e.id());
      }
      if (e.whatILearned().isBlank()) {
        b.whatILearned("Learned a different way to weigh evidence in assessments " + e.id());
      }
      if (e.impactOnPractice().isBlank()) {
        b.impactOnPractice("I now record the reasons for each decision with the family " + e.id());
      }
      e.peerReflection().filter(r -> r.whatILearnedFromPeers().isBlank()).ifPresent(r ->
          b.peerReflection(r.withWhatILearnedFromPeers("My peers showed me how they open hard conversations " + e.id())));
      entries.add(b.build());
    }
    return p.withEntries(entries);
  }

  private static List<CpdEntry> append(List<CpdEntry> entries, CpdEntry added) {
    List<CpdEntry> out = new ArrayList<>(entries);
    out.add(added);
    return out;
  }
}
