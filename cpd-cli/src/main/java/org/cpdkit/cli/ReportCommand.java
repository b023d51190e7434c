package org.cpdkit.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.toolkit.ToolkitRun;
import org.cpdkit.json.CpdFormatException;
import org.cpdkit.json.CpdJson;
import org.cpdkit.json.DocumentType;
import org.cpdkit.report.HtmlReports;
import org.cpdkit.report.PractitionerView;
import org.cpdkit.report.ReportCalendar;
import org.cpdkit.report.ReportCsv;
import org.cpdkit.report.TeamView;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.registration.RegistrationPack;
import org.cpdkit.rules.team.LearningCulture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpd report}: pages, spreadsheets and calendars people read. */
@Command(
    name = "report",
    description = "Write reports people read: an HTML page (one practitioner, or a team dashboard), a CSV"
        + " spreadsheet and an iCalendar file of the deadlines.",
    footer = {
      "",
      "One portfolio gives a practitioner's report; several (a directory, a .jsonl or .csv file) a team's.",
      "Each file is written whole or not at all.",
      "",
      "Examples:",
      "  cpd report --as-of 2026-11-07 --html report.html examples/portfolio-missing-peer-reflection.json",
      "  cpd report --as-of 2026-11-07 --html team.html --csv team.csv --ics team.ics examples/team/",
      "  cpd report --ics deadlines.ics --toolkit-run examples/toolkit-run.json examples/portfolio-compliant.json",
      "",
      "Exit status: 0 written, 2 bad usage or unreadable input (nothing is written)."
    },
    mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

  @Option(names = "--html", paramLabel = "OUT", description = "Write the HTML page to this file.")
  private Path html;

  @Option(names = "--csv", paramLabel = "OUT", description = "Write the team view as CSV, one row per practitioner.")
  private Path csv;

  @Option(names = "--entries-csv", paramLabel = "OUT", description = "Write the portfolios' entries as CSV, one row per entry.")
  private Path entriesCsv;

  @Option(names = "--ics", paramLabel = "OUT", description = "Write the deadlines as an iCalendar file with reminders.")
  private Path ics;

  @Option(names = "--toolkit-run", paramLabel = "FILE", description = "A toolkit run whose L1 deadline and L2 session go in the calendar (repeatable).")
  private List<Path> toolkitRuns = new ArrayList<>();

  @Option(names = "--session", paramLabel = "FILE",
      description = "A peer-reflection session counted in the team dashboard's learning culture, with the toolkit runs (repeatable).")
  private List<Path> sessionFiles = new ArrayList<>();

  @Option(names = "--pack", paramLabel = "ID", description = "The rule pack to check against (see 'cpd packs').")
  private String packId;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day to report as of, as YYYY-MM-DD (default: today in the UK).")
  private LocalDate asOf;

  @Option(
      names = "--at-risk-days",
      defaultValue = "30",
      paramLabel = "DAYS",
      description = "Not yet compliant with the deadline this close is at risk (default: ${DEFAULT-VALUE}).")
  private int atRiskDays;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Portfolio files (.json, .jsonl, .csv) or directories.")
  private List<Path> paths;

  private final Terminal terminal;

  ReportCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (html == null && csv == null && ics == null && entriesCsv == null) {
      throw new CliException("nothing to write: give --html, --csv, --entries-csv or --ics");
    }
    if (atRiskDays < 0) {
      throw new CliException("--at-risk-days must not be negative");
    }
    LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneId.of("Europe/London"));
    List<Inputs.Item> items = Inputs.expand(paths, ".json", ".jsonl", ".csv");
    for (Inputs.Item i : items) {
      if (i.problem() != null) {
        throw new CliException(i.problem());
      }
    }
    List<Path> files = Inputs.files(items);
    if (files.isEmpty()) {
      throw new CliException("no .json, .jsonl or .csv files in " + paths);
    }
    boolean team = files.size() > 1 || !files.get(0).getFileName().toString().endsWith(".json");
    List<Portfolio> portfolios = read(files);
    if (portfolios.isEmpty()) {
      throw new CliException("no portfolios in " + paths);
    }
    List<ToolkitRun> runs = new ArrayList<>();
    for (Path r : toolkitRuns) {
      try {
        runs.add(CpdJson.standard().read(DocumentType.TOOLKIT_RUN, r));
      } catch (CpdFormatException e) {
        throw new CliException(Main.oneLine(e.getMessage()));
      }
    }
    List<org.cpdkit.core.session.PeerReflectionSession> sessions = new ArrayList<>();
    for (Path f : sessionFiles) {
      try {
        sessions.add(CpdJson.standard().read(DocumentType.SESSION, f));
      } catch (CpdFormatException e) {
        throw new CliException(Main.oneLine(e.getMessage()));
      }
    }
    RegistrationPack pack = registrationPack(Packs.named(packId).orElseGet(
        () -> Packs.forRegulator(portfolios.get(0).practitioner().regulator(), day)));

    List<String> written = new ArrayList<>();
    if (team) {
      TeamView.Tally tally = TeamView.tally(pack, day, atRiskDays);
      portfolios.forEach(tally::add);
      TeamView view = sessions.isEmpty() && runs.isEmpty() ? tally.view()
          : tally.view().withLearningCulture(LearningCulture.of(sessions, runs, List.of()));
      String what = "team of " + view.rows().size();
      if (html != null) {
        write(html, w -> HtmlReports.standard().write(view, w));
        written.add(html + " (team dashboard, " + view.rows().size() + " practitioners)");
      }
      if (csv != null) {
        write(csv, w -> ReportCsv.standard().writeTeam(view, w));
        written.add(csv + " (" + what + ", one row each)");
      }
      if (ics != null) {
        write(ics, w -> w.write(ReportCalendar.standard().team(view, runs)));
        written.add(ics + " (deadlines of the " + what + ")");
      }
    } else {
      Portfolio p = portfolios.get(0);
      Report report = pack.checker().atRiskWithin(atRiskDays).check(p, day);
      PractitionerView view = PractitionerView.of(p, pack, report, atRiskDays);
      String number = p.practitioner().registrationNumber();
      if (html != null) {
        write(html, w -> HtmlReports.standard().write(view, w));
        written.add(html + " (report for " + number + ": " + view.outcomeWords() + ")");
      }
      if (csv != null) {
        TeamView.Tally tally = TeamView.tally(pack, day, atRiskDays);
        tally.add(p, report);
        write(csv, w -> ReportCsv.standard().writeTeam(tally.view(), w));
        written.add(csv + " (" + number + ", one row)");
      }
      if (ics != null) {
        write(ics, w -> w.write(ReportCalendar.standard().practitioner(p, pack, day, runs)));
        written.add(ics + " (deadlines for " + number + ")");
      }
    }
    if (entriesCsv != null) {
      write(entriesCsv, w -> ReportCsv.standard().writePortfolios(portfolios, w));
      int entries = portfolios.stream().mapToInt(x -> x.entries().size()).sum();
      written.add(entriesCsv + " (" + entries + (entries == 1 ? " entry" : " entries") + ")");
    }
    for (String line : written) {
      terminal.out().println("wrote " + line);
    }
    terminal.out().flush();
    return Main.OK;
  }

  private static RegistrationPack registrationPack(RulePack pack) {
    if (!(pack instanceof RegistrationPack)) {
      throw new CliException("pack " + pack.id() + " has no registration requirements to report on");
    }
    return (RegistrationPack) pack;
  }

  private List<Portfolio> read(List<Path> files) {
    List<Portfolio> out = new ArrayList<>();
    CpdJson json = CpdJson.standard();
    java.util.Iterator<PortfolioInputs.Input> inputs =
        CsvInputs.all(files.stream().map(Inputs.Item::file).toList(), TextFiles.MAX_BYTES);
    while (inputs.hasNext()) {
      PortfolioInputs.Input in = inputs.next();
      if (in.error() != null) {
        throw new CliException(in.error());
      }
      try {
        out.add(json.read(DocumentType.PORTFOLIO, in.bytes(), in.label()));
      } catch (CpdFormatException e) {
        throw new CliException(Main.oneLine(e.getMessage()));
      }
    }
    return out;
  }

  interface Body {
    void write(Writer w) throws IOException;
  }

  /** Writes next to the target, then moves it into place, so a failure leaves no half-written file. */
  private static void write(Path target, Body body) {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.write(w);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new CliException(target + ": cannot write (" + e.getClass().getSimpleName() + ")");
    } catch (IllegalArgumentException e) {
      throw new CliException(target + ": " + Main.oneLine(e.getMessage()));
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temporary file was moved or cannot be removed; nothing more to do
        }
      }
    }
  }
}
