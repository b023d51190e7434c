package org.cpdkit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.rules.RequirementStatus;

/**
 * Spreadsheets in and out. Entries and portfolios are read from and written to CSV with a
 * documented header (one row per entry, the practitioner's columns repeated on each row); the team
 * view is written one row per practitioner. Files are RFC 4180 in UTF-8; a cell that a spreadsheet
 * would run as a formula is written with a leading apostrophe, and read back without it. Reading
 * is all or nothing: the first problem is a {@link CsvFormatException} naming file, row, column
 * and what is wrong. Immutable and thread-safe.
 */
public final class ReportCsv {

  /** The largest file read: 256 MiB. */
  public static final long MAX_BYTES = 256L << 20;

  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private static final ReportCsv STANDARD = new ReportCsv(true);

  private final boolean byteOrderMark;

  private ReportCsv(boolean byteOrderMark) {
    this.byteOrderMark = byteOrderMark;
  }

  /** Writes a UTF-8 byte order mark first, so spreadsheet programs read the file as UTF-8. */
  public static ReportCsv standard() {
    return STANDARD;
  }

  /** A copy that writes no byte order mark (for programs that read UTF-8 without one). */
  public ReportCsv withoutByteOrderMark() {
    return new ReportCsv(false);
  }

  // ---- reading

  /** The entries of a CSV file, in row order; practitioner columns, if any, are checked but not returned. */
  public List<CpdEntry> readEntries(Path file) {
    return CsvReader.entries(decode(bytes(file), file.toString()), file.toString());
  }

  /** The entries of CSV bytes named source in errors. */
  public List<CpdEntry> readEntries(InputStream in, String source) {
    return CsvReader.entries(decode(bytes(in, source), source), source);
  }

  /** The entries of CSV text named source in errors. */
  public List<CpdEntry> readEntries(String csv, String source) {
    return CsvReader.entries(stripBom(csv), source);
  }

  /** The portfolios of a CSV file, one per registration number, in order of first appearance. */
  public List<Portfolio> readPortfolios(Path file) {
    return CsvReader.portfolios(decode(bytes(file), file.toString()), file.toString());
  }

  /** The portfolios of CSV bytes named source in errors. */
  public List<Portfolio> readPortfolios(InputStream in, String source) {
    return CsvReader.portfolios(decode(bytes(in, source), source), source);
  }

  /** The portfolios of CSV text named source in errors. */
  public List<Portfolio> readPortfolios(String csv, String source) {
    return CsvReader.portfolios(stripBom(csv), source);
  }

  // ---- writing

  /**
   * Writes entries, one row each.
   *
   * @throws IllegalArgumentException if an entry holds what the CSV header cannot carry (see the
   *     documentation); nothing is written then
   */
  public void writeEntries(List<CpdEntry> entries, Appendable out) {
    write(CsvWriter.entries(entries), out);
  }

  /** The entries as CSV text. */
  public String entriesCsv(List<CpdEntry> entries) {
    StringBuilder b = new StringBuilder();
    writeEntries(entries, b);
    return b.toString();
  }

  /**
   * Writes portfolios, one row per entry with the practitioner's columns (a portfolio with no
   * entries has one row with the practitioner's columns only).
   *
   * @throws IllegalArgumentException if a portfolio holds what the CSV header cannot carry
   */
  public void writePortfolios(Collection<Portfolio> portfolios, Appendable out) {
    write(CsvWriter.portfolios(portfolios), out);
  }

  /** The portfolios as CSV text. */
  public String portfoliosCsv(Collection<Portfolio> portfolios) {
    StringBuilder b = new StringBuilder();
    writePortfolios(portfolios, b);
    return b.toString();
  }

  /**
   * Writes the team view, one row per practitioner: registration number, outcome, days left, each
   * requirement's have and need (hours in hours), peer reflection, and what is missing.
   */
  public void writeTeam(TeamView team, Appendable out) {
    List<TeamModel.Column> columns = TeamModel.columns(team);
    List<String> header = new ArrayList<>(List.of("registrationNumber", "outcome", "daysLeft"));
    for (TeamModel.Column c : columns) {
      header.add(c.ruleId + " have");
      header.add(c.ruleId + " need");
    }
    header.add("peerReflection");
    header.add("missing");
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (TeamView.Row r : team.rows()) {
      List<String> row = new ArrayList<>();
      row.add(r.registrationNumber());
      row.add(r.outcome().code());
      row.add(r.daysLeft().isPresent() ? String.valueOf(r.daysLeft().getAsLong()) : "");
      for (TeamModel.Column c : columns) {
        RequirementStatus s = r.requirements().stream().filter(q -> q.ruleId().equals(c.ruleId)).findFirst().orElse(null);
        row.add(s == null || s.achieved().isEmpty() ? "" : c.figure(s.achieved().getAsLong()));
        row.add(s == null || s.target().isEmpty() ? "" : c.figure(s.target().getAsLong()));
      }
      row.add(r.peerReflected() ? "yes" : "no");
      row.add(String.join("; ", r.missing()));
      rows.add(row);
    }
    write(rows, out);
  }

  /** The team view as CSV text. */
  public String teamCsv(TeamView team) {
    StringBuilder b = new StringBuilder();
    writeTeam(team, b);
    return b.toString();
  }

  private void write(List<List<String>> rows, Appendable out) {
    try {
      if (byteOrderMark) {
        out.append('\uFEFF');
      }
      CSVPrinter printer = new CSVPrinter(out, FORMAT);
      for (List<String> row : rows) {
        List<String> cells = new ArrayList<>(row.size());
        for (String cell : row) {
          cells.add(neutralise(cell));
        }
        printer.printRecord(cells);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cell a spreadsheet would run (or one starting with the apostrophe itself) gets a leading apostrophe. */
  static String neutralise(String cell) {
    if (!cell.isEmpty() && isFormulaStart(cell.charAt(0))) {
      return "'" + cell;
    }
    if (cell.length() > 1 && cell.charAt(0) == '\'' && (isFormulaStart(cell.charAt(1)) || cell.charAt(1) == '\'')) {
      return "'" + cell;
    }
    return cell;
  }

  static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  // ---- bytes

  private static byte[] bytes(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new CsvFormatException(file.toString(), 1, 0, null, "larger than " + (MAX_BYTES >> 20) + " MiB");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CsvFormatException(file.toString(), 1, 0, null, "no such file");
    } catch (IOException e) {
      throw new CsvFormatException(file.toString(), 1, 0, null, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static byte[] bytes(InputStream in, String source) {
    try {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
      if (b.length > MAX_BYTES) {
        throw new CsvFormatException(source, 1, 0, null, "larger than " + (MAX_BYTES >> 20) + " MiB");
      }
      return b;
    } catch (IOException e) {
      throw new CsvFormatException(source, 1, 0, null, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Strict UTF-8, a leading UTF-8 byte order mark dropped; UTF-16 and broken bytes are errors. */
  static String decode(byte[] b, String source) {
    int start = 0;
    if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
      throw new CsvFormatException(source, 1, 0, null,
          "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as CSV UTF-8");
    }
    if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
      start = 3;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, start, b.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      int line = 1;
      int at = firstBadByte(b, start);
      for (int i = start; i < at; i++) {
        if (b[i] == '\n') {
          line++;
        }
      }
      throw new CsvFormatException(source, line, 0, null,
          "not UTF-8 (byte " + (at + 1) + " of the file, on line " + line + "); save it as CSV UTF-8");
    }
  }

  private static int firstBadByte(byte[] b, int start) {
    int lo = start;
    int hi = b.length;
    // the longest valid prefix, found by halving
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      try {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(b, start, mid - start));
        lo = mid;
      } catch (CharacterCodingException e) {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
