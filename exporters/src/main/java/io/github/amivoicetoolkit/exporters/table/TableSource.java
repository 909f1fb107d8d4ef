package io.github.amivoicetoolkit.exporters.table;

import java.io.IOException;
import java.util.List;

/**
 * A table as both exporters see it: column names and rows addressed by index, each row pushed as typed
 * cells into a {@link CellSink}. Implementations are views over columns (the transcript's or a Tablesaw
 * table's), so writing a table makes no object per row.
 *
 * <p>Rows are usually asked for in increasing order; implementations may keep a cursor for that case
 * but must answer any index.
 */
interface TableSource {
  List<String> columns();

  int rowCount();

  void writeRow(int row, CellSink sink) throws IOException;
}
