package org.cpdkit.json;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.Objects;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.core.toolkit.Toolkit;
import org.cpdkit.core.toolkit.ToolkitRun;
import org.cpdkit.json.CpdFormatException.Kind;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.team.TeamReport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Reads and writes cpdkit JSON documents: portfolios, entries, peer-reflection sessions, toolkits,
 * toolkit runs, standards frameworks, and the reports and team reports that checking produces.
 * Build one with {@link #standard()} or {@link #builder()} and share it: it is immutable and
 * thread-safe.
 *
 * <p>Every method names the kind of document with a {@link DocumentType} constant and takes the
 * source or sink as a parameter, so one small set of methods serves every kind:
 *
 * <pre>{@code
 * CpdJson json = CpdJson.standard();
 * Portfolio p = json.read(DocumentType.PORTFOLIO, Path.of("portfolio.json"));
 * json.write(DocumentType.PORTFOLIO, p, Path.of("copy.json"));
 * String text = json.toJson(DocumentType.REPORT, report);
 * }</pre>
 *
 * <p>Sources: text ({@code String}, {@link Reader}), UTF-8 bytes ({@code byte[]}, {@link
 * InputStream}) and files ({@link Path}); sinks: {@link OutputStream}, {@link Writer}, {@link Path},
 * or a {@code String} or {@code byte[]} returned. Streams are read to their end or flushed, never
 * closed. {@link #readAny(Path)} reads whichever kind a document's {@code $format} names.
 *
 * <p>Reading is strict: every mistake is a {@link CpdFormatException} naming what and where. A
 * document is held in memory while it is read, within {@link Builder#maxDocumentLength(long)}.
 * Writing is deterministic: the same value always gives the same bytes (UTF-8, two-space indent,
 * {@code \n} line ends, a final newline). Input and output failures are {@link
 * UncheckedIOException}s.
 */
public final class CpdJson {
  /** The parser used to find a location again after an error; the input has already been read. */
  static final JsonFactory LOCATING =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(-1)
                  .maxStringLength(Integer.MAX_VALUE)
                  .maxNestingDepth(Integer.MAX_VALUE)
                  .build())
          .build();

  private static final PrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withArrayEmptySeparator("")
                  .withObjectEmptySeparator("")
                  .withRootSeparator(""))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  private static final CpdJson STANDARD = builder().build();

  /** The reading limits of one instance. */
  static final class Limits {
    long maxDocumentLength = 16L * 1024 * 1024;
    int maxNestingDepth = 64;
    int maxStringLength = 1_000_000;
    int maxNumberLength = 100;
    int maxNameLength = 1_000;

    Limits copy() {
      Limits l = new Limits();
      l.maxDocumentLength = maxDocumentLength;
      l.maxNestingDepth = maxNestingDepth;
      l.maxStringLength = maxStringLength;
      l.maxNumberLength = maxNumberLength;
      l.maxNameLength = maxNameLength;
      return l;
    }
  }

  private final Limits limits;
  private final boolean pretty;
  private final JsonFactory factory;

  private CpdJson(Builder b) {
    this.limits = b.limits.copy();
    this.pretty = b.pretty;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentLength)
                    .maxNestingDepth(limits.maxNestingDepth)
                    .maxStringLength(limits.maxStringLength)
                    .maxNumberLength(limits.maxNumberLength)
                    .maxNameLength(limits.maxNameLength)
                    .build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
  }

  /** The shared instance with the default limits and pretty-printed output. */
  public static CpdJson standard() {
    return STANDARD;
  }

  /** A builder, to set reading limits or compact output. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CpdJson} instances; the defaults suit one document from an untrusted source. */
  public static final class Builder {
    private final Limits limits = new Limits();
    private boolean pretty = true;

    private Builder() {}

    /** The largest document accepted, in bytes (characters for text input); default 16 MiB. */
    public Builder maxDocumentLength(long bytes) {
      limits.maxDocumentLength = positive(bytes, "maxDocumentLength");
      return this;
    }

    /** The deepest nesting of objects and arrays accepted; default 64. */
    public Builder maxNestingDepth(int depth) {
      limits.maxNestingDepth = (int) positive(depth, "maxNestingDepth");
      return this;
    }

    /** The longest string value accepted, in characters; default 1,000,000. */
    public Builder maxStringLength(int length) {
      limits.maxStringLength = (int) positive(length, "maxStringLength");
      return this;
    }

    /** The longest number accepted (numbers appear only in extensions), in characters; default 100. */
    public Builder maxNumberLength(int length) {
      limits.maxNumberLength = (int) positive(length, "maxNumberLength");
      return this;
    }

    /** The longest property name accepted, in characters; default 1,000. */
    public Builder maxNameLength(int length) {
      limits.maxNameLength = (int) positive(length, "maxNameLength");
      return this;
    }

    /** Whether documents are written indented (the default) or on one line. */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /** The configured instance. */
    public CpdJson build() {
      return new CpdJson(this);
    }

    private static long positive(long value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException("CpdJson." + name + ": must be positive");
      }
      return value;
    }
  }

  // ---- generic reading -------------------------------------------------------------------

  /** Reads a document of the given type from UTF-8 bytes. */
  public <T> T read(DocumentType<T> type, byte[] json) {
    return read(type, json, null);
  }

  /** Reads a document of the given type from UTF-8 bytes named {@code sourceName} in errors. */
  public <T> T read(DocumentType<T> type, byte[] json, String sourceName) {
    return parse(type, bytes(sourceName, json, json.length));
  }

  /** Reads a document of the given type from a UTF-8 stream, which is read to its end but not closed. */
  public <T> T read(DocumentType<T> type, InputStream in) {
    return read(type, in, null);
  }

  /** Reads a document from a UTF-8 stream named {@code sourceName} in errors; does not close it. */
  public <T> T read(DocumentType<T> type, InputStream in, String sourceName) {
    return parse(type, readAll(in, sourceName));
  }

  /** Reads a document of the given type from text. */
  public <T> T read(DocumentType<T> type, String json) {
    return parse(type, chars(null, json.toCharArray(), json.length()));
  }

  /** Reads a document of the given type from a reader, which is read to its end but not closed. */
  public <T> T read(DocumentType<T> type, Reader in) {
    return parse(type, readAll(in, null));
  }

  /** Reads a document of the given type from a UTF-8 file; errors name the file. */
  public <T> T read(DocumentType<T> type, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(type, in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- generic writing -------------------------------------------------------------------

  /** Writes a document as UTF-8 to the stream, which is flushed but not closed. */
  public <T> void write(DocumentType<T> type, T value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    try (JsonGenerator g = factory.createGenerator(writeContext(), out, JsonEncoding.UTF8)) {
      writeDocument(type, value, g);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /** Writes a document to the writer, which is flushed but not closed. */
  public <T> void write(DocumentType<T> type, T value, Writer out) {
    Objects.requireNonNull(value, "value");
    try (JsonGenerator g = factory.createGenerator(writeContext(), out)) {
      writeDocument(type, value, g);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes a document as UTF-8 to a file, replacing it. The document is written to a temporary
   * file in the same directory and then moved into place, so a failure never leaves half a
   * document where the file was.
   */
  public <T> void write(DocumentType<T> type, T value, Path file) {
    Objects.requireNonNull(value, "value");
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        write(type, value, out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the write already failed; that failure is the one to report
        }
      }
    }
  }

  /** The document as JSON text. */
  public <T> String toJson(DocumentType<T> type, T value) {
    StringWriter w = new StringWriter();
    write(type, value, w);
    return w.toString();
  }

  /** The document as UTF-8 bytes. */
  public <T> byte[] toBytes(DocumentType<T> type, T value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    write(type, value, out);
    return out.toByteArray();
  }

  private <T> void writeDocument(DocumentType<T> type, T value, JsonGenerator g) {
    writeDocumentObject(type, value, g);
    g.writeRaw('\n');
  }

  /** Writes the document's object, at the root or as a value inside another document. */
  static <T> void writeDocumentObject(DocumentType<T> type, T value, JsonGenerator g) {
    g.writeStartObject();
    g.writeName("$format");
    g.writeString(type.format());
    type.writer.accept(new Out(g), value);
    g.writeEndObject();
  }

  /**
   * Opens a streaming writer of {@code cpdkit.check/1} output on the stream (which it flushes but
   * does not close): the reports of several checked files, written one at a time as they are
   * added, then a team report.
   */
  public CheckResultsWriter openCheckResults(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new CheckResultsWriter(factory.createGenerator(writeContext(), out, JsonEncoding.UTF8));
  }

  ObjectWriteContext writeContext() {
    if (!pretty) {
      return ObjectWriteContext.empty();
    }
    return new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return ((DefaultPrettyPrinter) PRETTY).createInstance();
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
  }

  // ---- any document ----------------------------------------------------------------------

  /** Reads a document of whichever type its {@code $format} names. */
  public Document readAny(byte[] json) {
    return readAny(bytes(null, json, json.length));
  }

  /** Reads a document of whichever type its {@code $format} names from a UTF-8 stream (not closed). */
  public Document readAny(InputStream in) {
    return readAny(readAll(in, null));
  }

  /** Reads a document of whichever type its {@code $format} names from text. */
  public Document readAny(String json) {
    return readAny(chars(null, json.toCharArray(), json.length()));
  }

  /** Reads a document of whichever type its {@code $format} names from a UTF-8 file. */
  public Document readAny(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readAny(readAll(in, file.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Document readAny(Source source) {
    DocumentType<?> type = sniff(source);
    return new Document(type, parse(type, source));
  }

  /** Finds the document type from the root's {@code $format}, without reading the rest. */
  private DocumentType<?> sniff(Source source) {
    JsonParser p = null;
    try {
      p = source.open(factory);
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new CpdFormatException(Kind.EMPTY_INPUT, source.name(), "", 1, 1, "the document is empty");
      }
      if (t != JsonToken.START_OBJECT) {
        TokenStreamLocation at = p.currentTokenLocation();
        throw new CpdFormatException(
            Kind.WRONG_TYPE, source.name(), "", at.getLineNr(), at.getColumnNr(),
            "expected a cpdkit document (an object with \"$format\"), found " + In.describe(t));
      }
      TokenStreamLocation start = p.currentTokenLocation();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        if (p.currentName().equals("$format")) {
          p.nextToken();
          TokenStreamLocation at = p.currentTokenLocation();
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new CpdFormatException(
                Kind.WRONG_TYPE, source.name(), "/$format", at.getLineNr(), at.getColumnNr(),
                "expected a string such as \"cpdkit.portfolio/1\", found " + In.describe(p.currentToken()));
          }
          String f = p.getString();
          int slash = f.lastIndexOf('/');
          String name = slash < 0 ? f : f.substring(0, slash);
          DocumentType<?> type = DocumentType.byName(name).orElse(null);
          if (type == null) {
            throw new CpdFormatException(
                Kind.UNKNOWN_FORMAT, source.name(), "/$format", at.getLineNr(), at.getColumnNr(),
                "not a cpdkit document format; expected one of " + formats());
          }
          if (!type.reads(f)) {
            throw new CpdFormatException(
                Kind.UNSUPPORTED_FORMAT, source.name(), "/$format", at.getLineNr(), at.getColumnNr(),
                "unsupported version of " + type.name() + "; this reader reads up to \"" + type.format() + "\"");
          }
          return type;
        }
        p.nextToken();
        p.skipChildren();
      }
      throw new CpdFormatException(
          Kind.MISSING_PROPERTY, source.name(), "/$format", start.getLineNr(), start.getColumnNr(),
          "missing required property \"$format\" (one of " + formats() + ")");
    } catch (JacksonException e) {
      throw JacksonErrors.translate(e, p, source.name(), limits);
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }

  private static String formats() {
    StringBuilder b = new StringBuilder();
    for (DocumentType<?> t : DocumentType.all()) {
      b.append(b.length() == 0 ? "" : ", ").append(t.format());
    }
    return b.toString();
  }

  // ---- the read itself -------------------------------------------------------------------

  <T> T parse(DocumentType<T> type, Source source) {
    JsonParser p = null;
    try {
      p = source.open(factory);
      In in = new In(p, source, type);
      if (p.nextToken() == null) {
        throw new CpdFormatException(Kind.EMPTY_INPUT, source.name(), "", 1, 1, "the document is empty");
      }
      T value = type.reader.apply(in);
      in.requireFormat();
      JsonToken after;
      try {
        after = p.nextToken();
      } catch (JacksonException e) {
        after = JsonToken.NOT_AVAILABLE;
      }
      if (after != null) {
        TokenStreamLocation at = p.currentLocation();
        throw new CpdFormatException(
            Kind.TRAILING_CONTENT, source.name(), "", at.getLineNr(), at.getColumnNr(),
            "content after the end of the document");
      }
      return value;
    } catch (JacksonException e) {
      if (e instanceof JacksonIOException) {
        throw new UncheckedIOException((IOException) e.getCause());
      }
      throw JacksonErrors.translate(e, p, source.name(), limits);
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }

  // ---- input ------------------------------------------------------------------------------

  /** Holds bytes as a document, deciding about byte order marks and non-UTF-8 encodings. */
  Source bytes(String name, byte[] b, int length) {
    int offset = Utf8.checkStart(name, b, length);
    if (length - offset > limits.maxDocumentLength) {
      throw tooLarge(name, b, offset);
    }
    // one pass tells whether the bytes are UTF-8 and whether they hold a \\u escape
    int bad = Utf8.check(b, offset, length);
    Source source = Source.bytes(name, b, offset, length - offset, bad == Utf8.VALID_WITH_ESCAPE);
    if (bad >= 0) {
      int line = 1;
      int lineStart = offset;
      for (int i = offset; i < bad; i++) {
        if (b[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new CpdFormatException(
          Kind.INVALID_ENCODING, name, source.pointerAt(bad - offset), line, bad - lineStart + 1,
          "invalid UTF-8 byte sequence");
    }
    return source;
  }

  Source chars(String name, char[] c, int length) {
    int offset = length > 0 && c[0] == '\uFEFF' ? 1 : 0;
    if (length > offset && c[offset] == '\uFEFF') {
      throw new CpdFormatException(
          Kind.INVALID_ENCODING, name, "", 1, 1, Utf8.TWO_MARKS);
    }
    if (length - offset > limits.maxDocumentLength) {
      throw new CpdFormatException(
          Kind.LIMIT_EXCEEDED, name, "", 1, 1,
          "the document is larger than the limit of " + limits.maxDocumentLength + " characters");
    }
    return Source.chars(name, c, offset, length - offset);
  }

  private CpdFormatException tooLarge(String name, byte[] b, int offset) {
    long limit = limits.maxDocumentLength;
    int line = 1;
    int lineStart = offset;
    for (int i = offset; i < offset + limit && i < b.length; i++) {
      if (b[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = (int) Math.min(Integer.MAX_VALUE, offset + limit - lineStart + 1);
    return new CpdFormatException(
        Kind.LIMIT_EXCEEDED, name, "", line, column,
        "the document is larger than the limit of " + limit + " bytes");
  }

  private Source readAll(InputStream in, String name) {
    long max = limits.maxDocumentLength + 3;
    byte[] buf = new byte[8192];
    int n = 0;
    try {
      while (true) {
        if (n == buf.length) {
          if (n > max) {
            break;
          }
          buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(buf.length * 2L, 8192)));
        }
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes(name, buf, n);
  }

  private Source readAll(Reader in, String name) {
    long max = limits.maxDocumentLength + 1;
    char[] buf = new char[8192];
    int n = 0;
    try {
      while (true) {
        if (n == buf.length) {
          if (n > max) {
            break;
          }
          buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, buf.length * 2L));
        }
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return chars(name, buf, n);
  }

  // ---- JSON Lines -------------------------------------------------------------------------

  /**
   * Reads JSON Lines: one document of the given type per line, lazily, so one document is in
   * memory at a time. Blank lines are skipped. An error names the line of the stream and stops the
   * stream. The input is not closed; close it when done. It is read through a buffer (unless it
   * already is a {@link BufferedInputStream} or {@link ByteArrayInputStream}), so it may have been
   * read past the last document taken from the stream.
   */
  public <T> Stream<T> readLines(DocumentType<T> type, InputStream input, String sourceName) {
    InputStream in =
        input instanceof BufferedInputStream || input instanceof ByteArrayInputStream
            ? input
            : new BufferedInputStream(input, 1 << 16);
    Iterator<T> lines =
        new Iterator<>() {
          private byte[] buf = new byte[8192];
          private int lineNo;
          private T next;
          private boolean done;

          @Override
          public boolean hasNext() {
            while (next == null && !done) {
              int n = readLine();
              if (n < 0) {
                done = true;
              } else if (!blank(n)) {
                try {
                  next = parse(type, bytes(sourceName, buf, n));
                } catch (CpdFormatException e) {
                  done = true;
                  throw new CpdFormatException(
                      e.kind(), sourceName, e.pointer(), lineNo, e.column(), e.detail());
                }
              }
            }
            return next != null;
          }

          @Override
          public T next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            T t = next;
            next = null;
            return t;
          }

          private boolean blank(int n) {
            for (int i = 0; i < n; i++) {
              if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r') {
                return false;
              }
            }
            return true;
          }

          /** Reads one line into buf; its length, or -1 at the end of the stream. */
          private int readLine() {
            int n = 0;
            try {
              int b;
              while ((b = in.read()) >= 0) {
                if (b == '\n') {
                  lineNo++;
                  return n;
                }
                if (n == buf.length) {
                  if (n > limits.maxDocumentLength) {
                    lineNo++;
                    throw new CpdFormatException(
                        Kind.LIMIT_EXCEEDED, sourceName, "", lineNo, 1,
                        "the line is larger than the document limit of " + limits.maxDocumentLength + " bytes");
                  }
                  buf = Arrays.copyOf(buf, buf.length * 2);
                }
                buf[n++] = (byte) b;
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            if (n == 0) {
              return -1;
            }
            lineNo++;
            return n;
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** Writes JSON Lines: each value as a one-line document followed by a newline. */
  public <T> void writeLines(DocumentType<T> type, Iterable<? extends T> values, OutputStream out) {
    CpdJson compact = pretty ? toBuilder().pretty(false).build() : this;
    for (T v : values) {
      compact.write(type, v, out);
    }
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.limits.maxDocumentLength = limits.maxDocumentLength;
    b.limits.maxNestingDepth = limits.maxNestingDepth;
    b.limits.maxStringLength = limits.maxStringLength;
    b.limits.maxNumberLength = limits.maxNumberLength;
    b.limits.maxNameLength = limits.maxNameLength;
    b.pretty = pretty;
    return b;
  }
}
