package org.cpdkit.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the scanner figures of one JMH run ({@code -rf json}) as ratios measured in that run:
 * each {@code ScannerBenchmark} result as a speed relative to {@code limitProbe50MB}, and each
 * {@code HostileInputBenchmark} input as time per MB relative to prose and as a speed relative to
 * the bare pass over the same input.
 *
 * <pre>
 * java -cp cpd-bench/target/benchmarks.jar org.cpdkit.bench.Ratios bench/results/.../jmh.json
 * </pre>
 */
public final class Ratios {
  private Ratios() {}

  /** Reads the JMH JSON result file named by the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Ratios JMH-RESULT.json");
      System.exit(2);
    }
    ObjectMapper mapper = JsonMapper.builder().build();
    JsonNode results = mapper.readTree(Path.of(args[0]).toFile());
    Map<String, double[]> scanner = new LinkedHashMap<>();
    Map<String, double[]> hostileScan = new LinkedHashMap<>();
    Map<String, double[]> hostileProbe = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String name = r.path("benchmark").asString();
      String method = name.substring(name.lastIndexOf('.') + 1);
      double[] score = {
        r.path("primaryMetric").path("score").asDouble(),
        r.path("primaryMetric").path("scoreError").asDouble()
      };
      if (name.contains("ScannerBenchmark")) {
        scanner.put(method, score);
      } else if (name.contains("HostileInputBenchmark")) {
        String input = r.path("params").path("input").asString();
        (method.startsWith("limitProbe") ? hostileProbe : hostileScan).put(input, score);
      }
    }
    double[] probe = scanner.get("limitProbe50MB");
    if (probe != null) {
      System.out.println("| ScannerBenchmark | ms per 50 MiB (± 99.9 %) | MB/s | speed / limit probe |");
      System.out.println("|---|---|---|---|");
      for (Map.Entry<String, double[]> e : scanner.entrySet()) {
        double ms = e.getValue()[0];
        System.out.printf(
            "| `%s` | %,.1f ± %,.1f | %,.1f | %.3f |%n",
            e.getKey(), ms, e.getValue()[1], ScannerBenchmark.TOTAL / 1e6 / (ms / 1000), probe[0] / ms);
      }
      double[] s = scanner.get("scanner50MB");
      double[] regex = scanner.get("regexBaseline50MB");
      if (s != null && regex != null) {
        System.out.printf("%nscanner (all kinds) is %.1fx the speed of the regex baseline%n", regex[0] / s[0]);
      }
      System.out.println();
    }
    double[] prose = hostileScan.get("prose");
    if (prose != null) {
      System.out.println(
          "| HostileInputBenchmark input | scan ms per 4 MiB (± 99.9 %) | / prose | probe ms | scan"
              + " speed / probe |");
      System.out.println("|---|---|---|---|---|");
      for (Map.Entry<String, double[]> e : hostileScan.entrySet()) {
        double ms = e.getValue()[0];
        double[] p = hostileProbe.get(e.getKey());
        System.out.printf(
            "| %s | %,.1f ± %,.1f | %.2f | %s | %s |%n",
            e.getKey(),
            ms,
            e.getValue()[1],
            ms / prose[0],
            p == null ? "" : String.format("%,.2f", p[0]),
            p == null ? "" : String.format("%.3f", p[0] / ms));
      }
    }
  }
}
