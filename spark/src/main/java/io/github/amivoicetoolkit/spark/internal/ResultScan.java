package io.github.amivoicetoolkit.spark.internal;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructType;

/**
 * Packs the table's files ({@link BackgroundListing}: listed once, on the driver) into partitions with the
 * session's own {@code spark.sql.files.maxPartitionBytes}, {@code spark.sql.files.openCostInBytes} and
 * {@code spark.sql.files.minPartitionNum} (default: the default parallelism), as Spark's file sources do.
 */
final class ResultScan implements Scan, Batch {
  private final SourceOptions options;
  private final BackgroundListing listing;
  private final StructType readSchema;
  private final SparkSession spark;
  private final Configuration hadoopConf;
  private List<FileGroup> groups;
  private PartitionReaderFactory readerFactory;

  ResultScan(SourceOptions options, BackgroundListing listing, StructType readSchema) {
    this.options = options;
    this.listing = listing;
    this.readSchema = readSchema;
    this.spark = SparkSession.active();
    this.hadoopConf = HadoopConf.ofSession(spark);
  }

  @Override
  public StructType readSchema() {
    return readSchema;
  }

  @Override
  public String description() {
    return "amivoice " + options + ", columns=" + List.of(readSchema.fieldNames());
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  @Override
  public InputPartition[] planInputPartitions() {
    if (groups == null) {
      List<InputFile> files = listing.files();
      SQLConf conf = SQLConf.get();
      int minPartitions = conf.filesMinPartitionNum().isDefined()
          ? (Integer) conf.filesMinPartitionNum().get() : spark.sparkContext().defaultParallelism();
      groups = FilePacking.pack(files, conf.filesMaxPartitionBytes(), conf.filesOpenCostInBytes(), minPartitions);
    }
    return groups.toArray(new InputPartition[0]);
  }

  /**
   * Made once per scan: Spark asks again for every copy of the scan's plan node (two per query), and each
   * factory broadcasts the Hadoop configuration.
   */
  @Override
  public PartitionReaderFactory createReaderFactory() {
    if (readerFactory == null) {
      Broadcast<HadoopConf> conf = JavaSparkContext.fromSparkContext(spark.sparkContext())
          .broadcast(new HadoopConf(hadoopConf));
      readerFactory = new ResultReaderFactory(options, readSchema.fieldNames(), conf);
    }
    return readerFactory;
  }
}
