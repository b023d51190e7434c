package org.cpdkit.json.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.json.CpdJson;
import org.cpdkit.json.DocumentType;
import org.cpdkit.rules.EntryResult;
import org.cpdkit.rules.Finding;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RequirementStatus;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.cpdkit.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the regulator scenarios in {@code scenarios/*.json}: each file holds one regulator's
 * scenarios, written from its published pages, each naming its source. A scenario is a portfolio
 * (the file's base portfolio with a JSON merge patch, or a whole portfolio), an as-of day, an
 * optional pack id (otherwise cpdkit's own pack for the regulator and day), and what the check
 * must say: the outcome, the state of the requirements listed, the status of every entry, the
 * exact error findings and any other findings that must be present. The format is described in
 * docs/testing.md.
 */
class ScenarioSuiteTest {

  static final Path DIR = Paths.get("src/test/resources/org/cpdkit/json/scenarios");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final CpdJson JSON = CpdJson.standard();

  record Scenario(String file, String name, JsonNode base, JsonNode node) {
    @Override
    public String toString() {
      return file + ": " + name;
    }
  }

  static List<Scenario> all() throws IOException {
    List<Scenario> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
        JsonNode doc = MAPPER.readTree(Files.readString(f));
        for (JsonNode s : doc.get("scenarios")) {
          out.add(new Scenario(f.getFileName().toString(), s.get("name").asString(), doc.get("base"), s));
        }
      }
    }
    return out;
  }

  static Stream<Arguments> scenarios() throws IOException {
    return all().stream().map(Arguments::of);
  }

  @Test
  void everyRegulatorHasEnoughScenarios() throws IOException {
    Map<String, Long> perFile = all().stream().collect(Collectors.groupingBy(Scenario::file, TreeMap::new, Collectors.counting()));
    assertThat(perFile.get("swe.json")).isGreaterThanOrEqualTo(20);
    for (String f : List.of("nmc.json", "niscc.json", "sssc.json", "scw.json", "hcpc.json")) {
      assertThat(perFile.get(f)).as(f).isGreaterThanOrEqualTo(8);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void theCheckSaysWhatTheRegulatorsPagesSay(Scenario s) {
    JsonNode n = s.node();
    assertThat(n.path("source").asString("")).as("every scenario names its source").startsWith("https://");
    JsonNode portfolioNode = n.has("portfolio") ? n.get("portfolio") : mergePatch(s.base().deepCopy(), n.path("patch"));
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("$format", "cpdkit.portfolio/1.1");
    doc.setAll((ObjectNode) portfolioNode);
    Portfolio portfolio = JSON.read(DocumentType.PORTFOLIO, doc.toString());
    LocalDate asOf = LocalDate.parse(n.get("asOf").asString());
    RulePack pack = n.has("pack") ? RulePacks.get(n.get("pack").asString())
        : RulePacks.defaultFor(portfolio.practitioner().regulator(), asOf).orElseThrow();
    Report report = pack.check(portfolio, asOf);
    JsonNode expect = n.get("expect");

    assertThat(report.outcome().code()).as("outcome").isEqualTo(expect.get("outcome").asString());
    if (expect.has("daysLeft")) {
      assertThat(report.daysLeft()).as("days left").hasValue(expect.get("daysLeft").asLong());
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = expect.path("requirements").properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      RequirementStatus status = report.requirement(e.getKey()).orElse(null);
      assertThat(status).as("requirement " + e.getKey()).isNotNull();
      assertThat(status.state().code()).as("requirement " + e.getKey()).isEqualTo(e.getValue().asString());
    }
    if (expect.has("entries")) {
      List<String> entries = new ArrayList<>();
      for (EntryResult r : report.entries()) {
        entries.add(entryWords(r));
      }
      List<String> expected = new ArrayList<>();
      expect.get("entries").forEach(x -> expected.add(x.asString()));
      assertThat(entries).as("entries").containsExactlyElementsOf(expected);
    }
    List<String> errors = new ArrayList<>();
    report.findings(Severity.ERROR).forEach(f -> errors.add(line(f)));
    List<String> expectedErrors = new ArrayList<>();
    expect.path("errors").forEach(x -> expectedErrors.add(x.asString()));
    assertThat(errors).as("error findings").containsExactlyInAnyOrderElementsOf(expectedErrors);
    List<String> all = new ArrayList<>();
    report.findings().forEach(f -> all.add(f.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + line(f)));
    expect.path("includes").forEach(x -> assertThat(all).as("findings").contains(x.asString()));
  }

  /** {@code counts}, {@code counts peer}, or the reason it does not count; then the time added, if any. */
  static String entryWords(EntryResult r) {
    String s = r.counts() ? (r.peerReflection() ? "counts peer" : "counts") : r.reason().orElseThrow();
    return r.timeAdded().filter(t -> r.counts() && !t.isZero()).map(t -> s + " " + t).orElse(s);
  }

  private static String line(Finding f) {
    return f.ruleId() + " " + (f.location().isEmpty() ? "/" : f.location());
  }

  /** RFC 7386 JSON merge patch: objects merge, null removes, anything else replaces. */
  static JsonNode mergePatch(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch.isMissingNode() ? target : patch;
    }
    ObjectNode out = target.isObject() ? (ObjectNode) target : MAPPER.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isNull()) {
        out.remove(e.getKey());
      } else {
        out.set(e.getKey(), mergePatch(out.path(e.getKey()), e.getValue()));
      }
    }
    return out;
  }

}
