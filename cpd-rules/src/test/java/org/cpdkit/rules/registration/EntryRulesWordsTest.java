package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EntryRulesWordsTest {

  private static int bySplit(String s) {
    return s.strip().split("\\s+").length;
  }

  @Test
  void countsWordsAsTheSplitDid() {
    String[] examples = {"a", " one ", "two words", "a\tb\nc", "a  \t b", "x\u00A0y", "x \u2003 y", "end\r\n", "İ é"};
    for (String s : examples) {
      assertThat(EntryRules.words(s)).as("words in %s", s).isEqualTo(bySplit(s));
    }
  }

  @Test
  void stopsCountingAtTheLimit() {
    assertThat(EntryRules.words("one two three four five six", 5)).isEqualTo(5);
    assertThat(EntryRules.words("one two three four", 5)).isEqualTo(4);
    assertThat(EntryRules.words("  one two three four  \n", 5)).isEqualTo(4);
    assertThat(EntryRules.words("one two three four five", 5)).isEqualTo(5);
    assertThat(EntryRules.words("one", 1)).isEqualTo(1);
  }

  @Test
  void agreesWithTheSplitOnRandomTextThatIsNotBlank() {
    char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2003', '\u001C', 'é'};
    Random random = new Random(11L);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int i = 0; i < length; i++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = b.toString();
      if (!s.isBlank()) {
        assertThat(EntryRules.words(s)).as("words in %s", s).isEqualTo(bySplit(s));
        int limit = 1 + random.nextInt(6);
        assertThat(EntryRules.words(s, limit)).as("words up to %s in %s", limit, s)
            .isEqualTo(Math.min(bySplit(s), limit));
      }
    }
  }
}
