package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.cpdkit.json.CpdFormatException.Kind;
import org.junit.jupiter.api.Test;

/** Messages are one line of printable text, whatever the document puts in its names. */
class MessagesTest {
  private static final CpdJson JSON = CpdJson.standard();
  private static final String HEAD = "{\"$format\":\"cpdkit.entry/1\",";

  @Test
  void controlCharactersInNamesAreEscapedInTheMessageAndKeptInThePointer() {
    String[] names = {"\\u001b[31mred", "a\\nb", "nul\\u0000", "bidi\\u202e", "del\\u007f", "c1\\u009b2J", "ls\\u2028"};
    for (String name : names) {
      CpdFormatException e =
          catchThrowableOfType(CpdFormatException.class, () -> JSON.read(DocumentType.ENTRY, HEAD + "\"" + name + "\":1}"));
      assertThat(e).as(name).isNotNull();
      assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
      assertPrintable(e.getMessage());
    }
  }

  @Test
  void namesInsideExtensionsAreEscapedToo() {
    CpdFormatException e =
        catchThrowableOfType(
            CpdFormatException.class,
            () -> JSON.read(DocumentType.ENTRY, HEAD + "\"x-m\":{\"\\u001b]0;title\\u0007\":1,\"\\u001b]0;title\\u0007\":2}}"));
    assertThat(e.kind()).isEqualTo(Kind.DUPLICATE_PROPERTY);
    assertThat(e.pointer()).isEqualTo("/x-m/\u001b]0;title\u0007");
    assertPrintable(e.getMessage());
    assertThat(e.getMessage()).contains("/x-m/\\u001B]0;title\\u0007");
  }

  @Test
  void theSourceNameIsEscapedToo() {
    CpdFormatException e =
        catchThrowableOfType(CpdFormatException.class, () -> JSON.read(DocumentType.ENTRY, new byte[0], "evil\n\u001b[2Jname.json"));
    assertPrintable(e.getMessage());
    assertThat(e.getMessage()).startsWith("evil\\n\\u001B[2Jname.json:1:1: ");
  }

  @Test
  void printableLeavesOrdinaryTextAndPairsAlone() {
    String s = "portfolio.json:3:4: /entries/0/title: café \uD83D\uDE00 naïve";
    assertThat(CpdFormatException.printable(s)).isSameAs(s);
    assertThat(CpdFormatException.printable("a\uD800b")).isEqualTo("a\\uD800b");
  }

  static void assertPrintable(String message) {
    assertThat(message.chars().filter(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x202e))
        .as(message)
        .isEmpty();
  }
}
