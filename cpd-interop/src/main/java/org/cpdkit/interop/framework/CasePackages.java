package org.cpdkit.interop.framework;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.cpdkit.core.standard.StandardsFramework;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Standards frameworks as 1EdTech CASE 1.1 packages (the {@code getCFPackage} JSON): a CFDocument
 * for the framework, a CFItem for each group and each standard (with its code as {@code
 * humanCodingScheme}), and an {@code isChildOf} association for each link of the tree. Identifiers
 * are name-based UUIDs of the framework's id, version and codes, so every export of the same
 * framework is the same bytes and each standard keeps its URI.
 */
public final class CasePackages {

  /** How the built-in Social Work England framework is written. */
  public static final CaseOptions SOCIAL_WORK_ENGLAND_OPTIONS =
      CaseOptions.builder()
          .lastChange(Instant.parse("2026-11-23T00:00:00Z"))
          .officialSourceUrl("https://www.socialworkengland.org.uk/standards/professional-standards/")
          .adoptionStatus("Adopted")
          .notes("Codes and grouping follow Social Work England's professional standards (2019); "
              + "each statement is a summary in cpdkit's own words, not the regulator's text.")
          .build();

  private static final String SWE_RESOURCE = "swe-2019.case.json";

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withArrayEmptySeparator("")
                  .withObjectEmptySeparator("")
                  .withRootSeparator(""))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  private CasePackages() {}

  /**
   * Writes the framework as a CASE package (UTF-8, two-space indent, a final newline). The stream
   * is flushed, not closed.
   */
  public static void write(StandardsFramework framework, CaseOptions options, OutputStream out) {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(pretty(), out, JsonEncoding.UTF8)) {
      new CaseWriter(framework, options, g).write();
    }
    try {
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The framework as a CASE package, written with the default options. */
  public static String toJson(StandardsFramework framework) {
    return toJson(framework, CaseOptions.defaults());
  }

  /** The framework as a CASE package. */
  public static String toJson(StandardsFramework framework, CaseOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(framework, options, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Reads a CASE package as a standards framework: the document's top-level items become groups,
   * their children standards. Everything else in the package is listed in the result's notices.
   * The stream is read to the end and not closed.
   *
   * @throws CaseFormatException if the input is not JSON or lacks what a framework needs
   */
  public static CaseImport read(InputStream in) {
    Objects.requireNonNull(in, "in");
    return new CaseReader().read(JsonTree.parse(in));
  }

  /** Reads a CASE package from a string; see {@link #read(InputStream)}. */
  public static CaseImport read(String json) {
    return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Reads a CASE package from a file; see {@link #read(InputStream)}.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CaseImport read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the built-in Social Work England professional standards (2019) as a CASE package, the
   * bytes {@link #write} gives for {@link
   * org.cpdkit.core.standard.StandardsFrameworks#socialWorkEngland2019()} with {@link
   * #SOCIAL_WORK_ENGLAND_OPTIONS}. The caller closes the stream.
   */
  public static InputStream openSocialWorkEngland2019() {
    InputStream in = CasePackages.class.getResourceAsStream(SWE_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the jar lacks " + SWE_RESOURCE);
    }
    return in;
  }

  private static ObjectWriteContext pretty() {
    return new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return PRETTY.createInstance();
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
  }
}
