package com.example.cpdkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.json.CpdJson;
import org.cpdkit.json.DocumentType;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.cpdkit.rules.team.TeamCheck;
import org.cpdkit.rules.team.TeamReport;

/**
 * What a statement snippet of the docs may use without declaring it, as the text around the
 * snippet introduces it: a portfolio, the JSON facade, a pack, a day, the team's files and their
 * team report. Each snippet becomes the body of {@link #run()} in a subclass, so a snippet that
 * declares a local of the same name simply shadows the field.
 */
public abstract class DocContext {
  /** The example portfolio that meets Social Work England's requirements. */
  protected final Portfolio portfolio;
  /** The shared JSON facade. */
  protected final CpdJson json = CpdJson.standard();
  /** The Social Work England pack for the year ending 30 November 2026. */
  protected final RulePack pack = RulePacks.get("swe-2026");
  /** The day of the examples' checks. */
  protected final LocalDate asOf = LocalDate.of(2026, 11, 7);
  /** The team's portfolio files. */
  protected final List<Path> files;
  /** The team's portfolios, read from those files. */
  protected final List<Portfolio> team;
  /** The team report of those files. */
  protected final TeamReport teamReport;

  protected DocContext() {
    portfolio = json.read(DocumentType.PORTFOLIO, Path.of("examples/portfolio-compliant.json"));
    try (Stream<Path> team = Files.list(Path.of("examples/team"))) {
      files = team.sorted().collect(Collectors.toUnmodifiableList());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    team = files.stream().map(f -> json.read(DocumentType.PORTFOLIO, f)).collect(Collectors.toUnmodifiableList());
    teamReport = TeamCheck.of(RulePacks.registrationPack("swe-2026")).check(team, asOf);
  }

  /** The snippet. */
  public abstract void run() throws Exception;

  /**
   * What a snippet line ending in a value comment ({@code x.size(); // 1}) becomes: the value
   * must be the one the comment shows.
   */
  protected static void expect(String where, Object actual, String documented) {
    if (!Objects.equals(String.valueOf(actual), documented)) {
      throw new AssertionError(where + ": the docs say " + documented + ", the code gives " + actual);
    }
  }
}
