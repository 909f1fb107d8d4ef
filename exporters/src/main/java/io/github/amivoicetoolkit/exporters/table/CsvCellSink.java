package io.github.amivoicetoolkit.exporters.table;

import io.github.amivoicetoolkit.core.internal.Clock;
import java.io.IOException;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes cells as CSV fields. Numbers are formatted into one reused buffer; in the spreadsheet dialect
 * text fields that a spreadsheet would run as a formula get a leading {@code '}.
 */
final class CsvCellSink implements CellSink {
  private final CSVPrinter printer;
  private final boolean neutralizeFormulas;
  private final StringBuilder buffer = new StringBuilder(64);

  CsvCellSink(CSVPrinter printer, CsvDialect dialect) {
    this.printer = printer;
    this.neutralizeFormulas = dialect == CsvDialect.SPREADSHEET;
  }

  void endRow() throws IOException {
    printer.println();
  }

  @Override
  public void empty() throws IOException {
    printer.print("");
  }

  @Override
  public void integer(long value) throws IOException {
    buffer.setLength(0);
    printer.print(buffer.append(value));
  }

  @Override
  public void decimal(double value) throws IOException {
    if (!Double.isFinite(value)) {
      empty();
      return;
    }
    buffer.setLength(0);
    printer.print(buffer.append(value));
  }

  @Override
  public void text(String value) throws IOException {
    if (value == null || value.isEmpty()) {
      empty();
    } else if (neutralizeFormulas && startsLikeFormula(value)) {
      buffer.setLength(0);
      printer.print(buffer.append('\'').append(value));
    } else {
      printer.print(value);
    }
  }

  @Override
  public void bool(boolean value) throws IOException {
    printer.print(value ? "true" : "false");
  }

  @Override
  public void time(long ms) throws IOException {
    buffer.setLength(0);
    Clock.append(buffer, ms, '.');
    if (neutralizeFormulas && ms < 0) {
      // "-00:00:01.000" would be read as a formula too
      buffer.insert(0, '\'');
    }
    printer.print(buffer);
  }

  /** OWASP CSV injection: the characters that make a spreadsheet treat a cell as a formula. */
  static boolean startsLikeFormula(CharSequence text) {
    if (text.length() == 0) {
      return false;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }
}
