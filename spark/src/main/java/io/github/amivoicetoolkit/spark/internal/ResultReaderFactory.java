package io.github.amivoicetoolkit.spark.internal;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * Shipped to the executors: the options, the selected column names and the broadcast Hadoop configuration.
 * A table whose columns are columnar ({@link Layout#columnar()}) is read in batches, the others row by row.
 */
final class ResultReaderFactory implements PartitionReaderFactory {
  private static final long serialVersionUID = 1L;

  private final SourceOptions options;
  private final String[] columns;
  private final Broadcast<HadoopConf> conf;

  ResultReaderFactory(SourceOptions options, String[] columns, Broadcast<HadoopConf> conf) {
    this.options = options;
    this.columns = columns;
    this.conf = conf;
  }

  @Override
  public boolean supportColumnarReads(InputPartition partition) {
    return Layout.of(options.table()).columnar();
  }

  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    Layout layout = Layout.of(options.table());
    return new ResultPartitionReader(files(partition), layout, layout.select(columns));
  }

  @Override
  public PartitionReader<ColumnarBatch> createColumnarReader(InputPartition partition) {
    Layout layout = Layout.of(options.table());
    return new ColumnarPartitionReader(files(partition), layout, layout.select(columns),
        ColumnarPartitionReader.BATCH_ROWS);
  }

  private ResultFiles files(InputPartition partition) {
    return new ResultFiles((FileGroup) partition, conf.value().get(), options);
  }
}
