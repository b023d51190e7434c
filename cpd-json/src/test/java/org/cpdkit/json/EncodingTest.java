package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Only UTF-8 is read, whatever comes first; text input follows the same rules about marks. */
class EncodingTest {
  private static final CpdJson JSON = CpdJson.standard();
  private static final String ENTRY =
      "{\"$format\":\"cpdkit.entry/1\",\"id\":\"e1\",\"title\":\"Course\",\"activityType\":\"course\","
          + "\"date\":\"2026-03-12\",\"timeSpent\":\"PT3H\",\"whatIDid\":\"Attended.\","
          + "\"whatILearned\":\"Signs.\",\"impactOnPractice\":\"Better.\",\"standards\":[\"1.1\"]}";

  @Test
  void oneMarkIsSkippedInBytesAndText() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThat(JSON.read(DocumentType.ENTRY, new java.io.ByteArrayInputStream(concat(bom, utf8(ENTRY)))).id()).isEqualTo("e1");
    assertThat(JSON.read(DocumentType.ENTRY, "\uFEFF" + ENTRY).id()).isEqualTo("e1");
  }

  @Test
  void twoMarksAreAnError() {
    assertThat(fails(() -> JSON.read(DocumentType.ENTRY, "\uFEFF\uFEFF" + ENTRY)).code()).isEqualTo("invalid-encoding");
    byte[] two = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThat(fails(() -> JSON.readAny(concat(two, utf8(ENTRY)))).code()).isEqualTo("invalid-encoding");
  }

  @Test
  void utf16AndUtf32AreRefusedAfterAUtf8Mark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    for (String cs : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
      byte[] body = ENTRY.getBytes(java.nio.charset.Charset.forName(cs));
      CpdFormatException e = fails(() -> JSON.readAny(concat(bom, body)));
      assertThat(e.code()).as(cs).isEqualTo("invalid-encoding");
      assertThat(e.detail()).as(cs).contains("UTF-16 or UTF-32");
      assertThat(fails(() -> JSON.readAny(body)).code()).as(cs).isEqualTo("invalid-encoding");
    }
  }

  @Test
  void aLoneSurrogateIsRefusedAlikeInNamesAndValuesOfTextInput() {
    CpdFormatException value = fails(() -> JSON.read(DocumentType.ENTRY, ENTRY.replace("\"Course\"", "\"Course \\udc00\"")));
    CpdFormatException name = fails(() -> JSON.read(DocumentType.ENTRY, ENTRY.replace("\"id\"", "\"x-\\ud800\":1,\"id\"")));
    assertThat(value.code()).isEqualTo("invalid-encoding");
    assertThat(value.pointer()).isEqualTo("/title");
    assertThat(name.code()).isEqualTo("invalid-encoding");
    assertThat(name.pointer()).isEqualTo("");
    assertThat(name.detail()).endsWith(value.detail());
  }

  @Test
  void aPairOfSurrogateEscapesIsOneCharacter() {
    assertThat(JSON.read(DocumentType.ENTRY, ENTRY.replace("\"Course\"", "\"Course \\ud83d\\ude00\"")).title()).isEqualTo("Course \uD83D\uDE00");
  }

  private static CpdFormatException fails(Runnable r) {
    CpdFormatException e = catchThrowableOfType(CpdFormatException.class, r::run);
    assertThat(e).as("a CpdFormatException").isNotNull();
    return e;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
