package io.github.amivoicetoolkit.exporters.table;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes cells into the current row of a streaming sheet. Numbers become numeric cells, times numeric
 * day fractions with an {@code [hh]:mm:ss.000} format, shares fractions with a {@code 0.0%} format, text plain string cells (never formulas, however
 * they start), absent values blank cells. Text longer than a cell holds is cut with a visible marker and
 * counted. While {@link #sampling}, it records the widest value of each column for the column widths.
 */
final class XlsxCellSink implements CellSink {
  static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
  static final String TRUNCATION_MARKER = "…[truncated]";
  private static final double MS_PER_DAY = 86_400_000d;
  /** Display width of a formatted time, {@code 00:00:00.000}. */
  private static final int TIME_WIDTH = 12;

  private final CellStyle timeStyle;
  private final CellStyle percentStyle;
  private Row row;
  private int column;
  private long truncatedCells;
  private int[] widths = new int[0];
  boolean sampling;

  XlsxCellSink(CellStyle timeStyle, CellStyle percentStyle) {
    this.timeStyle = timeStyle;
    this.percentStyle = percentStyle;
  }

  void startRow(Row row) {
    this.row = row;
    this.column = 0;
  }

  /** Starts a new width sample for a sheet of {@code columns} columns. */
  void resetWidths(int columns) {
    widths = new int[columns];
  }

  /** Widest display width seen in column {@code c}, in characters (East Asian wide characters count two). */
  int width(int c) {
    return widths[c];
  }

  long truncatedCells() {
    return truncatedCells;
  }

  @Override
  public void empty() {
    column++;
  }

  @Override
  public void integer(long value) {
    Cell cell = row.createCell(column);
    cell.setCellValue((double) value);
    sample(Long.toString(value).length());
  }

  @Override
  public void decimal(double value) {
    if (!Double.isFinite(value)) {
      empty();
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    sample(Math.min(12, Double.toString(value).length()));
  }

  /** A numeric cell of the fraction with a {@code 0.0%} format: the value stays 0.25, shown as 25.0%. */
  @Override
  public void share(double value) {
    if (!Double.isFinite(value)) {
      empty();
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(percentStyle);
    sample(7);
  }

  @Override
  public void text(String value) {
    if (value == null || value.isEmpty()) {
      empty();
      return;
    }
    String shown = value;
    if (value.length() > MAX_TEXT_LENGTH) {
      shown = truncate(value);
      truncatedCells++;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(shown);
    sample(sampling ? displayWidth(shown) : 0);
  }

  @Override
  public void bool(boolean value) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    sample(5);
  }

  @Override
  public void time(long ms) {
    Cell cell = row.createCell(column);
    cell.setCellValue(ms / MS_PER_DAY);
    cell.setCellStyle(timeStyle);
    sample(TIME_WIDTH);
  }

  private void sample(int width) {
    if (sampling && width > widths[column]) {
      widths[column] = width;
    }
    column++;
  }

  static String truncate(String value) {
    int keep = MAX_TEXT_LENGTH - TRUNCATION_MARKER.length();
    if (Character.isHighSurrogate(value.charAt(keep - 1))) {
      keep--;
    }
    return value.substring(0, keep) + TRUNCATION_MARKER;
  }

  /** Characters a cell needs for {@code text} on one line, wide East Asian characters counted twice; capped. */
  static int displayWidth(String text) {
    int width = 0;
    int lineWidth = 0;
    for (int k = 0; k < text.length() && width < 200; k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        lineWidth = 0;
        continue;
      }
      lineWidth += c >= 0x1100 && !Character.isLowSurrogate(c) ? 2 : 1;
      width = Math.max(width, lineWidth);
    }
    return width;
  }
}
