package org.cpdkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The portfolio documents named on the command line, one at a time: each {@code .json} file is
 * one document, each non-blank line of a {@code .jsonl} file is one. Only the bytes are read
 * here; parsing happens on the workers.
 */
final class PortfolioInputs implements Iterator<PortfolioInputs.Input> {

  /**
   * One document's label (file, or file:line for JSON Lines), its line in a JSON Lines file (0 for
   * a whole file) and bytes, or why it could not be read.
   */
  record Input(String label, int line, byte[] bytes, String error) {
    /** Where an error in this document is, before its own line and column: {@code file} or {@code file: line N}. */
    String where() {
      return line == 0 ? label : label.substring(0, label.lastIndexOf(':')) + ": line " + line;
    }
  }

  private final Iterator<Inputs.Item> files;
  private final long maxBytes;
  private Path linesFile;
  private InputStream lines;
  private int lineNumber;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private Input next;
  /**
   * The start of a line that runs past the end of the buffer, kept between lines so that it grows
   * once, not once per line. A line that lies within the buffer is copied from it once, straight
   * into the document's bytes.
   */
  private byte[] partial = new byte[4096];
  private int partialLength;

  PortfolioInputs(List<Inputs.Item> files, long maxBytes) {
    this.files = files.iterator();
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (lines != null) {
        next = nextLine();
        if (next != null) {
          return true;
        }
        closeLines();
      }
      if (!files.hasNext()) {
        return false;
      }
      Inputs.Item item = files.next();
      Path file = item.path();
      if (item.problem() != null) {
        next = new Input(file.toString(), 0, null, item.problem());
      } else if (file.getFileName().toString().endsWith(".jsonl")) {
        try {
          lines = Files.newInputStream(file);
          linesFile = file;
          lineNumber = 0;
          pos = 0;
          limit = 0;
        } catch (IOException e) {
          next = new Input(file.toString(), 0, null, Main.printable(file.toString()) + ": " + Inputs.why(e));
        }
      } else {
        next = whole(file);
      }
    }
    return true;
  }

  @Override
  public Input next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Input n = next;
    next = null;
    return n;
  }

  private Input whole(Path file) {
    try {
      if (Files.size(file) > maxBytes) {
        return new Input(file.toString(), 0, null, Main.printable(file.toString()) + ": larger than " + (maxBytes >> 20) + " MB");
      }
      return new Input(file.toString(), 0, Files.readAllBytes(file), null);
    } catch (IOException e) {
      return new Input(file.toString(), 0, null, Main.printable(file.toString()) + ": " + Inputs.why(e));
    }
  }

  private Input nextLine() {
    try {
      partialLength = 0;
      while (true) {
        if (pos == limit && !fill()) {
          // end of file: the last line may lack its newline
          if (partialLength == 0) {
            return null;
          }
          lineNumber++;
          return line(Arrays.copyOf(partial, partialLength));
        }
        int end = pos;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        int take = (int) Math.min(end - pos, maxBytes - partialLength);
        if (take < end - pos) {
          lineNumber++;
          pos += take;
          skipLine();
          return new Input(
              linesFile + ":" + lineNumber, lineNumber, null,
              Main.printable(linesFile.toString()) + ": line " + lineNumber + ": longer than " + (maxBytes >> 20) + " MB");
        }
        if (end == limit) {
          keep(pos, take);
          pos = end;
          continue;
        }
        lineNumber++;
        byte[] bytes;
        if (partialLength == 0) {
          bytes = Arrays.copyOfRange(buffer, pos, end);
        } else {
          keep(pos, take);
          bytes = Arrays.copyOf(partial, partialLength);
          partialLength = 0;
        }
        pos = end + 1; // past the newline
        Input next = line(bytes);
        if (next != null) {
          return next;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line's document, or null for a blank line. */
  private Input line(byte[] bytes) {
    return isBlank(bytes) ? null : new Input(linesFile + ":" + lineNumber, lineNumber, bytes, null);
  }

  /** Appends part of the buffer to the start of a line that runs past it. */
  private void keep(int from, int length) {
    if (partialLength + length > partial.length) {
      partial = Arrays.copyOf(partial, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(partial.length * 2L, partialLength + (long) length)));
    }
    System.arraycopy(buffer, from, partial, partialLength, length);
    partialLength += length;
  }

  /** Reads the next block of the JSON Lines file into the buffer; false at the end of the file. */
  private boolean fill() throws IOException {
    int n = lines.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = lines.read(buffer, 0, buffer.length);
    }
    pos = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  private void skipLine() throws IOException {
    while (true) {
      if (pos == limit && !fill()) {
        return;
      }
      while (pos < limit) {
        if (buffer[pos++] == '\n') {
          return;
        }
      }
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private void closeLines() {
    try {
      lines.close();
    } catch (IOException e) {
      // nothing more to read from it either way
    }
    lines = null;
  }
}
