package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private final Redactor redactor = Redactor.of(IdentifierScanner.standard());

  @Test
  void samePersonKeepsSamePlaceholder() {
    String out =
        redactor.redact("Tyler said he was fine. Later Tyler's mum, Sarah, rang me. Tyler cried.");
    assertThat(out)
        .isEqualTo(
            "[PERSON 1] said he was fine. Later [PERSON 1]'s mum, [PERSON 2], rang me. [PERSON 1]"
                + " cried.");
  }

  @Test
  void evidenceDrawnFromAReplacedWordHidesNoNameInTheResult() {
    // "@between" is a handle; before it was replaced, its "between" made Leo a place in a list
    String out = redactor.redact("Seen by @between Leo (2021, 2024) and Gaz: Registered charity");
    assertThat(IdentifierScanner.standard().scan(out)).isEmpty();
  }

  @Test
  void fullNameAndGivenNameShareAPlaceholder() {
    String out = redactor.redact("I met Kasia Nowak at home. Kasia said the flat was cold.");
    assertThat(out).isEqualTo("I met [PERSON 1] at home. [PERSON 1] said the flat was cold.");
  }

  @Test
  void perKindPlaceholders() {
    String out =
        redactor.redact(
            "Email j.smith@example.org or ring 07700 900123; she lives at 14 Elm Road, M1 1AE.");
    assertThat(out)
        .isEqualTo("Email [EMAIL 1] or ring [PHONE 1]; she lives at [ADDRESS 1], [POSTCODE 1].");
    assertThat(IdentifierScanner.standard().scan(out)).isEmpty();
  }

  @Test
  void aTitledPersonIsRedactedWithTheTitle() {
    assertThat(redactor.redact("Mrs Irene Marsh rang; later Mrs Marsh wrote."))
        .isEqualTo("[PERSON 1] rang; later [PERSON 1] wrote.");
  }

  /** A text of many windows: the same placeholders as one redaction, nothing left to find. */
  @Test
  void streamsALongTextWindowByWindow() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < 300_000; i++) {
      b.append("Visit ").append(i).append(": Tyler said he was fine and Kasia Nowak rang 07700 900")
          .append(100 + i % 800).append(" about the plan for 14 Elm Road.\n");
    }
    String text = b.toString();
    StringWriter out = new StringWriter();
    redactor.redact(new StringReader(text), out);
    String streamed = out.toString();
    assertThat(streamed).isEqualTo(redactor.redact(text));
    assertThat(streamed).doesNotContain("Tyler").doesNotContain("Nowak").doesNotContain("07700");
    assertThat(streamed.lines().skip(2000).findFirst().orElseThrow())
        .contains("[PERSON 1] said").contains("[PERSON 2] rang");
    assertThat(IdentifierScanner.standard().scan(streamed)).isEmpty();
  }

  @Test
  void streamsAnEmptyText() throws IOException {
    StringWriter out = new StringWriter();
    redactor.redact(new StringReader(""), out);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> redactor.redact(null, new StringWriter()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("in");
    assertThatThrownBy(() -> redactor.redact((CharSequence) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
    assertThatThrownBy(() -> Redactor.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("scanner");
  }
}
