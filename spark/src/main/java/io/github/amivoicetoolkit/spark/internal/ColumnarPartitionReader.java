package io.github.amivoicetoolkit.spark.internal;

import java.io.IOException;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * Produces a partition's rows in columnar batches of at most {@link #BATCH_ROWS} rows of one file each
 * (a file's strings are the dictionary of its batches' string columns, so a batch never spans two files).
 * The vectors are allocated once per partition and reused: Spark consumes a batch before asking for the
 * next.
 */
final class ColumnarPartitionReader implements PartitionReader<ColumnarBatch> {
  /** Rows per batch at most, as Spark's own columnar readers (Parquet, ORC) default to. */
  static final int BATCH_ROWS = 4096;

  private final ResultFiles files;
  private final Layout layout;
  private final ColumnDef[] columns;
  private final int batchRows;
  private final OnHeapColumnVector[] vectors;
  private final ColumnarBatch batch;
  private FileData current;
  private int nextRow;
  private int currentRows;

  ColumnarPartitionReader(ResultFiles files, Layout layout, ColumnDef[] columns, int batchRows) {
    if (batchRows < 1) {
      throw new IllegalArgumentException("batchRows < 1: " + batchRows);
    }
    this.files = files;
    this.layout = layout;
    this.columns = columns;
    this.batchRows = batchRows;
    StructField[] fields = new StructField[columns.length];
    for (int c = 0; c < columns.length; c++) {
      fields[c] = DataTypes.createStructField(columns[c].name(), columns[c].type(), true);
    }
    this.vectors = OnHeapColumnVector.allocateColumns(batchRows, new StructType(fields));
    this.batch = new ColumnarBatch(vectors);
  }

  @Override
  public boolean next() throws IOException {
    while (current == null || nextRow >= currentRows) {
      if (!files.hasNext()) {
        current = null;
        return false;
      }
      current = files.next();
      nextRow = 0;
      currentRows = current == null ? 0 : layout.rowCount(current);
    }
    int rows = Math.min(batchRows, currentRows - nextRow);
    for (int c = 0; c < columns.length; c++) {
      vectors[c].reset();
      columns[c].fill().fill(current, nextRow, rows, vectors[c]);
    }
    batch.setNumRows(rows);
    nextRow += rows;
    return true;
  }

  @Override
  public ColumnarBatch get() {
    return batch;
  }

  @Override
  public void close() {
    current = null;
    batch.close();
  }
}
