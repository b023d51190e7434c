package org.cpdkit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  /** The line being read, kept between lines so that it grows once, not once per line. */
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);

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
      line.reset();
      while (true) {
        if (pos == limit && !fill()) {
          // end of file: the last line may lack its newline
          if (line.size() == 0) {
            return null;
          }
          lineNumber++;
          byte[] bytes = line.toByteArray();
          return isBlank(bytes) ? null : new Input(linesFile + ":" + lineNumber, lineNumber, bytes, null);
        }
        int end = pos;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        int take = (int) Math.min(end - pos, maxBytes - line.size());
        line.write(buffer, pos, take);
        if (take < end - pos) {
          lineNumber++;
          pos += take;
          skipLine();
          return new Input(
              linesFile + ":" + lineNumber, lineNumber, null,
              Main.printable(linesFile.toString()) + ": line " + lineNumber + ": longer than " + (maxBytes >> 20) + " MB");
        }
        pos = end;
        if (end < limit) {
          pos++; // the newline
          lineNumber++;
          byte[] bytes = line.toByteArray();
          if (!isBlank(bytes)) {
            return new Input(linesFile + ":" + lineNumber, lineNumber, bytes, null);
          }
          line.reset();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
