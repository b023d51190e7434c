package org.cpdkit.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.standard.StandardCode;

/** Records used across the rule tests, and a compact view of findings to assert on. */
public final class Fixtures {

  /** A day inside Social Work England's registration year ending 30 November 2026. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 7);

  private Fixtures() {}

  /** A complete, submitted, non-peer piece of CPD. */
  public static CpdEntry.Builder entry(String id, LocalDate date) {
    return CpdEntry.builder()
        .id(id)
        .title("Course on " + id)
        .activityType(ActivityType.COURSE)
        .date(date)
        .timeSpent(Duration.ofHours(3))
        .whatIDid("Attended a day course on working with families " + id + " and why it matters.")
        .whatILearned("Learned how assessments can miss fathers and how to include them " + id + ".")
        .impactOnPractice("I now invite both parents to first visits and record their views " + id + ".")
        .addStandard(StandardCode.of("4.3"));
  }

  /** A complete, submitted piece with a peer reflection. */
  public static CpdEntry.Builder peerEntry(String id, LocalDate date) {
    return entry(id, date)
        .activityType(ActivityType.PEER_REFLECTION)
        .peerReflection(PeerReflection.builder()
            .addPeerRole("team manager")
            .whatILearnedFromPeers("My manager showed me another way to open difficult conversations " + id + ".")
            .build());
  }

  /** A Social Work England practitioner. */
  public static Practitioner swePractitioner() {
    return Practitioner.of("SW100001", Regulator.SOCIAL_WORK_ENGLAND);
  }

  /** A portfolio that meets Social Work England's requirements for the year ending 30 November 2026. */
  public static Portfolio compliantSwe() {
    return Portfolio.builder()
        .practitioner(swePractitioner())
        .addEntry(entry("course", LocalDate.of(2026, 2, 10)).build())
        .addEntry(peerEntry("peer", LocalDate.of(2026, 6, 3)).build())
        .build();
  }

  /** A portfolio of these entries for a Social Work England practitioner. */
  public static Portfolio swe(CpdEntry... entries) {
    return Portfolio.builder().practitioner(swePractitioner()).addEntries(entries).build();
  }

  /** Findings as {@code rule|SEVERITY|location} lines. */
  public static List<String> lines(Report report) {
    return report.findings().stream().map(Fixtures::line).collect(Collectors.toList());
  }

  /** The findings of one rule as {@code rule|SEVERITY|location} lines. */
  public static List<String> lines(Report report, String ruleId) {
    return report.findingsOf(ruleId).stream().map(Fixtures::line).collect(Collectors.toList());
  }

  /** One finding as {@code rule|SEVERITY|location}. */
  public static String line(Finding f) {
    return f.ruleId() + "|" + f.severity() + "|" + f.location();
  }

  /** Runs only the named rule of a pack. */
  public static List<String> run(RulePack pack, String ruleId, Portfolio portfolio, LocalDate asOf) {
    Rule<Portfolio> rule = pack.rules().rule(ruleId).orElseThrow();
    return lines(Checker.of(RuleSet.of(rule)).check(portfolio, asOf));
  }

  /** Runs only the named rule of a pack with an inspector. */
  public static List<String> run(RulePack pack, TextInspector inspector, String ruleId, Portfolio portfolio) {
    Rule<Portfolio> rule = pack.rules(inspector).rule(ruleId).orElseThrow();
    return lines(Checker.of(RuleSet.of(rule)).check(portfolio, AS_OF));
  }
}
