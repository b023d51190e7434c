package org.cpdkit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

  /** One document's label (file, or file:line for JSON Lines) and bytes, or why it could not be read. */
  record Input(String label, byte[] bytes, String error) {}

  private final Iterator<Path> files;
  private final long maxBytes;
  private Path linesFile;
  private InputStream lines;
  private int lineNumber;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private Input next;

  PortfolioInputs(List<Path> files, long maxBytes) {
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
      Path file = files.next();
      if (file.getFileName().toString().endsWith(".jsonl")) {
        try {
          lines = Files.newInputStream(file);
          linesFile = file;
          lineNumber = 0;
          pos = 0;
          limit = 0;
        } catch (IOException e) {
          next = new Input(file.toString(), null, file + ": cannot read (" + e.getClass().getSimpleName() + ")");
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
        return new Input(file.toString(), null, file + ": larger than " + (maxBytes >> 20) + " MB");
      }
      return new Input(file.toString(), Files.readAllBytes(file), null);
    } catch (NoSuchFileException e) {
      return new Input(file.toString(), null, file + ": no such file");
    } catch (IOException e) {
      return new Input(file.toString(), null, file + ": cannot read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private Input nextLine() {
    try {
      ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
      while (true) {
        if (pos == limit && !fill()) {
          // end of file: the last line may lack its newline
          if (line.size() == 0) {
            return null;
          }
          lineNumber++;
          byte[] bytes = line.toByteArray();
          return isBlank(bytes) ? null : new Input(linesFile + ":" + lineNumber, bytes, null);
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
          return new Input(linesFile + ":" + lineNumber, null, linesFile + ":" + lineNumber + ": line longer than " + (maxBytes >> 20) + " MB");
        }
        pos = end;
        if (end < limit) {
          pos++; // the newline
          lineNumber++;
          byte[] bytes = line.toByteArray();
          if (!isBlank(bytes)) {
            return new Input(linesFile + ":" + lineNumber, bytes, null);
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
