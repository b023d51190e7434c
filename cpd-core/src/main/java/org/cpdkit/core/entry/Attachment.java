package org.cpdkit.core.entry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.Limits;
import org.cpdkit.core.internal.Syntax;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * A file held as evidence, described without its content: its media type, size, SHA-256 digest
 * and the day it was added, so a record can show the evidence exists and a reader can check that a
 * file is the one the record describes ({@link #verify(Path)}).
 */
@Value.Immutable
@DomainStyle
public abstract class Attachment implements WithAttachment, Extensible {
  private static final int BUFFER = 64 * 1024;

  Attachment() {}

  /** The file's media type, such as {@code application/pdf}. */
  public abstract String mediaType();

  /** The file's size in bytes. */
  public abstract long size();

  /** The SHA-256 digest of the file's bytes, in lower-case hexadecimal. */
  public abstract String sha256();

  /** The day the file was added to the record. */
  public abstract LocalDate date();

  @Override
  public abstract Map<String, String> extensions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Describes a file: reads it once, in a stream, for its size and digest.
   *
   * @throws IOException naming the file, in one line, if it cannot be read
   */
  public static Attachment of(Path file, String mediaType, LocalDate date) throws IOException {
    Digest d = digest(file);
    return builder().mediaType(mediaType).size(d.size).sha256(d.hex).date(date).build();
  }

  /**
   * Whether the stream's bytes are the file this attachment describes: the same size and the same
   * SHA-256 digest. Reads the stream to its end without keeping it; does not close it.
   */
  public boolean matches(InputStream in) throws IOException {
    Digest d = digest(in);
    return d.size == size() && d.hex.equals(sha256());
  }

  /**
   * Checks that the file is the one this attachment describes, reading it once in a stream.
   *
   * @throws AttachmentMismatchException if its size or digest differs, in one line naming the file
   * @throws IOException naming the file, in one line, if it cannot be read
   */
  public void verify(Path file) throws IOException {
    Digest d = digest(file);
    if (d.size != size()) {
      throw new AttachmentMismatchException(
          file + ": " + d.size + " bytes, but the attachment records " + size() + " bytes");
    }
    if (!d.hex.equals(sha256())) {
      throw new AttachmentMismatchException(
          file + ": SHA-256 " + d.hex + " does not match the attachment's " + sha256());
    }
  }

  private static Digest digest(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return digest(in);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file", e);
    } catch (IOException e) {
      throw new IOException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static Digest digest(InputStream in) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    byte[] buffer = new byte[BUFFER];
    long size = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      md.update(buffer, 0, n);
      size += n;
    }
    return new Digest(size, HexFormat.of().formatHex(md.digest()));
  }

  private static final class Digest {
    final long size;
    final String hex;

    Digest(long size, String hex) {
      this.size = size;
      this.hex = hex;
    }
  }

  @Value.Check
  protected void check() {
    String type = "Attachment";
    if (!Syntax.isMediaType(mediaType())) {
      throw new InvalidValueException(type, "mediaType", "must be a lower-case media type such as application/pdf");
    }
    if (size() < 0 || size() > Limits.MAX_ATTACHMENT_SIZE) {
      throw new InvalidValueException(type, "size", "must be from 0 to " + Limits.MAX_ATTACHMENT_SIZE + " bytes");
    }
    if (!Syntax.isSha256(sha256())) {
      throw new InvalidValueException(type, "sha256", "must be 64 lower-case hexadecimal digits");
    }
    if (date().getYear() < 1900 || date().getYear() > 9999) {
      throw new InvalidValueException(type, "date", "must be a year between 1900 and 9999");
    }
    Validation.extensions(type, extensions());
  }

  /** Builds {@link Attachment} values. */
  public static final class Builder extends ImmutableAttachment.Builder {}
}
