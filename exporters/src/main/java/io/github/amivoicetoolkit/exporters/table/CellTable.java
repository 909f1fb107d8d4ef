package io.github.amivoicetoolkit.exporters.table;

import java.io.IOException;

/**
 * A {@link TableSource} whose cells can also be written one at a time, in any order: what a table shown
 * transposed needs (the analytics totals as {@code field,value} rows of {@link SummaryTable}).
 */
interface CellTable extends TableSource {
  /** Writes the cell at {@code column} of {@code row}: one call on {@code sink}. */
  void writeCell(int column, int row, CellSink sink) throws IOException;
}
