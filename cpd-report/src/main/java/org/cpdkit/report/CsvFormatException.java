package org.cpdkit.report;

import java.util.OptionalInt;

/**
 * A CSV file that cannot be read: the file, the row (as a spreadsheet numbers it, the header
 * being row 1), the column where one is known, and what is wrong, in one line. Never quotes the
 * cell, which may hold personal text.
 */
public final class CsvFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int row;
  private final OptionalInt column;
  private final String columnName;
  private final String problem;

  CsvFormatException(String source, int row, int column, String columnName, String problem) {
    super(format(source, row, column, columnName, problem));
    this.source = source;
    this.row = row;
    this.column = column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    this.columnName = columnName;
    this.problem = problem;
  }

  private static String format(String source, int row, int column, String name, String problem) {
    StringBuilder b = new StringBuilder(source).append(": row ").append(row);
    if (column > 0) {
      b.append(", column ").append(column);
      if (name != null && !name.isEmpty()) {
        b.append(" (").append(name).append(')');
      }
    }
    return b.append(": ").append(problem).toString();
  }

  /** The file or source name. */
  public String source() {
    return source;
  }

  /** The row, 1 being the header. */
  public int row() {
    return row;
  }

  /** The column, 1 being the first, when the problem is in one cell. */
  public OptionalInt column() {
    return column;
  }

  /** The column's header name, or empty. */
  public String columnName() {
    return columnName == null ? "" : columnName;
  }

  /** What is wrong. */
  public String problem() {
    return problem;
  }
}
