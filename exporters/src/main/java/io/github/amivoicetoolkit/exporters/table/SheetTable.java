package io.github.amivoicetoolkit.exporters.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table of figures as a spreadsheet shows it: beside every duration column ({@code talk_ms},
 * any numeric column named {@code *_ms}) a time-formatted column of the same value named without {@code
 * _ms} ({@code talk}, rounded to the millisecond), and shares ({@code share}, {@code *_share}) as
 * percentages. The numbers themselves are unchanged, so a reader computing with the cells gets the figures.
 */
final class SheetTable implements TableSource {
  private final Table table;
  private final Column<?>[] byIndex;
  private final boolean[] duration;
  private final boolean[] share;
  private final List<String> columns;

  SheetTable(Table table) {
    this.table = table;
    this.byIndex = table.columns().toArray(new Column<?>[0]);
    this.duration = new boolean[byIndex.length];
    this.share = new boolean[byIndex.length];
    List<String> names = new ArrayList<>();
    for (int c = 0; c < byIndex.length; c++) {
      String name = byIndex[c].name();
      names.add(name);
      if (byIndex[c] instanceof NumberColumn<?, ?>) {
        duration[c] = name.endsWith("_ms") && name.length() > 3;
        share[c] = byIndex[c] instanceof DoubleColumn && (name.equals("share") || name.endsWith("_share"));
      }
      if (duration[c]) {
        names.add(name.substring(0, name.length() - 3));
      }
    }
    this.columns = List.copyOf(names);
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
    for (int c = 0; c < byIndex.length; c++) {
      Column<?> column = byIndex[c];
      if (share[c] && !column.isMissing(row)) {
        sink.share(((DoubleColumn) column).getDouble(row));
      } else {
        TablesawTable.writeCell(column, row, sink);
      }
      if (duration[c]) {
        if (column.isMissing(row)) {
          sink.empty();
        } else {
          sink.time(Math.round(((NumberColumn<?, ?>) column).getDouble(row)));
        }
      }
    }
  }
}
