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
    try (Stream<Path> files = Files.list(DIR.resolve("team"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted()
          .map(f -> CpdJson.standard().read(org.cpdkit.json.DocumentType.PORTFOLIO, f)).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
