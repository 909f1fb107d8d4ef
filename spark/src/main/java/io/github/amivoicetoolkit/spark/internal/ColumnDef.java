package io.github.amivoicetoolkit.spark.internal;

import java.util.Objects;
import org.apache.spark.sql.types.DataType;

/**
 * One column of an amivoice table: its name, its Spark type and how to compute its value for row
 * {@code row} of a file. Values are Spark's internal ones ({@code UTF8String}, boxed {@code Long},
 * {@code Integer}, {@code Double}, {@code Boolean}, array and map data) or null for an absent value.
 */
public record ColumnDef(String name, DataType type, Cell cell) {
  /** Computes one cell; called only for the columns a query reads. */
  @FunctionalInterface
  public interface Cell {
    Object get(FileData file, int row);
  }

  public ColumnDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(cell, "cell");
  }
}
