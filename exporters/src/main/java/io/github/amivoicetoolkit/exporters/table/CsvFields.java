package io.github.amivoicetoolkit.exporters.table;

import java.io.IOException;

/**
 * Where {@link CsvCellSink} writes: the fields of RFC 4180 records, separated by {@code ,}, quoted with
 * {@code "} only when needed and ended by CRLF, exactly as Commons CSV writes them in {@link
 * org.apache.commons.csv.QuoteMode#MINIMAL} mode. A field is quoted when it is empty and first in its record,
 * starts with a character up to {@code #} (controls, space, {@code ! " #}), ends with one up to space, or
 * holds a separator, a quote, CR or LF; quotes inside are doubled.
 */
interface CsvFields {
  /** An empty field. */
  void empty() throws IOException;

  /** Any non-empty text, quoted as needed. */
  void text(String value) throws IOException;

  /**
   * The first {@code length} chars: ASCII text the caller formatted and that never needs quoting, a
   * number, a clock time, a boolean (its first character is above {@code #}, its last above space, and it
   * holds no separator, quote or line break).
   */
  void plain(char[] chars, int length) throws IOException;

  /** An integer in decimal digits, with a {@code -} when negative. */
  void integer(long value) throws IOException;

  void endRecord() throws IOException;

  /** Passes on everything written so far. */
  void flush() throws IOException;
}
