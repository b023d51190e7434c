package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RegistrationFactsNormTest {

  private static String byRegex(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Test
  void collapsesWhitespaceAndLowersCaseAsTheRegexDid() {
    String[] examples = {
      "", " ", "a", "  Hello   World  ", "a\tb", "a \t\n b", "line\r\nnext", "x\u000By\fz",
      "\u00A0non-breaking\u00A0inside\u00A0", "\u2003em space\u2003", "İstanbul DİJON", "ends with tab\t",
      "a  b", "a \u00A0 b", "Σ ΣΑΣ", "emoji \uD83D\uDE00  here"
    };
    for (String s : examples) {
      assertThat(RegistrationFacts.norm(s)).as("norm of %s", s).isEqualTo(byRegex(s));
    }
  }

  @Test
  void agreesWithTheRegexOnRandomMixesOfWhitespace() {
    char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2003', '\u1680', 'İ', 'é'};
    Random random = new Random(7L);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = b.toString();
      assertThat(RegistrationFacts.norm(s)).as("norm of %s", s).isEqualTo(byRegex(s));
    }
  }

  @Test
  void hashesTheNormalisedTextWithoutBuildingIt() {
    char[] alphabet = {
      'a', 'B', 'z', 'Z', '0', '.', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u001C', '\u007F',
      '\u00A0', '\u2003', 'İ', 'é', 'Σ'
    };
    Random random = new Random(11L);
    long seed = 0xcbf29ce484222325L;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(14);
      // half the texts ASCII only, so the copy-free path is taken
      int range = n % 2 == 0 ? 15 : alphabet.length;
      for (int i = 0; i < length; i++) {
        b.append(alphabet[random.nextInt(range)]);
      }
      String s = b.toString();
      assertThat(RegistrationFacts.normHash(s, seed))
          .as("hash of %s", s)
          .isEqualTo(RegistrationFacts.hashOf(RegistrationFacts.norm(s), seed));
      // and of the start of the normalised text only, as duplicates are first told apart
      int limit = random.nextInt(10);
      String norm = RegistrationFacts.norm(s);
      assertThat(RegistrationFacts.normHash(s, seed, limit))
          .as("hash of the first %d of %s", limit, s)
          .isEqualTo(RegistrationFacts.hashOf(norm.substring(0, Math.min(limit, norm.length())), seed));
    }
  }
}
