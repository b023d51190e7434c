package org.cpdkit.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.rules.EntryResult;
import org.cpdkit.rules.Finding;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RequirementState;
import org.cpdkit.rules.RequirementStatus;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.team.PractitionerStatus;
import org.cpdkit.rules.team.TeamReport;

/**
 * Check results for a person in a terminal: one portfolio in full (requirements, then findings
 * with their locations); several as one line each, then the team summary.
 */
final class TextCheckOutput implements CheckOutput {
  private final Terminal terminal;
  private final boolean several;
  private final LocalDate day;

  TextCheckOutput(Terminal terminal, boolean several, LocalDate day) {
    this.terminal = terminal;
    this.several = several;
    this.day = day;
  }

  @Override
  public void report(String label, Portfolio portfolio, RulePack pack, Report report) {
    if (several) {
      StringBuilder line = new StringBuilder(label).append(": ").append(shortVerdict(report));
      report.unmetRequirements().forEach(r -> line.append("; ").append(r.missing().orElse(r.required())));
      terminal.out().println(line);
      return;
    }
    terminal
        .out()
        .println(
            terminal.bold(label) + ": " + portfolio.practitioner().registrationNumber() + ", "
                + pack.title() + " (" + pack.id() + "), as of " + RequirementStatus.day(day));
    terminal.out().println("  " + verdict(report));
    if (!report.requirements().isEmpty()) {
      terminal.out().println();
      terminal.out().println("  Requirements");
      for (RequirementStatus r : report.requirements()) {
        terminal.out().println("    " + mark(r) + " " + r.line());
      }
    }
    if (!report.entries().isEmpty()) {
      terminal.out().println();
      terminal.out().println("  Entries");
      for (EntryResult e : report.entries()) {
        terminal.out().println("    " + (e.counts() ? terminal.green("✓") : "·") + " /entries/" + e.index() + " ("
            + e.entryId() + "): " + entryWords(e));
      }
    }
    if (!report.findings().isEmpty()) {
      terminal.out().println();
      terminal.out().println("  Findings");
      for (Finding f : report.findings()) {
        String where = f.location().isEmpty() ? "(whole portfolio)" : f.location();
        String span = f.span().map(s -> " [" + s.kind() + " at " + s.start() + "-" + s.end() + "]").orElse("");
        terminal
            .out()
            .println("    " + severity(f) + " " + where + span + "  " + f.message() + "  (" + f.ruleId() + ")");
      }
    }
  }

  private String verdict(Report report) {
    switch (report.outcome()) {
      case COMPLIANT:
        return terminal.green("compliant");
      case ON_TRACK:
        return terminal.yellow("NOT YET COMPLIANT") + ": on track, "
            + RequirementStatus.deadlineWords(report.deadline().get(), report.daysLeft().getAsLong());
      case AT_RISK:
        return terminal.red("NOT YET COMPLIANT") + ": at risk, "
            + RequirementStatus.deadlineWords(report.deadline().get(), report.daysLeft().getAsLong());
      default:
        return terminal.red("NOT COMPLIANT") + report.deadline()
            .map(d -> ": " + RequirementStatus.deadlineWords(d, report.daysLeft().getAsLong())).orElse("");
    }
  }

  private String shortVerdict(Report report) {
    switch (report.outcome()) {
      case COMPLIANT:
        return terminal.green("compliant");
      case ON_TRACK:
        return terminal.yellow("NOT YET COMPLIANT") + " (on track, " + days(report.daysLeft().getAsLong()) + " left)";
      case AT_RISK:
        return terminal.red("NOT YET COMPLIANT") + " (at risk, " + days(report.daysLeft().getAsLong()) + " left)";
      default:
        return terminal.red("NOT COMPLIANT");
    }
  }

  private static String days(long n) {
    return n == 1 ? "1 day" : n + " days";
  }

  private static String entryWords(EntryResult e) {
    StringBuilder b = new StringBuilder();
    if (e.counts()) {
      b.append("counts").append(e.peerReflection() ? ", with a peer reflection" : "");
    } else {
      b.append("does not count (").append(e.reason().orElse("")).append(")");
    }
    e.timeAdded().filter(t -> e.counts()).ifPresent(t -> b.append(", adds ").append(time(t)));
    return b.toString();
  }

  private static String time(java.time.Duration d) {
    long h = d.toHours();
    long m = d.toMinutesPart();
    String hours = h == 1 ? "1 hour" : h + " hours";
    return m == 0 ? hours : (h == 0 ? "" : hours + " ") + (m == 1 ? "1 minute" : m + " minutes");
  }

  private String mark(RequirementStatus r) {
    if (r.state() == RequirementState.NOT_MET) {
      return terminal.red("✗");
    }
    // Exempt, not applicable and not checked are neither met nor missing.
    return r.state() == RequirementState.MET ? terminal.green("✓") : "·";
  }

  private String severity(Finding f) {
    String s = String.format("%-7s", f.severity().name());
    switch (f.severity()) {
      case ERROR:
        return terminal.red(s);
      case WARNING:
        return terminal.yellow(s);
      default:
        return s;
    }
  }

  @Override
  public void finish(Optional<CheckCommand.TeamSummary> summary) {
    if (summary.isEmpty()) {
      return;
    }
    TeamReport team = summary.get().report();
    terminal.out().println();
    terminal.out().println(terminal.bold("Team (" + team.packId() + ", as of " + RequirementStatus.day(team.asOf()) + ")"));
    terminal
        .out()
        .println(
            "  " + team.total() + " practitioners: " + team.compliant() + " compliant, " + team.onTrack()
                + " on track, " + team.atRisk() + " at risk (deadline within " + team.atRiskDays() + " days), "
                + team.nonCompliant() + " not compliant (deadline passed)");
    terminal
        .out()
        .println(
            "  peer reflection: " + team.peerReflectionParticipants() + " of " + team.total()
                + " practitioners, " + team.peerReflectionEntries() + " entries");
    if (summary.get().otherPacks() > 0) {
      terminal.out().println("  (" + summary.get().otherPacks() + " portfolios checked against other packs are not in this summary)");
    }
    int uncovered = 0;
    StringBuilder covered = new StringBuilder();
    for (Map.Entry<StandardCode, Integer> e : team.standardsCoverage().entrySet()) {
      if (e.getValue() == 0) {
        uncovered++;
      }
      if (e.getKey().group().equals("4")) {
        covered.append(covered.length() == 0 ? "" : ", ").append(e.getKey()).append(": ").append(e.getValue());
      }
    }
    if (covered.length() > 0) {
      terminal.out().println("  standard 4 coverage (practitioners): " + covered);
    }
    terminal.out().println("  standards no one has linked learning to: " + uncovered + " of " + team.standardsCoverage().size());
    for (PractitionerStatus p : team.practitioners()) {
      if (!p.missing().isEmpty()) {
        terminal.out().println("  " + p.registrationNumber() + " (" + p.standing().code() + "): " + String.join("; ", p.missing()));
      }
    }
    for (PractitionerStatus p : team.practitioners()) {
      if (p.awaitsSignOff()) {
        terminal.out().println("  " + p.registrationNumber() + " awaits sign-off: " + awaiting(p));
      }
    }
  }

  /** What awaits sign-off in a few words: the entries by id, then the record's sign-offs by id. */
  static String awaiting(PractitionerStatus p) {
    List<String> parts = new java.util.ArrayList<>();
    if (!p.entriesAwaitingSignOff().isEmpty()) {
      parts.add((p.entriesAwaitingSignOff().size() == 1 ? "entry " : "entries ")
          + String.join(", ", p.entriesAwaitingSignOff()));
    }
    if (!p.signOffsAwaiting().isEmpty()) {
      parts.add("the record (" + String.join(", ", p.signOffsAwaiting()) + ")");
    }
    return String.join("; ", parts);
  }
}
