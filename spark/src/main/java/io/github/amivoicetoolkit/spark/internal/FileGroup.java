package io.github.amivoicetoolkit.spark.internal;

import java.util.List;
import org.apache.spark.sql.connector.read.InputPartition;

/** The files one task reads, whole, one after the other: Spark's {@code FilePartition} without splits. */
record FileGroup(List<InputFile> files) implements InputPartition {
  FileGroup {
    files = List.copyOf(files);
  }

  long bytes() {
    return files.stream().mapToLong(InputFile::size).sum();
  }
}
