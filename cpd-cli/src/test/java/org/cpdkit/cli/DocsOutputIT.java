package org.cpdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cpdkit.cli.CpdProcess.Result;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The output the docs show is what the command prints. A fenced block holding one {@code ./cpd}
 * command, followed by a fenced block, is a pair: plain output must be printed exactly; a
 * {@code json} block must be the printed document, where the docs may leave out elements of a
 * list (the elements shown must appear, in order, and every object shown must be whole).
 */
class DocsOutputIT {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  record Pair(String where, String command, String output, boolean json) {}

  static List<Pair> pairs() throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(CpdProcess.root().resolve("README.md"));
    try (Stream<Path> s = Files.list(CpdProcess.root().resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    List<Pair> pairs = new ArrayList<>();
    for (Path doc : docs) {
      List<String> lines = Files.readAllLines(doc);
      for (int i = 0; i + 2 < lines.size(); i++) {
        if (!lines.get(i).equals("```") || !lines.get(i + 1).startsWith("./cpd ") || !lines.get(i + 2).equals("```")) {
          continue;
        }
        int j = i + 3;
        while (j < lines.size() && lines.get(j).isBlank()) {
          j++;
        }
        if (j >= lines.size() || !lines.get(j).startsWith("```")) {
          continue;
        }
        boolean json = lines.get(j).equals("```json");
        int end = j + 1;
        while (end < lines.size() && !lines.get(end).startsWith("```")) {
          end++;
        }
        String output = String.join("\n", lines.subList(j + 1, end)) + "\n";
        pairs.add(new Pair(CpdProcess.root().relativize(doc) + ":" + (i + 2), lines.get(i + 1), output, json));
        i = end;
      }
    }
    return pairs;
  }

  @TestFactory
  Stream<DynamicTest> theDocsShowWhatTheCommandPrints() throws IOException {
    List<Pair> pairs = pairs();
    assertThat(pairs).as("command and output pairs in the docs").hasSizeGreaterThanOrEqualTo(2);
    return pairs.stream().map(p -> DynamicTest.dynamicTest(p.where() + " " + p.command(), () -> {
      String[] args = p.command().substring("./cpd ".length()).trim().split("\\s+");
      Result r = CpdProcess.run(args);
      assertThat(r.err()).as("stderr of %s", p.command()).isEmpty();
      if (p.json()) {
        JsonNode shown = MAPPER.readTree(p.output());
        JsonNode printed = MAPPER.readTree(r.out());
        String problem = excerpt(shown, printed, "");
        assertThat(problem).as("%s: the JSON shown differs from what is printed", p.where()).isNull();
      } else {
        assertThat(r.out()).as(p.where()).isEqualTo(p.output());
      }
    }));
  }

  /** Null when {@code shown} is {@code printed} with some list elements left out; else where they differ. */
  static String excerpt(JsonNode shown, JsonNode printed, String at) {
    if (shown.isObject()) {
      if (!printed.isObject()) {
        return at + ": not an object";
      }
      List<String> a = new ArrayList<>(shown.propertyNames());
      List<String> b = new ArrayList<>(printed.propertyNames());
      if (!a.equals(b)) {
        return at + ": properties " + a + " but printed " + b;
      }
      for (Map.Entry<String, JsonNode> e : shown.properties()) {
        String d = excerpt(e.getValue(), printed.get(e.getKey()), at + "/" + e.getKey());
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (shown.isArray()) {
      if (!printed.isArray()) {
        return at + ": not a list";
      }
      Iterator<JsonNode> candidates = printed.iterator();
      int index = 0;
      for (JsonNode element : shown) {
        boolean found = false;
        while (candidates.hasNext()) {
          if (excerpt(element, candidates.next(), at + "/" + index) == null) {
            found = true;
            break;
          }
        }
        if (!found) {
          return at + "/" + index + ": " + element + " is not printed (in this order)";
        }
        index++;
      }
      return null;
    }
    return shown.equals(printed) ? null : at + ": " + shown + " but printed " + printed;
  }
}
