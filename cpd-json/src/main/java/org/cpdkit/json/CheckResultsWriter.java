package org.cpdkit.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.team.TeamReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes the results of checking several files as one {@code cpdkit.check/1} document, streaming:
 * each file's report is written (and flushed) as soon as it is {@linkplain #add added}, and the
 * team report, if any, when the writer is {@linkplain #finish(TeamReport) finished}, so no more
 * than one report is ever held. The output is
 *
 * <pre>{@code
 * {"$format": "cpdkit.check/1",
 *  "reports": [{"path": "…", "report": {…cpdkit.report/1…}}, …],
 *  "team": {…cpdkit.team-report/1…}}
 * }</pre>
 *
 * <p>Open one with {@link CpdJson#openCheckResults(OutputStream)} or {@link #open(OutputStream)};
 * the stream is flushed but never closed. Not thread-safe: one writer serves one output.
 */
public final class CheckResultsWriter implements AutoCloseable {
  /** The value of the document's {@code $format} property. */
  public static final String FORMAT = "cpdkit.check/1";

  /** The file name of the document's JSON Schema (2020-12). */
  public static final String SCHEMA_FILE_NAME = "check-1.schema.json";

  private final JsonGenerator g;
  private boolean finished;

  CheckResultsWriter(JsonGenerator g) {
    this.g = g;
    run(
        () -> {
          g.writeStartObject();
          g.writeName("$format");
          g.writeString(FORMAT);
          g.writeName("reports");
          g.writeStartArray();
          g.flush();
        });
  }

  /** Opens a writer with {@link CpdJson#standard()}'s settings (pretty-printed) on the stream. */
  public static CheckResultsWriter open(OutputStream out) {
    return CpdJson.standard().openCheckResults(out);
  }

  /** The {@code $id} of the document's JSON Schema. */
  public static String schemaId() {
    return "https://cpdkit.org/schema/" + SCHEMA_FILE_NAME;
  }

  /** Opens the document's JSON Schema (2020-12) shipped in this jar. */
  public static InputStream openSchema() {
    return CheckResultsWriter.class.getResourceAsStream("schema/" + SCHEMA_FILE_NAME);
  }

  /**
   * Writes one checked file's report and flushes it.
   *
   * @param path the file as the user named it
   * @param report its report
   * @throws IllegalStateException if the writer is finished
   */
  public CheckResultsWriter add(String path, Report report) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(report, "report");
    requireOpen("add");
    run(
        () -> {
          g.writeStartObject();
          g.writeName("path");
          g.writeString(path);
          g.writeName("report");
          CpdJson.writeDocumentObject(DocumentType.REPORT, report, g);
          g.writeEndObject();
          g.flush();
        });
    return this;
  }

  /** Ends the document with the team report, and flushes. */
  public void finish(TeamReport team) {
    Objects.requireNonNull(team, "team");
    end(team);
  }

  /** Ends the document without a team report, and flushes. */
  public void finish() {
    end(null);
  }

  /** Ends the document without a team report unless it is finished already; does not close the stream. */
  @Override
  public void close() {
    if (!finished) {
      end(null);
    }
  }

  private void end(TeamReport team) {
    requireOpen("finish");
    finished = true;
    run(
        () -> {
          g.writeEndArray();
          if (team != null) {
            g.writeName("team");
            CpdJson.writeDocumentObject(DocumentType.TEAM_REPORT, team, g);
          }
          g.writeEndObject();
          g.writeRaw('\n');
          g.close();
        });
  }

  private void requireOpen(String what) {
    if (finished) {
      throw new IllegalStateException("CheckResultsWriter." + what + ": the document is already finished");
    }
  }

  private static void run(Runnable write) {
    try {
      write.run();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }
}
