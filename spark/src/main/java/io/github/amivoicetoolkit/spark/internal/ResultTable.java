package io.github.amivoicetoolkit.spark.internal;

import java.util.EnumSet;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** One amivoice table over the paths of one {@code load(…)}; their files are listed from now on. */
public final class ResultTable implements SupportsRead {
  private final SourceOptions options;
  private final BackgroundListing listing;

  public ResultTable(SourceOptions options) {
    this.options = options;
    this.listing = new BackgroundListing(options, HadoopConf.ofSession(SparkSession.active()));
  }

  @Override
  public String name() {
    return "amivoice." + options.table().id() + " " + options.paths();
  }

  @Override
  public StructType schema() {
    return Layout.of(options.table()).schema();
  }

  @Override
  public Set<TableCapability> capabilities() {
    return EnumSet.of(TableCapability.BATCH_READ);
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap scanOptions) {
    return new ResultScanBuilder(options, listing, schema());
  }
}
