package org.cpdkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.json.CpdJson;
import org.cpdkit.json.DocumentType;
import org.cpdkit.report.CsvFormatException;
import org.cpdkit.report.ReportCsv;

/**
 * Portfolios from CSV files (one row per entry, practitioner columns repeated), as inputs like
 * any other: each portfolio labelled {@code file.csv:REGISTRATION-NUMBER}. A file with a mistake
 * is one error line, and none of its portfolios is read.
 */
final class CsvInputs {

  private CsvInputs() {}

  static boolean isCsv(Path file) {
    return file.getFileName().toString().endsWith(".csv");
  }

  /** The inputs of these files, read now. */
  static List<PortfolioInputs.Input> read(List<Path> files) {
    List<PortfolioInputs.Input> out = new ArrayList<>();
    CpdJson json = CpdJson.standard();
    for (Path f : files) {
      try {
        for (Portfolio p : ReportCsv.standard().readPortfolios(f)) {
          out.add(new PortfolioInputs.Input(f + ":" + p.practitioner().registrationNumber(),
              json.toBytes(DocumentType.PORTFOLIO, p), null));
        }
      } catch (CsvFormatException e) {
        out.add(new PortfolioInputs.Input(f.toString(), null, Main.oneLine(e.getMessage())));
      }
    }
    return out;
  }

  /** The JSON and JSON Lines inputs, then the CSV ones. */
  static Iterator<PortfolioInputs.Input> all(List<Path> files, long maxBytes) {
    List<Path> json = new ArrayList<>();
    List<Path> csv = new ArrayList<>();
    for (Path f : files) {
      (isCsv(f) ? csv : json).add(f);
    }
    Iterator<PortfolioInputs.Input> first = new PortfolioInputs(json, maxBytes);
    Iterator<PortfolioInputs.Input> second = read(csv).iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return first.hasNext() || second.hasNext();
      }

      @Override
      public PortfolioInputs.Input next() {
        return first.hasNext() ? first.next() : second.next();
      }
    };
  }
}
