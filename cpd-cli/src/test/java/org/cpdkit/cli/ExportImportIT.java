package org.cpdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpdkit.cli.CpdProcess.Result;
import org.cpdkit.core.standard.StandardsFrameworks;
import org.cpdkit.interop.framework.CasePackages;
import org.cpdkit.json.CpdJson;
import org.cpdkit.json.DocumentType;
import org.junit.jupiter.api.Test;

class ExportImportIT {
  private static final String HOME = "https://cpd.example.org";

  @Test
  void aFrameworkMakesTheRoundTripThroughCase() throws IOException {
    Path dir = CpdProcess.tempDir();
    Result exported = CpdProcess.run(dir, "export", "--case", "swe-2019", "-o", "swe.case.json");
    assertThat(exported.exit()).as(exported.err()).isZero();
    try (InputStream shipped = CasePackages.openSocialWorkEngland2019()) {
      assertThat(Files.readString(dir.resolve("swe.case.json"))).isEqualTo(new String(shipped.readAllBytes(), StandardCharsets.UTF_8));
    }
    Result imported = CpdProcess.run(dir, "import", "--case", "swe.case.json", "-o", "swe.json");
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.err()).isEmpty();
    assertThat(CpdJson.standard().read(DocumentType.STANDARDS_FRAMEWORK, dir.resolve("swe.json")))
        .isEqualTo(StandardsFrameworks.socialWorkEngland2019());
    Result again = CpdProcess.run(dir, "export", "--case", "swe.json");
    assertThat(again.exit()).isZero();
    assertThat(again.out()).isEqualTo(Files.readString(dir.resolve("swe.case.json")));
  }

  @Test
  void anImportNamesWhatItDoesNotCarryAcross() throws IOException {
    Path dir = CpdProcess.tempDir();
    String pkg = CpdProcess.run(dir, "export", "--case", "swe-2019").out()
        .replaceFirst("\"associationType\": \"isChildOf\"", "\"associationType\": \"exactMatchOf\"");
    Files.writeString(dir.resolve("changed.json"), pkg);
    Result r = CpdProcess.run(dir, "import", "--case", "changed.json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("not carried across: /CFAssociations/0: is an association of type exactMatchOf");
    assertThat(r.out()).contains("\"$format\": \"cpdkit.standards-framework/1\"");
  }

  @Test
  void aPortfolioBecomesStatementsAboutAnOpaqueAccount() {
    Result r = CpdProcess.run("export", "--xapi", "--home-page", HOME, "--account", "p-7f3a9c", "examples/portfolio-compliant.json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("[\n{\"id\":").endsWith("}\n]\n");
    assertThat(r.out()).contains("\"account\":{\"homePage\":\"https://cpd.example.org\",\"name\":\"p-7f3a9c\"}")
        .doesNotContain("mbox").doesNotContain("SW");
    assertThat(r.err()).isEqualTo("3 statements written\n");
  }

  @Test
  void reflectionTextWithIdentifiersIsRefusedAndNamed() {
    Result r = CpdProcess.run("export", "--xapi", "--home-page", HOME, "--account", "p-1", "--include-reflections",
        "examples/portfolio-with-identifiers.json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("refused entry 2026-04-home-visit: /impactOnPractice PHONE (anonymisation.identifier)")
        .contains("statements written, 1 record refused");
    assertThat(r.out()).doesNotContain("2026-04-home-visit");
  }

  @Test
  void sessionsAndToolkitRunsInVersion2() {
    Result r = CpdProcess.run("export", "--xapi", "--home-page", HOME, "--xapi-version", "2.0",
        "examples/session-peer-reflection.json", "examples/toolkit-run.json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"contextAgents\"", "https://w3id.org/xapi/cpdkit/extensions/toolkit-stage");
  }

  @Test
  void theExportAndImportExamplesInTheDocsAreWhatTheCommandPrints() throws IOException {
    String page = Files.readString(CpdProcess.root().resolve("docs/cli.md"));
    String section = page.substring(page.indexOf("## `cpd export` and `cpd import`"), page.indexOf("## Examples"));
    java.util.regex.Matcher blocks = java.util.regex.Pattern.compile("```\\n(.*?)```", java.util.regex.Pattern.DOTALL).matcher(section);
    Path dir = CpdProcess.tempDir();
    int commands = 0;
    while (blocks.find()) {
      String[] lines = blocks.group(1).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].startsWith("$ cpd ")) {
          continue;
        }
        StringBuilder expected = new StringBuilder();
        for (int j = i + 1; j < lines.length && !lines[j].startsWith("$ "); j++) {
          expected.append(lines[j]).append('\n');
        }
        String[] args = lines[i].substring("$ cpd ".length())
            .replace("examples/", CpdProcess.root().resolve("examples") + "/").split(" ");
        Result r = CpdProcess.run(dir, args);
        assertThat(r.out() + r.err()).as(lines[i]).isEqualTo(expected.toString());
        commands++;
      }
    }
    assertThat(commands).isEqualTo(4);
  }

  @Test
  void badUsageIsOneLineAndWritesNothing() {
    Result noHome = CpdProcess.run("export", "--xapi", "examples/session-peer-reflection.json");
    assertThat(noHome.exit()).isEqualTo(2);
    assertThat(noHome.out()).isEmpty();
    assertThat(noHome.err()).isEqualTo("cpd export: --xapi needs --home-page, the system the account names belong to\n");
    Result noAccount = CpdProcess.run("export", "--xapi", "--home-page", HOME, "examples/portfolio-compliant.json");
    assertThat(noAccount.exit()).isEqualTo(2);
    assertThat(noAccount.out()).isEmpty();
    Result email = CpdProcess.run("export", "--xapi", "--home-page", HOME, "--account", "jane@example.org",
        "examples/portfolio-compliant.json");
    assertThat(email.exit()).isEqualTo(2);
    assertThat(email.out()).isEmpty();
    assertThat(email.err()).isEqualTo("cpd export: --account: the account name looks like an identifier (EMAIL); use an opaque id\n");
    Result both = CpdProcess.run("export", "--xapi", "--case", "swe-2019");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err().strip().lines()).hasSize(1);
    Result unknown = CpdProcess.run("export", "--case", "nope");
    assertThat(unknown.err()).isEqualTo("cpd export: 'nope' is neither a built-in framework id (see 'cpd standards') nor a file\n");
    Result notCase = CpdProcess.run("import", "--case", "examples/toolkit.json");
    assertThat(notCase.exit()).isEqualTo(2);
    assertThat(notCase.err()).isEqualTo("cpd import: examples/toolkit.json: the package: is missing CFDocument\n");
  }
}
