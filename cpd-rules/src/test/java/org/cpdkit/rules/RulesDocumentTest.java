package org.cpdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cpdkit.rules.session.SessionRules;
import org.cpdkit.rules.toolkit.ToolkitRules;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/rules.md in step with the code: the tables between the markers are generated from
 * the packs and rule sets. Run with {@code -Dcpdkit.rules.doc.write=true} to rewrite them.
 */
class RulesDocumentTest {

  private static final Path DOC = Path.of("..", "docs", "rules.md");
  private static final String START = "<!-- generated tables: start (RulesDocumentTest) -->";
  private static final String END = "<!-- generated tables: end -->";

  @Test
  void docsListEveryRuleAndPack() throws IOException {
    String generated = generate();
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int s = doc.indexOf(START);
    int e = doc.indexOf(END);
    assertThat(s).as("docs/rules.md has the start marker").isNotNegative();
    assertThat(e).as("docs/rules.md has the end marker").isGreaterThan(s);
    String expected = doc.substring(0, s + START.length()) + "\n" + generated + doc.substring(e);
    if (Boolean.getBoolean("cpdkit.rules.doc.write")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
      doc = Files.readString(DOC, StandardCharsets.UTF_8);
    }
    assertThat(doc).as("docs/rules.md is out of date; rerun with -Dcpdkit.rules.doc.write=true").isEqualTo(expected);
  }

  static String generate() {
    StringBuilder b = new StringBuilder();
    b.append("\n## Packs\n\n| pack | title | period | facts not confirmed |\n|---|---|---|---|\n");
    List<RulePack> packs = RulePacks.all();
    for (RulePack p : packs) {
      if (p.id().startsWith("example-")) {
        continue;
      }
      b.append("| `").append(p.id()).append("` | ").append(cell(p.title())).append(" | ").append(cell(p.period()))
          .append(" | ").append(p.unconfirmed().isEmpty() ? "none" : String.join("<br>", p.unconfirmed().stream()
              .map(RulesDocumentTest::cell).toList())).append(" |\n");
    }
    for (RulePack p : packs) {
      if (p.id().startsWith("example-")) {
        continue;
      }
      b.append("\n### Pack `").append(p.id()).append("`\n\n");
      table(b, p.rules(text -> List.of()));
    }
    b.append("\n## Peer-reflection session rules\n\n");
    table(b, SessionRules.standard());
    b.append("\n## Toolkit run rules\n\n");
    table(b, ToolkitRules.standard());
    return b.append('\n').toString();
  }

  private static void table(StringBuilder b, RuleSet<?> rules) {
    b.append("| rule | severity | summary | source |\n|---|---|---|---|\n");
    for (Rule<?> r : rules.rules()) {
      RuleDescription d = r.description();
      b.append("| `").append(d.id()).append("` | ").append(d.defaultSeverity()).append(" | ")
          .append(cell(d.summary())).append(" | ")
          .append(d.source().map(s -> "<" + s.url() + "> (read " + s.readOn() + ")"
              + s.note().map(n -> ": " + cell(n)).orElse("")).orElse("cpdkit"))
          .append(" |\n");
    }
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
