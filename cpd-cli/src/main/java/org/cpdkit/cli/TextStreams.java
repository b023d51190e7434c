package org.cpdkit.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text file of any length as UTF-8 in a stream: first a pass that checks every byte
 * strictly (a malformed byte is one error line with its offset, before anything is printed), then
 * a reader of the text without its byte order mark. Memory stays bounded by the buffers.
 */
final class TextStreams {
  private static final int BUFFER = 1 << 16;

  private TextStreams() {}

  /** Checks the whole file is valid UTF-8; throws a {@link CliException} naming the byte if not. */
  static void check(Path file) {
    CharsetDecoder decoder = strict();
    try (InputStream in = open(file)) {
      ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
      CharBuffer chars = CharBuffer.allocate(BUFFER);
      long base = 0; // the offset in the file of the buffer's first byte
      boolean first = true;
      while (true) {
        int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
        boolean eof = r < 0;
        if (!eof) {
          bytes.position(bytes.position() + r);
        }
        bytes.flip();
        if (first && bytes.remaining() >= 3 && (bytes.get(0) & 0xff) == 0xEF
            && (bytes.get(1) & 0xff) == 0xBB && (bytes.get(2) & 0xff) == 0xBF) {
          bytes.position(3); // a UTF-8 byte order mark is not part of the text
        }
        first = false;
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isError()) {
          throw new CliException(file + ": not valid UTF-8 at byte " + (base + bytes.position()));
        }
        chars.clear();
        if (eof) {
          if (decoder.flush(chars).isError()) {
            throw new CliException(file + ": not valid UTF-8");
          }
          return;
        }
        int used = bytes.position();
        bytes.compact();
        base += used;
      }
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** A reader of the file's text, decoding strictly, without a leading byte order mark. */
  static Reader reader(Path file) {
    try {
      InputStream in = open(file);
      in.mark(3);
      byte[] bom = in.readNBytes(3);
      if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB
          && (bom[2] & 0xff) == 0xBF)) {
        in.reset();
      }
      return new InputStreamReader(in, strict());
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static InputStream open(Path file) throws IOException {
    try {
      return new BufferedInputStream(Files.newInputStream(file), BUFFER);
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such file");
    }
  }

  private static CliException unreadable(Path file, IOException e) {
    return new CliException(file + ": cannot read (" + e.getClass().getSimpleName() + ")");
  }

  private static CharsetDecoder strict() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
