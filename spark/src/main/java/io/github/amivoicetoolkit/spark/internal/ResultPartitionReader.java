package io.github.amivoicetoolkit.spark.internal;

import java.io.IOException;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;

/**
 * Produces a partition's rows from each file's columnar transcript, one row at a time; the row object is
 * reused (Spark copies what it keeps). The tokens table is read by {@link ColumnarPartitionReader} instead.
 */
final class ResultPartitionReader implements PartitionReader<InternalRow> {
  private final ResultFiles files;
  private final Layout layout;
  private final ColumnDef[] columns;
  private final Object[] values;
  private final GenericInternalRow row;
  private FileData current;
  private int currentRow;
  private int currentRows;

  ResultPartitionReader(ResultFiles files, Layout layout, ColumnDef[] columns) {
    this.files = files;
    this.layout = layout;
    this.columns = columns;
    this.values = new Object[columns.length];
    this.row = new GenericInternalRow(values);
  }

  @Override
  public boolean next() throws IOException {
    while (current == null || currentRow + 1 >= currentRows) {
      if (!files.hasNext()) {
        current = null;
        return false;
      }
      current = files.next();
      currentRow = -1;
      currentRows = current == null ? 0 : layout.rowCount(current);
    }
    currentRow++;
    for (int c = 0; c < columns.length; c++) {
      values[c] = columns[c].cell().get(current, currentRow);
    }
    return true;
  }

  @Override
  public InternalRow get() {
    return row;
  }

  @Override
  public void close() {
    current = null;
  }
}
