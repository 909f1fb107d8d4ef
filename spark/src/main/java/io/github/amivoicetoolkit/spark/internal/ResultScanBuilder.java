package io.github.amivoicetoolkit.spark.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Keeps the columns a query reads, so that the others are never computed. */
final class ResultScanBuilder implements SupportsPushDownRequiredColumns {
  private final SourceOptions options;
  private final BackgroundListing listing;
  private final StructType full;
  private StructType required;

  ResultScanBuilder(SourceOptions options, BackgroundListing listing, StructType full) {
    this.options = options;
    this.listing = listing;
    this.full = full;
    this.required = full;
  }

  @Override
  public void pruneColumns(StructType requiredSchema) {
    List<StructField> kept = new ArrayList<>();
    for (StructField field : requiredSchema.fields()) {
      if (full.getFieldIndex(field.name()).isDefined()) {
        kept.add(full.apply(field.name()));
      }
    }
    required = new StructType(kept.toArray(new StructField[0]));
  }

  @Override
  public Scan build() {
    return new ResultScan(options, listing, required);
  }
}
