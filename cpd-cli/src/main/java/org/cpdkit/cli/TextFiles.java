package org.cpdkit.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads text files strictly as UTF-8: a malformed byte is an error, never a replacement character. */
final class TextFiles {
  /** Larger files are refused rather than read into memory. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private TextFiles() {}

  static String read(Path file) {
    Inputs.requireRegularFile(file);
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new CliException(Main.printable(file.toString()) + ": file is larger than 64 MB");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CliException(Main.printable(file.toString()) + ": " + Inputs.why(e));
    }
    int offset = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      offset = 3; // a UTF-8 byte order mark is not part of the text
    }
    int bad = firstMalformed(bytes, offset);
    if (bad >= 0) {
      throw new CliException(Main.printable(file.toString()) + ": not valid UTF-8 at byte " + bad);
    }
    // Checked above, so decoding replaces nothing; the text is built without a second copy.
    return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
  }

  /**
   * The offset from {@code offset} of the first byte that is not UTF-8, or -1: decoded through a
   * small buffer, so checking needs no memory in proportion to the text.
   */
  private static int firstMalformed(byte[] bytes, int offset) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        return in.position() - offset;
      }
      if (r.isUnderflow()) {
        r = decoder.flush(out);
        return r.isError() ? in.position() - offset : -1;
      }
      out.clear();
    }
  }
}
