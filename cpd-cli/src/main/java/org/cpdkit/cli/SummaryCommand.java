package org.cpdkit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardGroup;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.core.standard.StandardsFrameworks;
import org.cpdkit.json.CpdFormatException;
import org.cpdkit.json.CpdJson;
import org.cpdkit.json.DocumentType;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RequirementState;
import org.cpdkit.rules.RequirementStatus;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.cpdkit.rules.registration.RegistrationPack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpd summary}: progress towards the requirement in each registration period. */
@Command(
    name = "summary",
    description = "Summarise a portfolio's progress towards the requirement, period by period, with the standards covered.",
    footer = {
      "",
      "Examples:",
      "  cpd summary examples/portfolio-compliant.json",
      "  cpd summary --as-of 2026-09-01 my-portfolio.json",
      "",
      "Exit status: 0 printed, 2 error."
    },
    mixinStandardHelpOptions = true)
final class SummaryCommand implements Callable<Integer> {

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The day to summarise as of, as YYYY-MM-DD (default: today in the UK).")
  private LocalDate asOf;

  @Parameters(arity = "1", paramLabel = "FILE", description = "A portfolio document (.json).")
  private Path file;

  private final Terminal terminal;

  SummaryCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneId.of("Europe/London"));
    Portfolio portfolio = read();
    Set<RegistrationPeriod> periods = new TreeSet<>(Comparator.comparing(RegistrationPeriod::start).reversed());
    try {
      periods.add(portfolio.periodContaining(day));
      for (CpdEntry e : portfolio.entries()) {
        if (!e.completedOn().isAfter(day)) {
          periods.add(portfolio.periodContaining(e.completedOn()));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new CliException(file + ": " + e.getMessage());
    }
    terminal
        .out()
        .println(
            terminal.bold(portfolio.practitioner().registrationNumber()) + ", "
                + portfolio.practitioner().regulator().title() + ": " + portfolio.entries().size()
                + " entries, as of " + RequirementStatus.day(day));
    for (RegistrationPeriod period : periods) {
      printPeriod(portfolio, period, day);
    }
    return Main.OK;
  }

  private Portfolio read() {
    try {
      return CpdJson.standard().read(DocumentType.PORTFOLIO, file);
    } catch (CpdFormatException e) {
      throw new CliException(Main.oneLine(e.getMessage()));
    } catch (java.io.UncheckedIOException e) {
      throw new CliException(file + ": cannot read (" + e.getCause().getClass().getSimpleName() + ")");
    }
  }

  private void printPeriod(Portfolio portfolio, RegistrationPeriod period, LocalDate day) {
    boolean current = period.contains(day);
    LocalDate checkDay = current ? day : period.end();
    List<CpdEntry> entries = portfolio.entriesIn(period);
    terminal.out().println();
    terminal
        .out()
        .println(
            terminal.bold(RequirementStatus.day(period.start()) + " to " + RequirementStatus.day(period.end()))
                + (current ? " (current)" : "") + ": " + entries.size() + " entries, "
                + portfolio.peerReflectionsIn(period).size() + " with peer reflection, "
                + hours(portfolio.totalTimeIn(period)) + " recorded");
    java.util.Optional<RulePack> found = RulePacks.defaultFor(portfolio.practitioner().regulator(), checkDay);
    if (found.isEmpty()) {
      terminal.out().println("  no rule pack covers this period");
    } else {
      RulePack pack = found.get();
      Report report = pack.check(portfolio, checkDay);
      String verdict = report.isCompliant() ? terminal.green("requirement met") : terminal.red("requirement not met");
      terminal.out().println("  " + verdict + " (" + pack.id() + ")");
      for (RequirementStatus r : report.requirements()) {
        String mark = r.state() == RequirementState.NOT_MET ? terminal.red("✗") : terminal.green("✓");
        terminal.out().println("  " + mark + " " + r.line());
      }
      long problems = report.findings().stream().filter(f -> f.severity() == org.cpdkit.rules.Severity.ERROR).count();
      if (problems > 0) {
        terminal.out().println("  " + problems + " problem" + (problems == 1 ? "" : "s") + " to fix: run 'cpd check' for where");
      }
      framework(pack).ifPresent(f -> chart(f, entries, metByAnyPiece(pack)));
    }
  }

  private static java.util.Optional<StandardsFramework> framework(RulePack pack) {
    if (pack instanceof RegistrationPack) {
      return ((RegistrationPack) pack).requirements().standardsFramework();
    }
    return StandardsFrameworks.byId(StandardsFrameworks.SOCIAL_WORK_ENGLAND_2019_ID);
  }

  private static List<StandardCode> metByAnyPiece(RulePack pack) {
    return pack instanceof RegistrationPack
        ? ((RegistrationPack) pack).requirements().standardsMetByAnyPiece() : List.of();
  }

  private void chart(StandardsFramework framework, List<CpdEntry> entries, List<StandardCode> metByAnyPiece) {
    Set<StandardCode> linked =
        entries.stream()
            .filter(CpdEntry::isSubmitted)
            .flatMap(e -> e.standards().stream())
            .collect(Collectors.toCollection(java.util.HashSet::new));
    if (entries.stream().anyMatch(CpdEntry::isSubmitted)) {
      linked.addAll(metByAnyPiece);
    }
    terminal.out().println("  Standards covered (" + framework.publisher() + " " + framework.version() + "):");
    for (StandardGroup g : framework.groups()) {
      StringBuilder bar = new StringBuilder();
      int covered = 0;
      for (var s : g.standards()) {
        boolean in = linked.contains(s.code());
        covered += in ? 1 : 0;
        bar.append(in ? '█' : '·');
      }
      String title = g.title().length() > 44 ? g.title().substring(0, 43) + "…" : g.title();
      terminal
          .out()
          .println(
              String.format("    %-3s %-45s %s %d of %d", g.code(), title, bar, covered, g.standards().size()));
    }
  }

  private static String hours(java.time.Duration d) {
    long minutes = d.toMinutes();
    if (minutes % 60 == 0) {
      return (minutes / 60) + (minutes == 60 ? " hour" : " hours");
    }
    return String.format("%.1f hours", minutes / 60.0);
  }
}
