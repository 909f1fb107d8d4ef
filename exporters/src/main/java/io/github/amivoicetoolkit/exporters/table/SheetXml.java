package io.github.amivoicetoolkit.exporters.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the XML of worksheet parts as UTF-8 straight into a byte buffer: the rows of {@code sheetData}
 * as POI's streaming writer ({@code SheetDataWriter}) writes them — inline strings, {@code r} on every
 * row and cell, {@code s} for a style other than the default, numbers as {@link Double#toString} — and
 * the parts around them as an {@code XSSFSheet} with a frozen header row, column widths and an
 * autofilter writes them. The one difference in bytes: no line breaks between rows, where POI writes
 * them (whitespace between elements means nothing in this XML). Escaping and encoding happen in one pass
 * over each string's characters, with no {@code Writer}, no per-cell objects and no temporary file.
 *
 * <p>The rows of a sheet's first lines are held back ({@link #holdRows()}) until the column widths they
 * decide are known ({@link #releaseAfter(byte[])}); after that the buffer goes to the stream each time
 * it fills, so memory stays at the held rows plus {@value #FLUSH_AT} bytes whatever the sheet's length.
 *
 * <p>Not thread-safe; one per workbook being written.
 */
final class SheetXml {
  /** Buffer size at which rows that are not held back are passed on to the stream. */
  static final int FLUSH_AT = 1 << 16;
  /** Room checked for before each piece of markup: a cell's start, value and end fit in it. */
  private static final int SLACK = 128;

  private static final byte[] ROW_START = ascii("<row r=\"");
  private static final byte[] ROW_END = ascii("</row>");
  private static final byte[] CELL_START = ascii("<c r=\"");
  private static final byte[] STYLE = ascii("\" s=\"");
  private static final byte[] NUMBER = ascii("\" t=\"n\"><v>");
  private static final byte[] BOOLEAN_TRUE = ascii("\" t=\"b\"><v>1");
  private static final byte[] BOOLEAN_FALSE = ascii("\" t=\"b\"><v>0");
  private static final byte[] VALUE_END = ascii("</v></c>");
  private static final byte[] INLINE = ascii("\" t=\"inlineStr\"><is><t>");
  private static final byte[] INLINE_PRESERVED = ascii("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
  private static final byte[] INLINE_END = ascii("</t></is></c>");

  private final OutputStream out;
  private byte[] buffer = new byte[FLUSH_AT + SLACK];
  private int length;
  private boolean holding;
  /** Column letters of A, B, …, grown as wider sheets come. */
  private byte[][] columnNames = new byte[0][];
  /** Row number of the row being written, as ASCII digits. */
  private final byte[] rowDigits = new byte[10];
  private int rowDigitsFrom = rowDigits.length;

  SheetXml(OutputStream out) {
    this.out = out;
  }

  /** Keeps the rows written from now on in memory until {@link #releaseAfter(byte[])}. */
  void holdRows() {
    holding = true;
  }

  /** Writes {@code head} to the stream, then the rows held back, and stops holding them. */
  void releaseAfter(byte[] head) throws IOException {
    out.write(head);
    holding = false;
    flush();
    if (buffer.length > 4 * (FLUSH_AT + SLACK)) {
      // rows of long texts made it grow: the rest of the workbook streams through the usual size
      buffer = new byte[FLUSH_AT + SLACK];
    }
  }

  /** Passes what is buffered on to the stream (unless held back) and writes {@code tail} after it. */
  void finishPart(byte[] tail) throws IOException {
    if (holding) {
      throw new IllegalStateException("rows still held back: the part's head was never written");
    }
    flush();
    out.write(tail);
  }

  /** Starts row {@code number} (1-based, as in {@code A1}). */
  void startRow(int number) throws IOException {
    int from = rowDigits.length;
    int n = number;
    do {
      rowDigits[--from] = (byte) ('0' + n % 10);
      n /= 10;
    } while (n != 0);
    rowDigitsFrom = from;
    ensure(SLACK);
    put(ROW_START);
    putRowDigits();
    buffer[length++] = '"';
    buffer[length++] = '>';
  }

  void endRow() throws IOException {
    ensure(SLACK);
    put(ROW_END);
    if (length >= FLUSH_AT && !holding) {
      flush();
    }
  }

  /** A numeric cell; {@code style} 0 is the default and is not written. */
  void number(int column, int style, double value) throws IOException {
    cellStart(column, style);
    put(NUMBER);
    putDouble(value);
    put(VALUE_END);
  }

  /** A numeric cell of a whole number, written as {@code Double.toString((double) value)} is. */
  void number(int column, long value) throws IOException {
    if (value > -WHOLE_LIMIT && value < WHOLE_LIMIT) {
      cellStart(column, 0);
      put(NUMBER);
      putWhole(value);
      put(VALUE_END);
    } else {
      number(column, 0, (double) value);
    }
  }

  void bool(int column, boolean value) throws IOException {
    cellStart(column, 0);
    put(value ? BOOLEAN_TRUE : BOOLEAN_FALSE);
    put(VALUE_END);
  }

  /**
   * An inline string cell; {@code text} is XML-escaped here ({@code < > & "} and tab, LF, CR as
   * character references, as POI writes them) and must already hold only characters XML can (the cell
   * sink's {@code _xHHHH_} escape sees to that; any left become {@code ?}, as POI writes them).
   */
  void text(int column, int style, String text) throws IOException {
    cellStart(column, style);
    put(hasLeadingOrTrailingSpace(text) ? INLINE_PRESERVED : INLINE);
    putEscaped(text);
    ensure(SLACK);
    put(INLINE_END);
  }

  /** Column letters of the 0-based {@code column}: A, …, Z, AA, …. */
  static String columnName(int column) {
    StringBuilder name = new StringBuilder(3);
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
      name.append((char) ('A' + (n - 1) % 26));
    }
    return name.reverse().toString();
  }

  private void cellStart(int column, int style) throws IOException {
    ensure(SLACK);
    put(CELL_START);
    put(columnBytes(column));
    putRowDigits();
    if (style != 0) {
      put(STYLE);
      putDigits(style);
    }
  }

  private byte[] columnBytes(int column) {
    if (column >= columnNames.length) {
      int from = columnNames.length;
      columnNames = Arrays.copyOf(columnNames, Math.max(column + 1, from * 2));
      for (int c = from; c < columnNames.length; c++) {
        columnNames[c] = ascii(columnName(c));
      }
    }
    return columnNames[column];
  }

  private void putRowDigits() {
    int n = rowDigits.length - rowDigitsFrom;
    System.arraycopy(rowDigits, rowDigitsFrom, buffer, length, n);
    length += n;
  }

  /** Whole numbers below this print as {@code N.0} in {@link Double#toString}; from 10^7 on it uses {@code E}. */
  private static final long WHOLE_LIMIT = 10_000_000L;

  /** {@link Double#toString} of {@code value}, with whole numbers under 10^7 printed without it. */
  private void putDouble(double value) {
    long whole = (long) value;
    if (whole == value && whole > -WHOLE_LIMIT && whole < WHOLE_LIMIT
        && (whole != 0 || Double.doubleToRawLongBits(value) == 0L)) {
      putWhole(whole);
    } else {
      String text = Double.toString(value);
      for (int k = 0; k < text.length(); k++) {
        buffer[length++] = (byte) text.charAt(k);
      }
    }
  }

  /** {@code value} as {@link Double#toString} prints it for a whole number under 10^7: digits and ".0". */
  private void putWhole(long value) {
    putDigits(value);
    buffer[length++] = '.';
    buffer[length++] = '0';
  }

  private void putDigits(long value) {
    long n = value;
    if (n < 0) {
      buffer[length++] = '-';
      n = -n;
    }
    int digits = 1;
    for (long limit = 10; limit <= n && digits < 19; limit *= 10) {
      digits++;
    }
    for (int k = length + digits - 1; k >= length; k--) {
      buffer[k] = (byte) ('0' + n % 10);
      n /= 10;
    }
    length += digits;
  }

  private static boolean hasLeadingOrTrailingSpace(String text) {
    return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
        || Character.isWhitespace(text.charAt(text.length() - 1)));
  }

  /** Escapes and UTF-8-encodes {@code text} into the buffer. */
  private void putEscaped(String text) throws IOException {
    int n = text.length();
    for (int k = 0; k < n; k++) {
      if (length + 8 > buffer.length) {
        ensure(SLACK);
      }
      char c = text.charAt(k);
      if (c < 0x80) {
        switch (c) {
          case '<' -> put(LT);
          case '>' -> put(GT);
          case '&' -> put(AMP);
          case '"' -> put(QUOT);
          case '\n' -> put(LF);
          case '\r' -> put(CR);
          case '\t' -> put(TAB);
          default -> buffer[length++] = (byte) (c < ' ' ? '?' : c);
        }
      } else if (c < 0x800) {
        buffer[length++] = (byte) (0xC0 | c >> 6);
        buffer[length++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(text.charAt(k + 1))) {
        int codePoint = Character.toCodePoint(c, text.charAt(++k));
        buffer[length++] = (byte) (0xF0 | codePoint >> 18);
        buffer[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        buffer[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        buffer[length++] = (byte) (0x80 | codePoint & 0x3F);
      } else if (Character.isSurrogate(c) || c >= 0xFFFE) {
        buffer[length++] = '?';
      } else {
        buffer[length++] = (byte) (0xE0 | c >> 12);
        buffer[length++] = (byte) (0x80 | c >> 6 & 0x3F);
        buffer[length++] = (byte) (0x80 | c & 0x3F);
      }
    }
  }

  private static final byte[] LT = ascii("&lt;");
  private static final byte[] GT = ascii("&gt;");
  private static final byte[] AMP = ascii("&amp;");
  private static final byte[] QUOT = ascii("&quot;");
  private static final byte[] LF = ascii("&#xa;");
  private static final byte[] CR = ascii("&#xd;");
  private static final byte[] TAB = ascii("&#x9;");

  private void put(byte[] bytes) {
    System.arraycopy(bytes, 0, buffer, length, bytes.length);
    length += bytes.length;
  }

  /** Room for {@code bytes} more: flushes when not holding rows back, grows the buffer when holding. */
  private void ensure(int bytes) throws IOException {
    if (length + bytes <= buffer.length) {
      return;
    }
    if (!holding) {
      flush();
    }
    if (length + bytes > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + bytes));
    }
  }

  private void flush() throws IOException {
    if (length > 0) {
      out.write(buffer, 0, length);
      length = 0;
    }
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
