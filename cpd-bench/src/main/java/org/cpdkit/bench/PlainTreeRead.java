package org.cpdkit.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline for {@code cpd check} at national scale: reads the same JSON Lines files with plain
 * Jackson into trees ({@link ObjectMapper#readTree(byte[])}), nothing else, with the threads and
 * the work split {@code cpd check} uses (the main thread cuts lines, one worker per core parses
 * them, at most four per worker in flight). Prints wall and CPU time.
 *
 * <pre>
 * java -cp cpd-bench/target/benchmarks.jar org.cpdkit.bench.PlainTreeRead /tmp/national
 * </pre>
 */
public final class PlainTreeRead {
  private PlainTreeRead() {}

  /** Reads every {@code *.jsonl} file under the directory given. */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: PlainTreeRead DIR");
      System.exit(2);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      s.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
    }
    ObjectMapper mapper = JsonMapper.builder().build();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    int window = Math.max(2, threads * 4);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "plain-worker");
              t.setDaemon(true);
              return t;
            });
    long wall = System.nanoTime();
    long cpu = cpuNanos();
    Deque<Future<Integer>> inFlight = new ArrayDeque<>();
    long lines = 0;
    long entries = 0;
    byte[] buffer = new byte[1 << 16];
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        int n;
        while ((n = in.read(buffer)) > 0) {
          int from = 0;
          for (int i = 0; i < n; i++) {
            if (buffer[i] == '\n') {
              line.write(buffer, from, i - from);
              from = i + 1;
              if (line.size() > 0) {
                byte[] bytes = line.toByteArray();
                lines++;
                inFlight.add(pool.submit(() -> count(mapper.readTree(bytes))));
                if (inFlight.size() >= window) {
                  entries += take(inFlight.removeFirst());
                }
              }
              line.reset();
            }
          }
          line.write(buffer, from, n - from);
        }
        if (line.size() > 0) {
          byte[] bytes = line.toByteArray();
          lines++;
          inFlight.add(pool.submit(() -> count(mapper.readTree(bytes))));
        }
      }
    }
    while (!inFlight.isEmpty()) {
      entries += take(inFlight.removeFirst());
    }
    pool.shutdownNow();
    double seconds = (System.nanoTime() - wall) / 1e9;
    double cpuSeconds = (cpuNanos() - cpu) / 1e9;
    System.out.printf(
        "read %,d portfolios (%,d entries) from %,d files with %d threads: %.2f s wall, %.2f s CPU"
            + " (%.0f %%)%n",
        lines, entries, files.size(), threads, seconds, cpuSeconds, 100 * cpuSeconds / seconds);
  }

  private static int count(JsonNode tree) {
    return tree.path("entries").size();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static int take(Future<Integer> f) throws InterruptedException, IOException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IOException(e.getCause());
    }
  }
}
