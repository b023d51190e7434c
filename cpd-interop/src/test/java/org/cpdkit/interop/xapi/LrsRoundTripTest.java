package org.cpdkit.interop.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.testing.CpdGenerators;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sends exported statements to a learning record store on the loopback interface and reads them
 * back. The store is Learning Locker's {@code xapi-statements} service from npm (in-memory
 * repositories, xAPI 1.0.3), run with Node when the system property {@code cpdkit.lrs} (or the
 * environment variable {@code CPDKIT_LRS}) names its installed package directory; see
 * docs/interop.md. Without it the test is skipped.
 */
class LrsRoundTripTest {
  private static Process lrs;
  private static String endpoint;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("cpdkit:test".getBytes(StandardCharsets.UTF_8));

  @BeforeAll
  static void start() throws Exception {
    String dir = System.getProperty("cpdkit.lrs", System.getenv("CPDKIT_LRS"));
    Assumptions.assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "dist", "index.js")),
        "no LRS: set -Dcpdkit.lrs=<dir of the npm package xapi-statements>");
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path storage = Files.createTempDirectory("cpdkit-lrs");
    ProcessBuilder pb = new ProcessBuilder("node", "dist/index.js").directory(Path.of(dir).toFile());
    Map<String, String> env = pb.environment();
    env.put("EXPRESS_PORT", Integer.toString(port));
    env.put("AUTH_REPO", "test");
    env.put("EVENTS_REPO", "test");
    env.put("MODELS_REPO", "memory");
    env.put("STORAGE_REPO", "local");
    env.put("FS_LOCAL_STORAGE_DIR", storage.toString());
    env.put("WINSTON_CONSOLE_LEVEL", "error");
    pb.redirectErrorStream(true).redirectOutput(storage.resolve("lrs.log").toFile());
    lrs = pb.start();
    endpoint = "http://127.0.0.1:" + port + "/xAPI/";
    for (int i = 0; i < 100; i++) {
      try {
        if (get("about").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("the LRS did not start; see " + storage.resolve("lrs.log"));
  }

  @AfterAll
  static void stop() {
    if (lrs != null) {
      lrs.destroy();
    }
  }

  @Test
  void statementsAreAcceptedAndReadBackAsSent() throws Exception {
    XapiOptions options = XapiOptions.builder(Records.HOME).includeReflections(true).build();
    Records.Export export = Records.export(options, w -> {
      w.entry("p-7f3a9c", Records.entry());
      w.session(Records.session());
      w.toolkitRun(Records.toolkitRun());
    });
    List<JsonNode> sent = StatementRules.statements(export.json());
    assertThat(sent).hasSize(7);
    HttpResponse<String> posted = post(export.json());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    JsonNode ids = StatementRules.MAPPER.readTree(posted.body());
    assertThat(ids.size()).isEqualTo(sent.size());
    for (int i = 0; i < sent.size(); i++) {
      JsonNode mine = sent.get(i);
      assertThat(ids.get(i).asString()).isEqualTo(mine.get("id").asString());
      HttpResponse<String> got = get("statements?statementId=" + URLEncoder.encode(mine.get("id").asString(), StandardCharsets.UTF_8));
      assertThat(got.statusCode()).isEqualTo(200);
      JsonNode stored = StatementRules.MAPPER.readTree(got.body());
      for (String property : List.of("actor", "verb", "object", "result", "context")) {
        if (mine.has(property)) {
          assertThat(stored.get(property)).as("%s of %s", property, mine.get("id")).isEqualTo(mine.get(property));
        }
      }
      assertThat(java.time.Instant.parse(stored.get("timestamp").asString()))
          .isEqualTo(java.time.Instant.parse(mine.get("timestamp").asString()));
    }
    // Sending the same export again is accepted: the identifiers are the same and so are the statements.
    assertThat(post(export.json()).statusCode()).isEqualTo(200);
  }

  @Test
  void aYearOfCpdLoadsWithNoPersonalData() throws Exception {
    RegistrationPeriod year = Regulator.SOCIAL_WORK_ENGLAND.periodContaining(LocalDate.of(2026, 3, 1));
    Portfolio portfolio = CpdGenerators.sweWith(year, 40, 8).sample(20261201L);
    XapiOptions options = XapiOptions.builder(Records.HOME).includeReflections(true).build();
    Records.Export export = Records.export(options, w -> w.portfolio("p-year-1", portfolio));
    List<JsonNode> sent = StatementRules.statements(export.json());
    assertThat(sent.size() + export.summary().refusals().size()).isGreaterThanOrEqualTo(40);
    String registration = portfolio.practitioner().registrationNumber();
    assertThat(export.json()).doesNotContain(registration).doesNotContain("mbox");
    HttpResponse<String> posted = post(export.json());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    assertThat(StatementRules.MAPPER.readTree(posted.body()).size()).isEqualTo(sent.size());
    for (JsonNode mine : sent) {
      JsonNode stored = StatementRules.MAPPER.readTree(
          get("statements?statementId=" + URLEncoder.encode(mine.get("id").asString(), StandardCharsets.UTF_8)).body());
      assertThat(stored.get("actor")).isEqualTo(mine.get("actor"));
      assertThat(stored.get("object")).isEqualTo(mine.get("object"));
    }
  }

  @Test
  void theStoreRejectsAMalformedStatementSoItIsAnOracle() throws Exception {
    String json = Records.export(XapiOptions.builder(Records.HOME).build(), w -> w.entry("p-1", Records.entry())).json();
    String broken = json.replace("\"PT1H30M\"", "\"90 minutes\"");
    assertThat(post(broken).statusCode()).isEqualTo(400);
  }

  private static HttpResponse<String> post(String body) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(endpoint + "statements"))
            .header("Authorization", AUTH)
            .header("X-Experience-API-Version", "1.0.3")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(endpoint + path))
            .header("Authorization", AUTH)
            .header("X-Experience-API-Version", "1.0.3")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
