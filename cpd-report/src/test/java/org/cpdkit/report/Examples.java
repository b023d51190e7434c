package org.cpdkit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.json.CpdJson;
import org.cpdkit.rules.RulePacks;
import org.cpdkit.rules.registration.RegistrationPack;

/** The project's example documents, as the tests use them. */
final class Examples {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 7);
  static final Path DIR = Path.of("..", "examples");

  private Examples() {}

  static RegistrationPack swe2026() {
    return RulePacks.registrationPack("swe-2026");
  }

  static Portfolio portfolio(String name) {
    return CpdJson.standard().read(org.cpdkit.json.DocumentType.PORTFOLIO, DIR.resolve(name));
  }

  static List<Portfolio> team() {
    return portfolios("team");
  }

  /** The Social Care Wales team of the sign-off example, one with the record discussed, one without. */
  static List<Portfolio> signOffTeam() {
    return portfolios("practice/sign-off");
  }

  /** The learning culture of the practice examples' two sessions and their linked toolkit run. */
  static org.cpdkit.rules.team.LearningCulture culture() {
    CpdJson json = CpdJson.standard();
    return org.cpdkit.rules.team.LearningCulture.of(
        List.of(json.read(org.cpdkit.json.DocumentType.SESSION, DIR.resolve("practice/session-feedback-by-whom.json")),
            json.read(org.cpdkit.json.DocumentType.SESSION, DIR.resolve("practice/learning-circle.json"))),
        List.of(json.read(org.cpdkit.json.DocumentType.TOOLKIT_RUN, DIR.resolve("practice/toolkit-run-linked.json"))),
        List.of(org.cpdkit.core.session.SurveyResult.builder()
            .statement("The training here helps me meet my CPD needs").team("Adult services west")
            .date(LocalDate.of(2026, 6, 30)).respondents(12).agreeing(9).build()));
  }

  private static List<Portfolio> portfolios(String dir) {
    try (Stream<Path> files = Files.list(DIR.resolve(dir))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted()
          .map(f -> CpdJson.standard().read(org.cpdkit.json.DocumentType.PORTFOLIO, f)).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
