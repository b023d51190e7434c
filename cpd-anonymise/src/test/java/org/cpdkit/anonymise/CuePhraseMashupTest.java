package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mashups of the phrases the scanner's rules look for, glued in any order: the scanner
 * never fails on them, and what the redactor writes always scans clean.
 */
class CuePhraseMashupTest {
  private static final String[] PHRASES = {
    "[at]", "(at)", "[dot]", " [", "(", ")", "]", "lives on ", "moved to ", "Elm Road", "Road",
    "Snapchat is ", "Discord: ", "#1234", "Name: ", "Child's name:", "between ", "Frank's ",
    "Many thanks\n", "Thanks\n", "Olu", "Tunde and I", "me and ", "Reply from ", "Kasia.W", ".W",
    "Age UK ", "Lindsey", "09:25 ", "Gaz: ", "Yes Gaz I know", "Leo (2021, 2024)", "number 9 ",
    "no. ", "07700.900.123", "LAC ID ", "Registered charity ", "SC051286", "case was LCS123456",
    "Meet ", "the Kingston team", "Stoke ", "Self-Assessment", "Mary Seacole was",
    "Peter Jackson J", "Dr van der Berg", "known as \"", "\"", "Spider", "  ", "\t", "D.O.B", ":",
    ",", ".", "I ", "Mthunzi said", "We met ", "> Hi Dave", "To: ", "From: ", "my manager (",
    "Hyacinth", "Baroness ", "Revd ", "P", " J", "\n", "é", "İ", "x", "1", "@", "_"
  };

  @Test
  void neitherTheScannerNorTheRedactorLeavesAnythingBehind() {
    IdentifierScanner scanner = IdentifierScanner.standard();
    Redactor redactor = Redactor.of(scanner);
    Random random = new Random(20261203L);
    List<String> left = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = 0, n = 1 + random.nextInt(12); j < n; j++) {
        b.append(PHRASES[random.nextInt(PHRASES.length)]);
      }
      String text = b.toString();
      scanner.scan(text);
      String redacted = redactor.redact(text);
      if (!scanner.scan(redacted).isEmpty()) {
        left.add(redacted);
      }
    }
    assertThat(left).isEmpty();
  }
}
