package io.github.amivoicetoolkit.exporters.table;

import java.io.IOException;

/**
 * Receives the cells of one row, left to right, with their types; one implementation per output
 * format. A {@link TableSource} calls exactly one method per column.
 */
interface CellSink {
  /** An absent value: an empty field or a blank cell. */
  void empty() throws IOException;

  void integer(long value) throws IOException;

  /** A floating-point number; {@code NaN} and infinities are written as {@link #empty()}. */
  void decimal(double value) throws IOException;

  /** Text; null and {@code ""} are written as {@link #empty()}. */
  void text(String value) throws IOException;

  void bool(boolean value) throws IOException;

  /** A time of day / duration in milliseconds, shown as {@code HH:MM:SS.mmm}. */
  void time(long ms) throws IOException;

  /**
   * A fraction shown as a percentage where the format can (XLSX: the number with a {@code 0.0%} format);
   * elsewhere the same as {@link #decimal}.
   */
  default void share(double value) throws IOException {
    decimal(value);
  }
}
