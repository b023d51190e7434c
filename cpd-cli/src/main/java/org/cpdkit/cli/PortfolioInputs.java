package org.cpdkit.cli;

import java.io.BufferedInputStream;
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
          lines = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
          linesFile = file;
          lineNumber = 0;
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
        int b = lines.read();
        if (b < 0 && line.size() == 0) {
          return null;
        }
        if (b < 0 || b == '\n') {
          lineNumber++;
          byte[] bytes = line.toByteArray();
          if (isBlank(bytes)) {
            if (b < 0) {
              return null;
            }
            line.reset();
            continue;
          }
          return new Input(linesFile + ":" + lineNumber, bytes, null);
        }
        if (line.size() >= maxBytes) {
          lineNumber++;
          skipLine();
          return new Input(linesFile + ":" + lineNumber, null, linesFile + ":" + lineNumber + ": line longer than " + (maxBytes >> 20) + " MB");
        }
        line.write(b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void skipLine() throws IOException {
    int b;
    do {
      b = lines.read();
    } while (b >= 0 && b != '\n');
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
