package org.cpdkit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.json.CpdFormatException;
import org.cpdkit.json.CpdJson;
import org.cpdkit.json.DocumentType;
import org.cpdkit.rules.Checker;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.registration.RegistrationPack;
import org.cpdkit.rules.team.TeamCheck;
import org.cpdkit.rules.team.TeamReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpd check}: checks portfolios against a regulator's requirements. */
@Command(
    name = "check",
    description = "Check CPD portfolios against a regulator's requirements: what is missing, where, and by when.",
    footer = {
      "",
      "Directories are searched for *.json, *.jsonl and *.csv files; a .jsonl file holds one portfolio per line,",
      "a .csv file one entry per row with the practitioner's columns repeated (see docs/cli.md).",
      "Without --pack, each portfolio is checked with its regulator's pack for the --as-of day.",
      "With several portfolios, a team summary follows the individual results.",
      "",
      "Examples:",
      "  cpd check examples/portfolio-missing-peer-reflection.json",
      "  cpd check --pack swe-2026 --as-of 2026-11-07 examples/team/",
      "  cpd check --format json examples/team/ > team-report.json",
      "  cpd check --format csv examples/team/ > team.csv",
      "",
      "A path that cannot be read (a broken link, a named pipe, no permission) is reported on one",
      "line and the others are still checked.",
      "",
      "Exit status: 0 all compliant, 1 any not compliant, 2 bad usage or unreadable input."
    },
    mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

  enum Format {
    TEXT,
    JSON,
    CSV
  }

  @Option(names = "--pack", paramLabel = "ID", description = "The rule pack to check against (see 'cpd packs').")
  private String packId;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The day to check as of, as YYYY-MM-DD (default: today in the UK).")
  private LocalDate asOf;

  @Option(names = "--format", defaultValue = "text", description = "text, json or csv (one row per practitioner) (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = "--at-risk-days",
      defaultValue = "30",
      paramLabel = "DAYS",
      description = "Not yet compliant with the deadline this close is at risk, further away on track (default: ${DEFAULT-VALUE}).")
  private int atRiskDays;

  @Option(
      names = "--max-in-flight",
      paramLabel = "SIZE",
      converter = Sizes.class,
      description = "The most document bytes read and not yet reported, such as 64M or 1G (default: an eighth of the"
          + " maximum heap, at least 16M); a larger document is checked alone.")
  private Long maxInFlight;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Portfolio files (.json, .jsonl, .csv) or directories.")
  private List<Path> paths;

  private final Terminal terminal;
  private final Map<String, Checker<Portfolio>> checkers = new ConcurrentHashMap<>();
  private final Map<String, Optional<TeamCheck>> teamChecks = new ConcurrentHashMap<>();

  CheckCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  /**
   * One portfolio's outcome, or why it could not be checked, and what it adds to a team summary
   * against its pack (null for a pack without one); worked out on a worker.
   */
  record Checked(
      String label, Portfolio portfolio, RulePack pack, Report report, TeamCheck.Contribution contribution,
      String error) {
    static Checked failed(String label, String error) {
      return new Checked(label, null, null, null, null, error);
    }
  }

  @Override
  public Integer call() {
    if (atRiskDays < 0) {
      throw new CliException("--at-risk-days must not be negative");
    }
    LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneId.of("Europe/London"));
    Optional<RulePack> named = Packs.named(packId);
    List<Inputs.Item> items = Inputs.expand(paths, ".json", ".jsonl", ".csv");
    List<Path> files = Inputs.files(items);
    if (items.isEmpty()) {
      throw new CliException("no .json, .jsonl or .csv files in " + Main.printable(paths.toString()));
    }
    Path first = items.get(0).path();
    boolean several = items.size() > 1 || first.getFileName().toString().endsWith(".jsonl") || CsvInputs.isCsv(first);
    CpdJson json = CpdJson.standard();
    CheckOutput output =
        format == Format.JSON ? new JsonCheckOutput(terminal, several)
            : format == Format.CSV ? new CsvCheckOutput(terminal, day, atRiskDays)
            : new TextCheckOutput(terminal, several, day);
    Team team = new Team(named, day);
    boolean[] failed = {false};
    boolean[] nonCompliant = {false};
    boolean lines = files.stream().anyMatch(f -> f.getFileName().toString().endsWith(".jsonl") || CsvInputs.isCsv(f));
    long budget = maxInFlight != null ? maxInFlight : Sizes.defaultInFlight();
    try (Progress progress = new Progress(terminal, "checked", lines ? 0 : items.size())) {
      java.util.function.Consumer<Checked> sink = c -> {
        progress.step();
        if (c.error() != null) {
          failed[0] = true;
          terminal.err().println("cpd check: " + c.error());
          return;
        }
        if (!c.report().isCompliant()) {
          nonCompliant[0] = true;
        }
        output.report(c.label(), c.portfolio(), c.pack(), c.report());
        team.add(c);
      };
      // A few small documents go to a worker together, so that handing work over and results back
      // between threads is paid once per batch rather than once per portfolio of a JSON Lines file.
      Ordered.process(
          new Batches(CsvInputs.all(items, TextFiles.MAX_BYTES), Math.min(BATCH_BYTES, budget)),
          Batch::bytes,
          budget,
          batch -> batch.check(input -> check(input, json, named, day)),
          batch -> batch.handOn(sink),
          Ordered.defaultThreads());
    }
    output.finish(several ? team.report() : Optional.empty());
    terminal.out().flush();
    if (failed[0]) {
      return Main.ERROR;
    }
    return nonCompliant[0] ? Main.FINDINGS : Main.OK;
  }

  private Checked check(PortfolioInputs.Input input, CpdJson json, Optional<RulePack> named, LocalDate day) {
    if (input.error() != null) {
      return Checked.failed(input.label(), input.error());
    }
    try {
      Portfolio portfolio = json.read(DocumentType.PORTFOLIO, input.bytes(), input.label());
      RulePack pack = named.orElseGet(() -> Packs.forRegulator(portfolio.practitioner().regulator(), day));
      Report report = checker(pack).check(portfolio, day);
      // on this thread, which has the facts of the check at hand, so that the thread that hands
      // results on in order only adds them up
      TeamCheck.Contribution contribution =
          teamCheck(pack).map(t -> t.contribution(portfolio, report, day)).orElse(null);
      return new Checked(input.label(), portfolio, pack, report, contribution, null);
    } catch (CpdFormatException e) {
      return Checked.failed(input.label(), located(input, e));
    } catch (CliException e) {
      return Checked.failed(input.label(), Main.printable(input.where()) + ": " + e.getMessage());
    }
  }

  /** The most documents in one batch. */
  static final int BATCH_SIZE = 8;

  /** The most bytes of documents in one batch; a larger document is a batch of its own. */
  static final long BATCH_BYTES = 256 * 1024;

  /** Documents checked on one worker in turn, and their outcomes in the same order. */
  static final class Batch {
    private final List<PortfolioInputs.Input> inputs;
    private final long bytes;
    private List<Checked> checked;
    /** What checking the document after the last of {@link #checked} threw, if it threw. */
    private RuntimeException thrown;
    private Error error;

    Batch(List<PortfolioInputs.Input> inputs, long bytes) {
      this.inputs = inputs;
      this.bytes = bytes;
    }

    long bytes() {
      return bytes;
    }

    Batch check(java.util.function.Function<PortfolioInputs.Input, Checked> check) {
      List<Checked> out = new java.util.ArrayList<>(inputs.size());
      try {
        for (PortfolioInputs.Input input : inputs) {
          out.add(check.apply(input));
        }
      } catch (RuntimeException e) {
        thrown = e;
      } catch (Error e) {
        error = e;
      }
      checked = out;
      return this;
    }

    /**
     * Hands on the outcomes in order; what a document's check threw is thrown after the outcomes
     * of the documents before it, as it would have been with one document at a time.
     */
    void handOn(java.util.function.Consumer<Checked> sink) {
      for (Checked c : checked) {
        sink.accept(c);
      }
      if (thrown != null) {
        throw thrown;
      }
      if (error != null) {
        throw error;
      }
    }
  }

  /** Consecutive documents in batches of at most {@link #BATCH_SIZE} and {@code maxBytes}. */
  static final class Batches implements java.util.Iterator<Batch> {
    private final java.util.Iterator<PortfolioInputs.Input> inputs;
    private final long maxBytes;
    private PortfolioInputs.Input pending;

    Batches(java.util.Iterator<PortfolioInputs.Input> inputs, long maxBytes) {
      this.inputs = inputs;
      this.maxBytes = maxBytes;
    }

    @Override
    public boolean hasNext() {
      return pending != null || inputs.hasNext();
    }

    @Override
    public Batch next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      List<PortfolioInputs.Input> batch = new java.util.ArrayList<>(BATCH_SIZE);
      long bytes = 0;
      while (batch.size() < BATCH_SIZE && (pending != null || inputs.hasNext())) {
        PortfolioInputs.Input next = pending != null ? pending : inputs.next();
        pending = null;
        long size = next.bytes() == null ? 0 : next.bytes().length;
        if (!batch.isEmpty() && bytes + size > maxBytes) {
          pending = next; // the first of the next batch
          break;
        }
        batch.add(next);
        bytes += size;
        if (next.error() != null) {
          break; // reported as soon as the documents before it are
        }
      }
      return new Batch(batch, bytes);
    }
  }

  /**
   * The error as one line: {@code file:line:column: pointer: what} for a file, and for a line of
   * JSON Lines {@code file: line N: line:column: pointer: what}, the line and column being within
   * that line's document.
   */
  static String located(PortfolioInputs.Input input, CpdFormatException e) {
    if (input.line() == 0) {
      return e.getMessage();
    }
    return Main.printable(input.where()) + ": " + e.line() + ":" + e.column() + ": "
        + (e.pointer().isEmpty() ? "(document)" : Main.printable(e.pointer())) + ": " + Main.printable(e.detail());
  }

  private Checker<Portfolio> checker(RulePack pack) {
    // The window travels with the check, so every report's outcome (text, JSON, CSV, team) agrees.
    return checkers.computeIfAbsent(pack.id(), id -> pack.checker().atRiskWithin(atRiskDays));
  }

  /** The team check of a registration pack with this run's checker and at-risk window; empty for other packs. */
  private Optional<TeamCheck> teamCheck(RulePack pack) {
    return teamChecks.computeIfAbsent(pack.id(), id -> pack instanceof RegistrationPack
        ? Optional.of(TeamCheck.of((RegistrationPack) pack).withChecker(checker(pack)).atRiskWithin(atRiskDays))
        : Optional.empty());
  }

  /** The team summary: one pack's tally (the named pack, or the first portfolio's). */
  private final class Team {
    private final LocalDate day;
    private RulePack pack;
    private TeamCheck.Tally tally;
    private int outside;

    Team(Optional<RulePack> named, LocalDate day) {
      this.day = day;
      named.ifPresent(this::start);
    }

    private void start(RulePack p) {
      pack = p;
      tally = teamCheck(p).map(t -> t.tally(day)).orElse(null);
    }

    void add(Checked c) {
      if (pack == null) {
        start(c.pack());
      }
      if (tally != null && c.pack().id().equals(pack.id())) {
        tally.add(c.contribution());
      } else {
        outside++;
      }
    }

    Optional<TeamSummary> report() {
      return tally == null ? Optional.empty() : Optional.of(new TeamSummary(tally.report(), outside));
    }
  }

  /** The team report and how many portfolios it leaves out (checked against another pack). */
  record TeamSummary(TeamReport report, int otherPacks) {}
}
