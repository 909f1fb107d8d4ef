package io.github.amivoicetoolkit.exporters.table;

import java.io.IOException;
import java.util.List;

/**
 * Rows of plain values as a {@link CellTable}, written as {@link TablesawTable} writes the columns they
 * would fill: {@code Long}, {@code Integer} and {@code Short} as integer cells, {@code Double} as decimal cells,
 * {@code Float} through its shortest decimal form, {@code Boolean} as booleans, {@code String} as text, any
 * other value as its {@code toString()} text, and {@code null} as an empty cell.
 */
final class ValueRows implements CellTable {
  private final List<String> columns;
  private final List<? extends List<?>> rows;

  ValueRows(List<String> columns, List<? extends List<?>> rows) {
    this.columns = List.copyOf(columns);
    this.rows = rows;
    for (int row = 0; row < rows.size(); row++) {
      if (rows.get(row).size() != this.columns.size()) {
        throw new IllegalArgumentException("row " + row + " has " + rows.get(row).size() + " values for "
            + this.columns.size() + " columns");
      }
    }
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public int rowCount() {
    return rows.size();
  }

  @Override
  public void writeRow(int row, CellSink sink) throws IOException {
    for (Object value : rows.get(row)) {
      writeCell(value, sink);
    }
  }

  @Override
  public void writeCell(int column, int row, CellSink sink) throws IOException {
    writeCell(rows.get(row).get(column), sink);
  }

  private static void writeCell(Object value, CellSink sink) throws IOException {
    if (value == null) {
      sink.empty();
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      sink.integer(((Number) value).longValue());
    } else if (value instanceof Double number) {
      sink.decimal(number);
    } else if (value instanceof Float number) {
      sink.decimal(Double.parseDouble(Float.toString(number)));
    } else if (value instanceof Boolean bool) {
      sink.bool(bool);
    } else {
      sink.text(value.toString());
    }
  }
}
