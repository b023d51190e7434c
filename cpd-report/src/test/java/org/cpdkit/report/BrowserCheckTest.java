package org.cpdkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.testing.CpdGenerators;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens the pages in headless Chromium (Debian's package) through playwright-core: full-page
 * screenshots at desktop and phone widths, no horizontal overflow, no console errors, no network
 * request, A4 printing, and axe-core finding no serious or critical accessibility violation.
 * Skipped with a message when Chromium or the npm packages are missing, except on CI, which
 * installs them and where a missing browser fails the build.
 */
class BrowserCheckTest {

  static final Path BROWSER = Path.of("src", "test", "browser");
  static final Path OUT = Path.of("target", "browser");

  static JsonNode results;

  @BeforeAll
  static void run() throws Exception {
    String chromium = System.getenv().getOrDefault("CPDKIT_CHROMIUM", "/usr/bin/chromium");
    List<String> missing = new ArrayList<>();
    if (!new File(chromium).canExecute()) {
      missing.add("Chromium (" + chromium + "; apt-get install chromium)");
    }
    if (!Files.isDirectory(BROWSER.resolve("node_modules/playwright-core"))
        || !Files.isDirectory(BROWSER.resolve("node_modules/axe-core"))) {
      missing.add("playwright-core and axe-core (npm ci --prefix cpd-report/src/test/browser)");
    }
    if (!onPath("node")) {
      missing.add("Node.js (node on the PATH)");
    }
    if (!missing.isEmpty()) {
      String message = "browser checks skipped: missing " + String.join(", ", missing);
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(message + " (CI must install them: see .ci/run)");
      }
      System.err.println(message);
      Assumptions.abort(message);
    }
    Files.createDirectories(OUT.resolve("shots"));
    List<String> pages = new ArrayList<>();
    for (String name : new String[] {"portfolio-missing-peer-reflection", "portfolio-with-identifiers", "portfolio-compliant"}) {
      pages.add(page(name + ".html", HtmlReports.standard().html(
          PractitionerView.of(Examples.portfolio(name + ".json"), Examples.swe2026(), Examples.AS_OF))));
    }
    List<Portfolio> team = new ArrayList<>(Examples.team());
    team.add(Examples.portfolio("portfolio-compliant.json"));
    team.add(Examples.portfolio("portfolio-missing-peer-reflection.json"));
    pages.add(page("team.html", HtmlReports.standard().html(TeamView.of(Examples.swe2026(), team, Examples.AS_OF))));
    pages.add(page("team-practice.html", HtmlReports.standard().html(TeamView.of(
        org.cpdkit.rules.RulePacks.registrationPack("scw"), Examples.signOffTeam(), Examples.AS_OF)
        .withLearningCulture(Examples.culture()))));
    RegistrationPeriod year = Examples.swe2026().requirements().fixedPeriod().orElseThrow();
    List<Portfolio> large = CpdGenerators.portfolios(org.cpdkit.core.portfolio.Regulator.SOCIAL_WORK_ENGLAND, 0, 6)
        .list(300, 300).sample(14);
    pages.add(page("team-300.html", HtmlReports.standard().html(TeamView.of(Examples.swe2026(), distinct(large),
        year.end().minusDays(20)))));

    List<String> command = new ArrayList<>(List.of("node", BROWSER.resolve("check.mjs").toString(), OUT.resolve("shots").toString()));
    command.addAll(pages);
    Process p = new ProcessBuilder(command).redirectError(OUT.resolve("check.err").toFile())
        .redirectOutput(OUT.resolve("check.json").toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("browser checks did not finish in 5 minutes");
    }
    String err = Files.readString(OUT.resolve("check.err"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("node check.mjs failed: " + err).isZero();
    results = JsonMapper.builder().build().readTree(OUT.resolve("check.json").toFile()).get("results");
    copyScreenshots();
  }

  private static List<Portfolio> distinct(List<Portfolio> ps) {
    java.util.Map<String, Portfolio> m = new java.util.LinkedHashMap<>();
    ps.forEach(x -> m.putIfAbsent(x.practitioner().registrationNumber(), x));
    return new ArrayList<>(m.values());
  }

  private static String page(String name, String html) throws IOException {
    Path file = OUT.resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file.toString();
  }

  /** With -Dcpdkit.screenshots=DIR, the example screenshots are copied there (as docs/screenshots is made). */
  private static void copyScreenshots() throws IOException {
    String dir = System.getProperty("cpdkit.screenshots");
    if (dir == null || dir.isBlank()) {
      return;
    }
    Path target = Path.of(dir);
    Files.createDirectories(target);
    for (String name : new String[] {"portfolio-missing-peer-reflection", "team"}) {
      for (String width : new String[] {"desktop", "phone"}) {
        Files.copy(OUT.resolve("shots").resolve(name + "-" + width + ".png"), target.resolve(name + "-" + width + ".png"),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (new File(dir, program).canExecute()) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyPageAtEveryWidthAndInPrint() {
    assertThat(results).hasSize(6 * 3);
  }

  @Test
  void noHorizontalOverflow() {
    for (JsonNode r : results) {
      assertThat(r.get("overflow").asInt()).as(r.get("page").asString() + " at " + r.get("width").asString()).isLessThanOrEqualTo(0);
    }
  }

  @Test
  void noConsoleErrorsAndNoNetwork() {
    for (JsonNode r : results) {
      assertThat(r.get("consoleErrors")).as(r.get("page").asString() + " console").isEmpty();
      assertThat(r.get("requests")).as(r.get("page").asString() + " requests").isEmpty();
    }
  }

  @Test
  void noSeriousOrCriticalAccessibilityViolation() {
    for (JsonNode r : results) {
      for (JsonNode v : r.get("violations")) {
        String impact = v.get("impact").asString();
        assertThat(impact).as(r.get("page").asString() + " at " + r.get("width").asString() + ": " + v.get("id").asString()
            + " " + v.get("help").asString() + " " + v.get("target")).isNotIn("serious", "critical");
      }
    }
  }

  @Test
  void screenshotsAndPrintedPagesWereMade() throws IOException {
    for (JsonNode r : results) {
      if (r.has("screenshot")) {
        assertThat(Files.size(Path.of(r.get("screenshot").asString()))).isGreaterThan(10_000);
      } else {
        assertThat(r.get("pdfBytes").asLong()).isGreaterThan(10_000);
      }
    }
  }
}
