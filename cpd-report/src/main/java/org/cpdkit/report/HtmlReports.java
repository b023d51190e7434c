package org.cpdkit.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes the HTML pages: one practitioner's report and a team's dashboard, each one
 * self-contained file (styles and charts inline, no network, no script needed to read it) that
 * prints on A4. Templates are compiled once; an instance is immutable and thread-safe.
 */
public final class HtmlReports {

  private static final HtmlReports STANDARD = new HtmlReports();

  private final Mustache practitioner;
  private final Mustache team;

  private HtmlReports() {
    DefaultMustacheFactory factory = new DefaultMustacheFactory("org/cpdkit/report");
    this.practitioner = factory.compile("practitioner.mustache");
    this.team = factory.compile("team.mustache");
  }

  /** The standard pages. */
  public static HtmlReports standard() {
    return STANDARD;
  }

  /** One practitioner's report as an HTML document. */
  public String html(PractitionerView view) {
    StringWriter w = new StringWriter(32_768);
    write(view, w);
    return w.toString();
  }

  /** A team's dashboard as an HTML document. */
  public String html(TeamView view) {
    StringWriter w = new StringWriter(1 << 16);
    write(view, w);
    return w.toString();
  }

  /** Writes one practitioner's report; the writer is flushed, not closed. */
  public void write(PractitionerView view, Writer out) {
    render(practitioner, PractitionerModel.of(view), out);
  }

  /** Writes a team's dashboard; the writer is flushed, not closed. */
  public void write(TeamView view, Writer out) {
    render(team, TeamModel.of(view), out);
  }

  /** Writes one practitioner's report as UTF-8; the stream is flushed, not closed. */
  public void write(PractitionerView view, OutputStream out) {
    write(view, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** Writes a team's dashboard as UTF-8; the stream is flushed, not closed. */
  public void write(TeamView view, OutputStream out) {
    write(view, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  private static void render(Mustache template, Map<String, Object> model, Writer out) {
    try {
      template.execute(out, model);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (com.github.mustachejava.MustacheException e) {
      if (e.getCause() instanceof IOException) {
        throw new UncheckedIOException((IOException) e.getCause());
      }
      throw e;
    }
  }
}
