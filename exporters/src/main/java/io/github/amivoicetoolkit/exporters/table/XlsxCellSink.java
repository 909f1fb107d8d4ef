package io.github.amivoicetoolkit.exporters.table;

import java.io.IOException;
import org.apache.poi.ss.SpreadsheetVersion;

/**
 * Writes cells into the current row of a sheet's XML ({@link SheetXml}). Numbers become numeric cells,
 * times numeric day fractions with an {@code [hh]:mm:ss.000} format, shares fractions with a {@code 0.0%}
 * format, text plain inline string cells (never formulas, however they start), absent values no cell at
 * all (a blank). Text longer than a cell holds is cut with a visible marker and counted. While {@link
 * #sampling}, it records the widest value of each column for the column widths.
 *
 * <p>Text reads back exactly as it was given, through the OOXML escape of {@code ST_Xstring}: a
 * character XML cannot hold (C0 controls other than tab, LF and CR, such as NUL; U+FFFE, U+FFFF; an
 * unpaired surrogate) is written as {@code _xHHHH_}, and text that already looks like such an escape
 * ({@code _x0041_}) gets its underscore escaped ({@code _x005F_x0041_}) so that readers do not decode
 * it. Without this, {@code _x0041_} reads back as {@code A} and NUL as {@code ?}.
 */
final class XlsxCellSink implements CellSink {
  static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
  static final String TRUNCATION_MARKER = "…[truncated]";
  private static final double MS_PER_DAY = 86_400_000d;
  /** Display width of a formatted time, {@code 00:00:00.000}. */
  private static final int TIME_WIDTH = 12;

  private final SheetXml xml;
  private final int timeStyle;
  private final int percentStyle;
  private int column;
  private long truncatedCells;
  private int[] widths = new int[0];
  boolean sampling;

  /** {@code timeStyle} and {@code percentStyle}: indexes of the workbook's cell formats for times and shares. */
  XlsxCellSink(SheetXml xml, int timeStyle, int percentStyle) {
    this.xml = xml;
    this.timeStyle = timeStyle;
    this.percentStyle = percentStyle;
  }

  /** Starts row {@code number} (1-based) of the sheet; {@link #endRow()} ends it. */
  void startRow(int number) throws IOException {
    xml.startRow(number);
    this.column = 0;
  }

  void endRow() throws IOException {
    xml.endRow();
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
  public void integer(long value) throws IOException {
    xml.number(column, value);
    sample(Long.toString(value).length());
  }

  @Override
  public void decimal(double value) throws IOException {
    if (!Double.isFinite(value)) {
      empty();
      return;
    }
    xml.number(column, 0, value);
    sample(Math.min(12, Double.toString(value).length()));
  }

  /** A numeric cell of the fraction with a {@code 0.0%} format: the value stays 0.25, shown as 25.0%. */
  @Override
  public void share(double value) throws IOException {
    if (!Double.isFinite(value)) {
      empty();
      return;
    }
    xml.number(column, percentStyle, value);
    sample(7);
  }

  @Override
  public void text(String value) throws IOException {
    if (value == null || value.isEmpty()) {
      empty();
      return;
    }
    String escaped = escape(value);
    if (escaped.length() > MAX_TEXT_LENGTH) {
      escaped = truncate(escaped);
      truncatedCells++;
    }
    xml.text(column, 0, escaped);
    sample(sampling ? displayWidth(value) : 0);
  }

  @Override
  public void bool(boolean value) throws IOException {
    xml.bool(column, value);
    sample(5);
  }

  @Override
  public void time(long ms) throws IOException {
    xml.number(column, timeStyle, ms / MS_PER_DAY);
    sample(TIME_WIDTH);
  }

  private void sample(int width) {
    if (sampling && width > widths[column]) {
      widths[column] = width;
    }
    column++;
  }

  /**
   * Cuts escaped text to a cell's length with the marker, never inside a surrogate pair or an
   * {@code _xHHHH_} escape.
   */
  static String truncate(String escaped) {
    int keep = MAX_TEXT_LENGTH - TRUNCATION_MARKER.length();
    if (Character.isHighSurrogate(escaped.charAt(keep - 1)) && Character.isLowSurrogate(escaped.charAt(keep))) {
      keep--;
    }
    // an escape is 7 characters: one that straddles the cut starts within the 6 characters before it
    for (int start = Math.max(0, keep - ESCAPE_LENGTH + 1); start < keep; start++) {
      if (isEscapeAt(escaped, start)) {
        keep = start;
        break;
      }
    }
    return escaped.substring(0, keep) + TRUNCATION_MARKER;
  }

  private static final int ESCAPE_LENGTH = "_xHHHH_".length();

  /**
   * {@code text} with the OOXML {@code ST_Xstring} escape applied: characters XML 1.0 cannot hold become
   * {@code _xHHHH_}, and a literal {@code _xHHHH_} becomes {@code _x005F_xHHHH_}. Returns {@code text}
   * itself when nothing needs escaping.
   */
  static String escape(String text) {
    StringBuilder escaped = null;
    int copied = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      boolean needsEscape;
      if (Character.isHighSurrogate(c) && k + 1 < text.length() && Character.isLowSurrogate(text.charAt(k + 1))) {
        k++;
        continue;
      } else if (c == '_') {
        needsEscape = isEscapeAt(text, k);
      } else {
        needsEscape = !isXmlChar(c);
      }
      if (needsEscape) {
        if (escaped == null) {
          escaped = new StringBuilder(text.length() + 16);
        }
        escaped.append(text, copied, k).append("_x").append(String.format("%04X", (int) c)).append('_');
        copied = k + 1;
      }
    }
    return escaped == null ? text : escaped.append(text, copied, text.length()).toString();
  }

  /** True when {@code text} holds {@code _xHHHH_} (hex digits of either case) at {@code start}. */
  static boolean isEscapeAt(String text, int start) {
    if (start + ESCAPE_LENGTH > text.length() || text.charAt(start) != '_' || text.charAt(start + 1) != 'x'
        || text.charAt(start + ESCAPE_LENGTH - 1) != '_') {
      return false;
    }
    for (int k = start + 2; k < start + ESCAPE_LENGTH - 1; k++) {
      if (Character.digit(text.charAt(k), 16) < 0 || text.charAt(k) > 'f') {
        return false;
      }
    }
    return true;
  }

  /** A UTF-16 unit XML 1.0 can hold on its own (surrogate pairs are handled by the caller). */
  private static boolean isXmlChar(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
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
