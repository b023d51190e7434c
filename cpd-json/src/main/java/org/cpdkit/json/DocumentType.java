package org.cpdkit.json;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.core.toolkit.Toolkit;
import org.cpdkit.core.toolkit.ToolkitRun;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.team.TeamReport;

/**
 * One kind of cpdkit JSON document, such as a portfolio, with its format name and version as the
 * document's {@code $format} property carries them ({@code cpdkit.portfolio/1}) and its JSON
 * Schema.
 *
 * @param <T> the domain type the document holds
 */
public final class DocumentType<T> {
  /** A practitioner and their CPD entries: {@code cpdkit.portfolio/1}. */
  public static final DocumentType<Portfolio> PORTFOLIO =
      new DocumentType<>(
          "cpdkit.portfolio", 2, "portfolio", Portfolio.class, PortfolioCodec::readPortfolio, PortfolioCodec::writePortfolioProperties);

  /** A single CPD entry: {@code cpdkit.entry/1}. */
  public static final DocumentType<CpdEntry> ENTRY =
      new DocumentType<>(
          "cpdkit.entry", 2, "entry", CpdEntry.class, EntryCodec::readEntry, EntryCodec::writeEntryProperties);

  /** A peer-reflection session: {@code cpdkit.session/1.1}. */
  public static final DocumentType<PeerReflectionSession> SESSION =
      new DocumentType<>(
          "cpdkit.session", 1, "session", PeerReflectionSession.class, SessionCodec::readSession, SessionCodec::writeSessionProperties);

  /** A team learning toolkit: {@code cpdkit.toolkit/1}. */
  public static final DocumentType<Toolkit> TOOLKIT =
      new DocumentType<>(
          "cpdkit.toolkit", 0, "toolkit", Toolkit.class, ToolkitCodec::readToolkit, ToolkitCodec::writeToolkitProperties);

  /** A team's run through a toolkit: {@code cpdkit.toolkit-run/1}. */
  public static final DocumentType<ToolkitRun> TOOLKIT_RUN =
      new DocumentType<>(
          "cpdkit.toolkit-run", 1, "toolkit-run", ToolkitRun.class, ToolkitCodec::readRun, ToolkitCodec::writeRunProperties);

  /** A standards framework, so other frameworks can be loaded: {@code cpdkit.standards-framework/1}. */
  public static final DocumentType<StandardsFramework> STANDARDS_FRAMEWORK =
      new DocumentType<>(
          "cpdkit.standards-framework",
          0,
          "standards-framework",
          StandardsFramework.class,
          FrameworkCodec::readFramework,
          FrameworkCodec::writeFrameworkProperties);

  /**
   * The result of checking one record, an output document: {@code cpdkit.report/1}. Findings
   * carry the kind and span of what they found, never the record's text.
   */
  public static final DocumentType<Report> REPORT =
      new DocumentType<>(
          "cpdkit.report", 1, "report", Report.class, ReportCodec::readReport, ReportCodec::writeReportProperties);

  /**
   * A team's CPD at a glance, an output document: {@code cpdkit.team-report/1}. Practitioners
   * appear by registration number only.
   */
  public static final DocumentType<TeamReport> TEAM_REPORT =
      new DocumentType<>(
          "cpdkit.team-report",
          2,
          "team-report",
          TeamReport.class,
          ReportCodec::readTeamReport,
          ReportCodec::writeTeamReportProperties);

  private static final List<DocumentType<?>> ALL =
      List.of(PORTFOLIO, ENTRY, SESSION, TOOLKIT, TOOLKIT_RUN, STANDARDS_FRAMEWORK, REPORT, TEAM_REPORT);

  private final String name;
  private final int minor;
  private final String shortName;
  private final Class<T> javaType;
  /** What {@link #formatsRead()} lists, made once: every document read asks {@link #reads}. */
  private List<String> formatsRead;
  final Function<In, T> reader;
  final BiConsumer<Out, T> writer;

  private DocumentType(
      String name, int minor, String shortName, Class<T> javaType, Function<In, T> reader,
      BiConsumer<Out, T> writer) {
    this.name = name;
    this.minor = minor;
    this.shortName = shortName;
    this.javaType = javaType;
    this.reader = reader;
    this.writer = writer;
  }

  /** Every document type, in a fixed order. */
  public static List<DocumentType<?>> all() {
    return ALL;
  }

  /** The document type with this format name (without version), such as {@code cpdkit.entry}. */
  public static Optional<DocumentType<?>> byName(String name) {
    return ALL.stream().filter(t -> t.name.equals(name)).findFirst();
  }

  /** The format name without version, such as {@code cpdkit.portfolio}. */
  public String name() {
    return name;
  }

  /** The major format version this library reads and writes; a new major version would not read old documents. */
  public int version() {
    return 1;
  }

  /**
   * The minor format version this library writes. A minor version only adds optional
   * properties, so this library reads every earlier minor version of the same major version
   * ({@code cpdkit.portfolio/1} is read as {@code cpdkit.portfolio/1.1}), while an older reader
   * refuses a newer minor version rather than drop what it does not know.
   */
  public int minorVersion() {
    return minor;
  }

  /**
   * The value of the {@code $format} property this library writes, such as {@code
   * cpdkit.portfolio/1.1} ({@code cpdkit.session/1} while a format has no minor version).
   */
  public String format() {
    return name + "/" + version() + (minor > 0 ? "." + minor : "");
  }

  /**
   * The {@code $format} values this library reads for this document type: this version and
   * every earlier minor version, such as {@code cpdkit.portfolio/1}, {@code cpdkit.portfolio/1.0}
   * and {@code cpdkit.portfolio/1.1}.
   */
  public List<String> formatsRead() {
    List<String> f = formatsRead;
    if (f == null) {
      f = listFormatsRead();
      formatsRead = f;
    }
    return f;
  }

  private List<String> listFormatsRead() {
    List<String> out = new java.util.ArrayList<>();
    out.add(name + "/" + version());
    for (int i = 0; i <= minor; i++) {
      out.add(name + "/" + version() + "." + i);
    }
    return List.copyOf(out);
  }

  /** Whether this library reads a document whose {@code $format} is this value. */
  public boolean reads(String format) {
    return formatsRead().contains(format);
  }

  /** The domain type the document holds. */
  public Class<T> javaType() {
    return javaType;
  }

  /** The file name of the JSON Schema, such as {@code portfolio-1.schema.json}. */
  public String schemaFileName() {
    return shortName + "-" + version() + ".schema.json";
  }

  /** The {@code $id} of the JSON Schema. */
  public String schemaId() {
    return "https://cpdkit.org/schema/" + schemaFileName();
  }

  /** Opens the JSON Schema (2020-12) shipped in this jar. */
  public InputStream openSchema() {
    return DocumentType.class.getResourceAsStream("schema/" + schemaFileName());
  }

  @Override
  public String toString() {
    return format();
  }
}
