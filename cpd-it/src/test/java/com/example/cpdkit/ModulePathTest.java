package com.example.cpdkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * cpdkit on the module path: an application module that requires cpdkit's modules is compiled
 * and run with {@code java --module-path}, reading, checking (rule packs found through the
 * module system's services), scanning, generating and writing.
 */
class ModulePathTest {

  private static final String MODULE_INFO = String.join("\n",
      "module com.example.app {",
      "  requires org.cpdkit.json;",
      "  requires org.cpdkit.testing;",
      "}");

  private static final String MAIN = String.join("\n",
      "package com.example.app;",
      "",
      "import java.nio.file.Path;",
      "import java.time.LocalDate;",
      "import org.cpdkit.core.portfolio.Portfolio;",
      "import org.cpdkit.core.portfolio.Regulator;",
      "import org.cpdkit.json.CpdJson;",
      "import org.cpdkit.json.DocumentType;",
      "import org.cpdkit.rules.Report;",
      "import org.cpdkit.rules.RulePacks;",
      "import org.cpdkit.rules.anonymisation.IdentifierScanner;",
      "import org.cpdkit.rules.team.TeamCheck;",
      "import org.cpdkit.testing.CpdGenerators;",
      "",
      "public final class Main {",
      "  public static void main(String[] args) {",
      "    CpdJson json = CpdJson.standard();",
      "    Portfolio p = json.read(DocumentType.PORTFOLIO, Path.of(args[0]));",
      "    Report report = RulePacks.get(\"swe-2026\").check(p, LocalDate.of(2026, 11, 7));",
      "    System.out.println(\"module=\" + Main.class.getModule().getName());",
      "    System.out.println(\"compliant=\" + report.isCompliant());",
      "    System.out.println(\"packs=\" + RulePacks.ids().size());",
      "    System.out.println(\"team=\" + TeamCheck.of(RulePacks.registrationPack(\"swe-2026\"))",
      "        .check(java.util.List.of(p), LocalDate.of(2026, 11, 7)).practitioners().size());",
      "    System.out.println(\"identifiers=\" + IdentifierScanner.standard().scan(\"Email jo.bloggs@example.org today\").size());",
      "    Portfolio generated = CpdGenerators.compliantForSwe(Regulator.SOCIAL_WORK_ENGLAND.period(LocalDate.of(2025, 12, 1))).sample(1L);",
      "    System.out.println(\"roundTrip=\" + json.read(DocumentType.PORTFOLIO, json.toJson(DocumentType.PORTFOLIO, generated)).equals(generated));",
      "    System.out.println(\"schema=\" + (DocumentType.PORTFOLIO.openSchema() != null));",
      "  }",
      "}");

  @Test
  void anApplicationModuleUsesCpdkitOnTheModulePath() throws Exception {
    List<Path> modulePath =
        Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator))
            .map(Path::of)
            .filter(ModulePathTest::isLibraryModule)
            .collect(Collectors.toList());
    assertThat(modulePath.stream().map(Path::toString))
        .anyMatch(s -> s.contains("cpd-core"))
        .anyMatch(s -> s.contains("cpd-json"));
    String mp = modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));

    Path src = Files.createTempDirectory("app-src");
    Path out = Files.createTempDirectory("app-out");
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO, StandardCharsets.UTF_8);
    Path main = src.resolve("com/example/app/Main.java");
    Files.createDirectories(main.getParent());
    Files.writeString(main, MAIN, StandardCharsets.UTF_8);
    int javac = ToolProvider.getSystemJavaCompiler().run(null, null, null,
        "--release", "17", "-Xlint:all", "-Werror", "--class-path", out.toString(), "--module-path", mp, "-d", out.toString(),
        src.resolve("module-info.java").toString(), main.toString());
    assertThat(javac).as("javac of the application module").isZero();

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", out + File.pathSeparator + mp,
        "-m", "com.example.app/com.example.app.Main",
        Path.of("examples/portfolio-compliant.json").toAbsolutePath().toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output.lines()).contains(
        "module=com.example.app",
        "compliant=true",
        "team=1",
        "identifiers=1",
        "roundTrip=true",
        "schema=true");
    assertThat(output).containsPattern("packs=[1-9][0-9]*");
  }

  /** cpdkit's own modules and the libraries they require; not the test tools. */
  private static boolean isLibraryModule(Path entry) {
    String s = entry.toString().replace('\\', '/');
    if (s.contains("/cpd-it")) {
      return false;
    }
    if (s.matches(".*/cpd-[a-z]+/target/classes") || s.matches(".*/cpd-[a-z]+-[^/]*\\.jar")) {
      return true;
    }
    String name = entry.getFileName().toString();
    return name.startsWith("jackson-") || name.startsWith("slf4j-");
  }

}
