package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

  @Test
  void findsAUnicodeEscapeWhereverItIs() {
    byte[] alphabet = {'a', ' ', '"', '\\', 'u', 'D', '8', (byte) 0xC3, (byte) 0xA9};
    Random random = new Random(5L);
    for (int n = 0; n < 20_000; n++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = alphabet[random.nextInt(n % 2 == 0 ? 3 : alphabet.length)];
      }
      int from = b.length == 0 ? 0 : random.nextInt(b.length);
      int to = from + random.nextInt(b.length - from + 1);
      boolean naive = false;
      for (int i = from; i + 1 < to; i++) {
        naive |= b[i] == '\\' && b[i + 1] == 'u';
      }
      assertThat(Utf8.mayHoldUnicodeEscape(b, from, to)).as("case %d", n).isEqualTo(naive);
    }
  }

  @Test
  void acceptsExactlyTheSequencesAStrictDecoderAccepts() {
    byte[] alphabet = {'a', 'b', ' ', (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x80, (byte) 0x99, (byte) 0xED,
      (byte) 0xA0, (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0xC0, (byte) 0xFF};
    Random random = new Random(9L);
    for (int n = 0; n < 20_000; n++) {
      byte[] b = new byte[random.nextInt(30)];
      for (int i = 0; i < b.length; i++) {
        // long ASCII runs with a few other bytes, so the eight-at-a-time path is crossed at every offset
        b[i] = random.nextInt(6) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) ('a' + random.nextInt(26));
      }
      boolean valid;
      try {
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(b));
        valid = true;
      } catch (CharacterCodingException e) {
        valid = false;
      }
      assertThat(Utf8.firstInvalid(b, 0, b.length) < 0).as("case %d", n).isEqualTo(valid);
    }
  }

  @Test
  void checksBothInOnePassAsEachAlone() {
    byte[] alphabet = {'a', ' ', '"', '\\', 'u', 'D', (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x80,
      (byte) 0x99, (byte) 0xED, (byte) 0xA0, (byte) 0xF0, (byte) 0x9F, (byte) 0xC0, (byte) 0xFF};
    Random random = new Random(13L);
    for (int n = 0; n < 50_000; n++) {
      byte[] b = new byte[random.nextInt(48)];
      for (int i = 0; i < b.length; i++) {
        b[i] = random.nextInt(5) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) ('a' + random.nextInt(26));
      }
      int from = b.length == 0 ? 0 : random.nextInt(b.length);
      int to = from + random.nextInt(b.length - from + 1);
      int bad = Utf8.firstInvalid(b, from, to);
      int expected = bad >= 0 ? bad : Utf8.mayHoldUnicodeEscape(b, from, to) ? Utf8.VALID_WITH_ESCAPE : Utf8.VALID;
      assertThat(Utf8.check(b, from, to)).as("case %d", n).isEqualTo(expected);
    }
  }
}
