package io.github.amivoicetoolkit.exporters.table;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@link CsvFields} encoded as UTF-8 straight into one byte buffer, passed to the stream when full: the
 * fast path for files. Each text field is encoded, checked for quoting and copied in one pass over its
 * characters; numbers are written as digits without an intermediate {@code String}.
 *
 * <p>The bytes are those a Commons CSV printer ({@link PrinterCsvFields#FORMAT}) writes through an {@code
 * OutputStreamWriter} in UTF-8, including its replacement of an unpaired surrogate by {@code ?} (its
 * encoder's default). Memory is the buffer, whatever the number of records or the length of a field.
 */
final class Utf8CsvFields implements CsvFields {
  /** The buffer's size: large enough that a file's stream need not buffer again. */
  static final int BUFFER_BYTES = 1 << 16;
  /** The longest {@code long} in digits with its sign. */
  private static final int MAX_LONG_BYTES = 20;
  /** {@code "000102…99"}: the two digits of each number below 100, at twice the number. */
  private static final byte[] DIGIT_PAIRS = new byte[200];

  static {
    for (int n = 0; n < 100; n++) {
      DIGIT_PAIRS[2 * n] = (byte) ('0' + n / 10);
      DIGIT_PAIRS[2 * n + 1] = (byte) ('0' + n % 10);
    }
  }

  private final OutputStream out;
  private final byte[] buffer;
  private int position;
  private boolean recordStart = true;

  /**
   * Writes to {@code out}, which it neither closes nor flushes but in {@link #flush()}, through {@code
   * buffer} ({@link #BUFFER_BYTES}), which the caller may reuse once this writer has flushed: the tables of
   * one export share one.
   */
  Utf8CsvFields(OutputStream out, byte[] buffer) {
    if (buffer.length != BUFFER_BYTES) {
      throw new IllegalArgumentException("buffer.length != " + BUFFER_BYTES + ": " + buffer.length);
    }
    this.out = out;
    this.buffer = buffer;
  }

  /** The UTF-8 byte-order mark, for the spreadsheet dialect; written before the first record. */
  void byteOrderMark() throws IOException {
    reserve(3);
    buffer[position++] = (byte) 0xEF;
    buffer[position++] = (byte) 0xBB;
    buffer[position++] = (byte) 0xBF;
  }

  @Override
  public void empty() throws IOException {
    if (recordStart) {
      // an empty record would be a blank line: a printer quotes an empty first field
      reserve(2);
      buffer[position++] = '"';
      buffer[position++] = '"';
      recordStart = false;
    } else {
      reserve(1);
      buffer[position++] = ',';
    }
  }

  @Override
  public void text(String value) throws IOException {
    int length = value.length();
    if (length == 0) {
      empty();
      return;
    }
    boolean quoteAtEnds = value.charAt(0) <= '#' || value.charAt(length - 1) <= ' ';
    if (length > (buffer.length - 3) / 3) {
      longText(value, quoteAtEnds);
      return;
    }
    // each char takes at most 3 bytes (a quote 2, a surrogate pair 4 for two), plus separator and quotes
    reserve(3 * length + 3);
    separate();
    int start = position;
    boolean quote = encode(value, 0, length) | quoteAtEnds;
    if (quote) {
      // rare: the field is moved up one byte for the opening quote rather than scanned twice
      System.arraycopy(buffer, start, buffer, start + 1, position - start);
      buffer[start] = '"';
      position++;
      buffer[position++] = '"';
    }
  }

  /** A field that may not fit the buffer: scanned first for quoting, then encoded a slice at a time. */
  private void longText(String value, boolean quoteAtEnds) throws IOException {
    boolean quote = quoteAtEnds;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    reserve(2);
    separate();
    if (quote) {
      buffer[position++] = '"';
    }
    int slice = (buffer.length - 1) / 3;
    for (int from = 0; from < value.length(); ) {
      int to = Math.min(value.length(), from + slice);
      if (to < value.length() && Character.isHighSurrogate(value.charAt(to - 1))) {
        to--; // keep a surrogate pair in one slice
      }
      reserve(3 * (to - from) + 1);
      encode(value, from, to);
      from = to;
    }
    if (quote) {
      reserve(1);
      buffer[position++] = '"';
    }
  }

  /**
   * Encodes {@code value[from, to)} at the position, doubling quotes; room for three bytes a char must be
   * reserved. Returns whether it holds a character that makes the field quoted: separator, quote, CR, LF.
   */
  private boolean encode(String value, int from, int to) {
    byte[] bytes = buffer;
    int p = position;
    boolean quote = false;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        if (c <= ',' && (c == ',' || c == '"' || c == '\r' || c == '\n')) {
          quote = true;
          if (c == '"') {
            bytes[p++] = '"';
          }
        }
        bytes[p++] = (byte) c;
      } else if (c < 0x800) {
        bytes[p++] = (byte) (0xC0 | c >> 6);
        bytes[p++] = (byte) (0x80 | c & 0x3F);
      } else if (!Character.isSurrogate(c)) {
        bytes[p++] = (byte) (0xE0 | c >> 12);
        bytes[p++] = (byte) (0x80 | c >> 6 & 0x3F);
        bytes[p++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(value.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, value.charAt(++i));
        bytes[p++] = (byte) (0xF0 | codePoint >> 18);
        bytes[p++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        bytes[p++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        bytes[p++] = (byte) (0x80 | codePoint & 0x3F);
      } else {
        // an unpaired surrogate: what the JDK's UTF-8 encoder writes in its place
        bytes[p++] = '?';
      }
    }
    position = p;
    return quote;
  }

  @Override
  public void plain(char[] chars, int length) throws IOException {
    reserve(length + 1);
    separate();
    for (int i = 0; i < length; i++) {
      buffer[position++] = (byte) chars[i];
    }
  }

  @Override
  public void integer(long value) throws IOException {
    reserve(MAX_LONG_BYTES + 1);
    separate();
    if (value >= 0 && value <= Integer.MAX_VALUE) {
      position = naturalDigits((int) value, buffer, position);
      return;
    }
    // digits of the negated value, so that Long.MIN_VALUE needs no special case
    long negative = value < 0 ? value : -value;
    int digits = 1;
    for (long bound = -10; digits < 19 && negative <= bound; bound *= 10) {
      digits++;
    }
    if (value < 0) {
      buffer[position++] = '-';
    }
    int end = position + digits;
    for (int p = end - 1; p >= position; p--) {
      buffer[p] = (byte) ('0' - negative % 10);
      negative /= 10;
    }
    position = end;
  }

  /**
   * Writes the digits of {@code value} (not negative) at {@code at}, two at a time from a table, and returns
   * the position after them: the common case of every table (indices, milliseconds, counts) in {@code int}
   * arithmetic, whose division by a constant costs less than a {@code long}'s, half as many times.
   */
  private static int naturalDigits(int value, byte[] bytes, int at) {
    int end = at + decimalLength(value);
    int p = end;
    int rest = value;
    while (rest >= 100) {
      int quotient = rest / 100;
      int pair = (rest - quotient * 100) << 1;
      bytes[--p] = DIGIT_PAIRS[pair + 1];
      bytes[--p] = DIGIT_PAIRS[pair];
      rest = quotient;
    }
    if (rest >= 10) {
      bytes[--p] = DIGIT_PAIRS[(rest << 1) + 1];
      bytes[--p] = DIGIT_PAIRS[rest << 1];
    } else {
      bytes[--p] = (byte) ('0' + rest);
    }
    return end;
  }

  private static int decimalLength(int value) {
    int length = 1;
    for (int bound = 10; length < 10 && value >= bound; bound *= 10) {
      length++;
    }
    return length;
  }

  @Override
  public void endRecord() throws IOException {
    reserve(2);
    buffer[position++] = '\r';
    buffer[position++] = '\n';
    recordStart = true;
  }

  @Override
  public void flush() throws IOException {
    out.write(buffer, 0, position);
    position = 0;
    out.flush();
  }

  private void separate() {
    if (recordStart) {
      recordStart = false;
    } else {
      buffer[position++] = ',';
    }
  }

  /** Makes room for {@code bytes} more (at most the buffer's size), passing the buffer on when needed. */
  private void reserve(int bytes) throws IOException {
    if (buffer.length - position >= bytes) {
      return;
    }
    out.write(buffer, 0, position);
    position = 0;
  }
}
