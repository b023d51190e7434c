package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void rejectsNull() {
    assertThatThrownBy(() -> redactor.redact(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
    assertThatThrownBy(() -> Redactor.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("scanner");
  }
}
