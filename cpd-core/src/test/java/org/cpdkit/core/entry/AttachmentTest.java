package org.cpdkit.core.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.cpdkit.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 13);
  /** SHA-256 of the four bytes "test", a published test vector. */
  private static final String TEST_DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  @TempDir Path dir;

  @Test
  void describesAFileBySizeAndDigest() throws IOException {
    Path f = Files.writeString(dir.resolve("certificate.txt"), "test");
    Attachment a = Attachment.of(f, "text/plain", DAY);
    assertThat(a.size()).isEqualTo(4);
    assertThat(a.sha256()).isEqualTo(TEST_DIGEST);
    a.verify(f);
    assertThat(a.matches(new ByteArrayInputStream("test".getBytes(StandardCharsets.US_ASCII)))).isTrue();
    assertThat(a.matches(new ByteArrayInputStream("Test".getBytes(StandardCharsets.US_ASCII)))).isFalse();
  }

  @Test
  void aDifferentFileIsAOneLineMismatch() throws IOException {
    Attachment a = Attachment.builder().mediaType("text/plain").size(4).sha256(TEST_DIGEST).date(DAY).build();
    Path other = Files.writeString(dir.resolve("other.txt"), "tesT");
    assertThatThrownBy(() -> a.verify(other))
        .isInstanceOf(AttachmentMismatchException.class)
        .hasMessage(other + ": SHA-256 " + Attachment.of(other, "text/plain", DAY).sha256()
            + " does not match the attachment's " + TEST_DIGEST);
    Path longer = Files.writeString(dir.resolve("longer.txt"), "tests");
    assertThatThrownBy(() -> a.verify(longer))
        .isInstanceOf(AttachmentMismatchException.class)
        .hasMessage(longer + ": 5 bytes, but the attachment records 4 bytes");
    assertThatThrownBy(() -> a.verify(dir.resolve("missing.pdf")))
        .isInstanceOf(IOException.class)
        .hasMessage(dir.resolve("missing.pdf") + ": no such file");
  }

  @Test
  void digestsAFileLargerThanTheBufferInAStream() throws IOException {
    byte[] big = new byte[1_000_003];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31);
    }
    Path f = Files.write(dir.resolve("big.bin"), big);
    Attachment a = Attachment.of(f, "application/octet-stream", DAY);
    assertThat(a.size()).isEqualTo(big.length);
    assertThat(a.matches(new ByteArrayInputStream(big))).isTrue();
  }

  @Test
  void rejectsWhatIsNotADescription() {
    Attachment.Builder ok = Attachment.builder().mediaType("application/pdf").size(1).sha256(TEST_DIGEST).date(DAY);
    assertThatThrownBy(() -> Attachment.builder().from(ok.build()).sha256(TEST_DIGEST.toUpperCase()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Attachment.sha256: must be 64 lower-case hexadecimal digits");
    assertThatThrownBy(() -> Attachment.builder().from(ok.build()).mediaType("pdf").build())
        .hasMessage("Attachment.mediaType: must be a lower-case media type such as application/pdf");
    assertThatThrownBy(() -> Attachment.builder().from(ok.build()).size(-1).build())
        .hasMessageStartingWith("Attachment.size:");
  }

  @Test
  void rejectsExactlyWhatTheMediaTypeAndDigestExpressionsReject() {
    Pattern mediaType = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");
    Pattern sha256 = Pattern.compile("[0-9a-f]{64}");
    String[] alphabet = {"a", "f", "g", "A", "0", "/", "-", "+", "$", "&", "^", " ", "é", "１", "\n"};
    List<String> values = new ArrayList<>(List.of("", "text/plain", "application/vnd.oasis.opendocument.text", TEST_DIGEST));
    for (String a : alphabet) {
      for (String b : alphabet) {
        for (String c : alphabet) {
          values.add(a + b + c);
        }
      }
    }
    Random r = new Random(64);
    for (int i = 0; i < 1_000; i++) {
      String s = r.nextBoolean() ? TEST_DIGEST : "application/pdf";
      int at = r.nextInt(s.length() + 1);
      String c = alphabet[r.nextInt(alphabet.length)];
      values.add(r.nextBoolean() ? s.substring(0, at) + c + s.substring(at) : s.substring(0, at) + s.substring(Math.min(s.length(), at + 1)));
    }
    Attachment ok = Attachment.builder().mediaType("application/pdf").size(1).sha256(TEST_DIGEST).date(DAY).build();
    for (String v : values) {
      if (mediaType.matcher(v).matches()) {
        assertThat(Attachment.builder().from(ok).mediaType(v).build().mediaType()).isEqualTo(v);
      } else {
        assertThatThrownBy(() -> Attachment.builder().from(ok).mediaType(v).build())
            .isExactlyInstanceOf(InvalidValueException.class)
            .hasMessage("Attachment.mediaType: must be a lower-case media type such as application/pdf");
      }
      if (sha256.matcher(v).matches()) {
        assertThat(Attachment.builder().from(ok).sha256(v).build().sha256()).isEqualTo(v);
      } else {
        assertThatThrownBy(() -> Attachment.builder().from(ok).sha256(v).build())
            .isExactlyInstanceOf(InvalidValueException.class)
            .hasMessage("Attachment.sha256: must be 64 lower-case hexadecimal digits");
      }
    }
  }
}
