package io.github.amivoicetoolkit.spark.internal;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;

/** Shipped to the executors: the options, the selected column names and the broadcast Hadoop configuration. */
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
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    Layout layout = Layout.of(options.table());
    return new ResultPartitionReader((FileGroup) partition, conf.value().get(), options, layout,
        layout.select(columns));
  }
}
