package org.cpdkit.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.json.CpdJson;
import org.cpdkit.json.DocumentType;
import org.cpdkit.testing.CpdGenerators;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes a generated portfolio of 20 entries (compact JSON) with cpd-json, and with
 * plain Jackson databind on plain records of the same shape (strings for codes, no invariants, no
 * locations) as the baseline. The goal: cpd-json within 1.3 times the baseline's time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {
  /** The baseline's portfolio. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainPortfolio(
      @JsonProperty("$format") String format, PlainPractitioner practitioner, List<PlainEntry> entries) {}

  /** The baseline's practitioner. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainPractitioner(String registrationNumber, String regulator, LocalDate registeredOn) {}

  /** The baseline's entry. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainEntry(
      String id,
      String title,
      String activityType,
      String activityDescription,
      LocalDate date,
      LocalDate endDate,
      Duration timeSpent,
      boolean participatory,
      String whatIDid,
      String whatILearned,
      String impactOnPractice,
      List<String> standards,
      PlainPeerReflection peerReflection,
      PlainStructuredReflection structuredReflection,
      List<PlainEvidence> evidence,
      List<String> tags,
      String status) {}

  /** The baseline's peer reflection. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainPeerReflection(
      LocalDate date, String mode, List<String> peerRoles, String whatILearnedFromPeers, String sessionId) {}

  /** The baseline's structured reflection. */
  public record PlainStructuredReflection(String model, Map<String, String> sections) {}

  /** The baseline's evidence. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainEvidence(String description, String uri) {}

  private CpdJson json;
  private JsonMapper mapper;
  private Portfolio portfolio;
  private PlainPortfolio plain;
  private byte[] bytes;

  @Setup(Level.Trial)
  public void setUp() {
    json = CpdJson.builder().pretty(false).build();
    mapper =
        JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    portfolio = CpdGenerators.portfolios(20, 20).sample(42L).withExtensions(Map.of());
    bytes = json.toBytes(DocumentType.PORTFOLIO, portfolio);
    plain = mapper.readValue(bytes, PlainPortfolio.class);
  }

  @Benchmark
  public Portfolio readCpdJson() {
    return json.read(DocumentType.PORTFOLIO, bytes);
  }

  @Benchmark
  public PlainPortfolio readPlainDatabind() {
    return mapper.readValue(bytes, PlainPortfolio.class);
  }

  @Benchmark
  public byte[] writeCpdJson() {
    return json.toBytes(DocumentType.PORTFOLIO, portfolio);
  }

  @Benchmark
  public byte[] writePlainDatabind() {
    return mapper.writeValueAsBytes(plain);
  }

  /** The document's size, for reading the figures as throughput. */
  public int documentBytes() {
    return bytes.length;
  }
}
