package io.github.amivoicetoolkit.exporters.table;

import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * {@link CsvFields} through a Commons CSV {@link CSVPrinter}: for characters written to a {@link
 * Appendable} the caller owns (which encodes them, or not). Files and streams of bytes go through {@link
 * Utf8CsvFields} instead, which writes the same records as UTF-8 without a printer's per-field cost.
 */
final class PrinterCsvFields implements CsvFields {
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setRecordSeparator("\r\n")
      .setQuoteMode(QuoteMode.MINIMAL)
      .get();

  private final CSVPrinter printer;
  private final StringBuilder number = new StringBuilder(20);

  /** Writes to {@code out}, which it neither closes nor flushes but in {@link #flush()}. */
  PrinterCsvFields(Appendable out) throws IOException {
    this.printer = new CSVPrinter(out, FORMAT);
  }

  @Override
  public void empty() throws IOException {
    printer.print("");
  }

  @Override
  public void text(String value) throws IOException {
    printer.print(value);
  }

  @Override
  public void plain(char[] chars, int length) throws IOException {
    printer.print(new String(chars, 0, length));
  }

  @Override
  public void integer(long value) throws IOException {
    number.setLength(0);
    printer.print(number.append(value));
  }

  @Override
  public void endRecord() throws IOException {
    printer.println();
  }

  @Override
  public void flush() throws IOException {
    printer.flush();
  }
}
