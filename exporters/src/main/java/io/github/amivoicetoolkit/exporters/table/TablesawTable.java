package io.github.amivoicetoolkit.exporters.table;

import java.io.IOException;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Any Tablesaw table as a {@link TableSource}: integer columns become integer cells, float and double
 * columns decimal cells, boolean columns booleans, string columns text, any other column type its
 * {@code getString} text; a missing value is an empty cell.
 */
final class TablesawTable implements CellTable {
  private final Table table;
  private final List<String> columns;
  private final Column<?>[] byIndex;

  TablesawTable(Table table) {
    this.table = table;
    this.columns = List.copyOf(table.columnNames());
    this.byIndex = table.columns().toArray(new Column<?>[0]);
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public int rowCount() {
    return table.rowCount();
  }

  @Override
  public void writeRow(int row, CellSink sink) throws IOException {
    for (Column<?> column : byIndex) {
      writeCell(column, row, sink);
    }
  }

  @Override
  public void writeCell(int column, int row, CellSink sink) throws IOException {
    writeCell(byIndex[column], row, sink);
  }

  static void writeCell(Column<?> column, int row, CellSink sink) throws IOException {
    if (column.isMissing(row)) {
      sink.empty();
    } else if (column instanceof IntColumn) {
      sink.integer(((IntColumn) column).getInt(row));
    } else if (column instanceof LongColumn) {
      sink.integer(((LongColumn) column).getLong(row));
    } else if (column instanceof ShortColumn) {
      sink.integer(((ShortColumn) column).getShort(row));
    } else if (column instanceof DoubleColumn) {
      sink.decimal(((DoubleColumn) column).getDouble(row));
    } else if (column instanceof FloatColumn) {
      // via its shortest decimal form, so 0.1f is written 0.1 rather than 0.10000000149011612
      sink.decimal(Double.parseDouble(Float.toString(((FloatColumn) column).getFloat(row))));
    } else if (column instanceof BooleanColumn) {
      sink.bool(((BooleanColumn) column).get(row));
    } else if (column instanceof StringColumn) {
      sink.text(((StringColumn) column).get(row));
    } else {
      sink.text(column.getString(row));
    }
  }
}
