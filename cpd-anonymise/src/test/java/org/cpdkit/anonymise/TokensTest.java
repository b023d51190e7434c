package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void lettersAndSpacesAreClassedAsTheJdkClassesThem() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char ch = (char) i;
      boolean letter = ch < 128 ? (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')
          : Character.isLetter(ch);
      assertThat(Tokens.isLetter(ch)).as("letter U+%04X", i).isEqualTo(letter);
      boolean space = ch < 128 ? " \n\t\r\f".indexOf(ch) >= 0
          : ch == '\u00a0' || Character.isWhitespace(ch);
      assertThat(Tokens.isSpace(ch)).as("space U+%04X", i).isEqualTo(space);
    }
  }

  @Test
  void aSymbolIsKnownByItsCharacterAndNothingElseIsASymbol() {
    String text = "Mr O'Neill, (07700) 900123 @jess + é\u00a0ü; \uffff\u8000 x";
    char[] c = text.toCharArray();
    Tokens t = new Tokens(c, c.length);
    t.tokenize(Vocabulary.build());
    for (int k = -2; k < t.count + 2; k++) {
      for (char ch : new char[] {',', '(', ')', '@', '+', ';', '\'', '\uffff', '\u8000', 'x', '0'}) {
        boolean sym = k >= 0 && k < t.count && t.type[k] == Tokens.SYM && c[t.start[k]] == ch;
        assertThat(t.isSym(k, ch)).as("token %d, %s", k, ch).isEqualTo(sym);
      }
      boolean word = k >= 0 && k < t.count && t.type[k] == Tokens.WORD;
      assertThat(t.capital(k)).isEqualTo(word && (t.shape[k] & Tokens.CAP) != 0);
      assertThat(t.has(k, -1)).isEqualTo(word && t.vocab[k] != 0);
    }
  }
}
