package org.cpdkit.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads text files strictly as UTF-8: a malformed byte is an error, never a replacement character. */
final class TextFiles {
  /** Larger files are refused rather than read into memory. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private TextFiles() {}

  static String read(Path file) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new CliException(file + ": file is larger than 64 MB");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such file");
    } catch (IOException e) {
      throw new CliException(file + ": cannot read (" + e.getClass().getSimpleName() + ")");
    }
    int offset = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      offset = 3; // a UTF-8 byte order mark is not part of the text
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return decoder.decode(in).toString();
    } catch (MalformedInputException e) {
      throw new CliException(file + ": not valid UTF-8 at byte " + in.position());
    } catch (CharacterCodingException e) {
      throw new CliException(file + ": not valid UTF-8");
    }
  }
}
