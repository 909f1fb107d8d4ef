package io.github.amivoicetoolkit.spark.internal;

import java.util.Objects;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;
import org.apache.spark.sql.types.DataType;

/**
 * One column of an amivoice table: its name, its Spark type and how its values are computed — one cell at
 * a time ({@link Cell}, for tables read row by row) or a run of rows into a column vector ({@link Fill},
 * for tables read in columnar batches). A table's columns all have a cell, or all have a fill.
 */
public record ColumnDef(String name, DataType type, Cell cell, Fill fill) {
  /**
   * Computes one cell; called only for the columns a query reads. Values are Spark's internal ones
   * ({@code UTF8String}, boxed {@code Long}, {@code Integer}, {@code Double}, {@code Boolean}, array and
   * map data) or null for an absent value.
   */
  @FunctionalInterface
  public interface Cell {
    Object get(FileData file, int row);
  }

  /**
   * Writes rows {@code [firstRow, firstRow + rows)} of a file to positions {@code [0, rows)} of a vector
   * just reset; called only for the columns a query reads.
   */
  @FunctionalInterface
  public interface Fill {
    void fill(FileData file, int firstRow, int rows, WritableColumnVector out);
  }

  public ColumnDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (cell == null && fill == null) {
      throw new IllegalArgumentException("column " + name + " has neither a cell nor a fill");
    }
  }
}
