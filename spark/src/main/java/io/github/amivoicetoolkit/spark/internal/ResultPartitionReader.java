package io.github.amivoicetoolkit.spark.internal;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReadException;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;

/**
 * Reads the files of one partition one at a time, whole, with the core reader (gzip is recognised by its
 * magic bytes), and produces the table's rows from the columnar transcript. One transcript is held at a
 * time; the row object is reused (Spark copies what it keeps).
 *
 * <p>A file the reader rejects ({@link TranscriptReadException}: not JSON, not a result, over a limit) is
 * handled by {@link Mode}. Any other I/O failure fails the task, which Spark retries.
 */
final class ResultPartitionReader implements PartitionReader<InternalRow> {
  private final List<InputFile> files;
  private final Configuration conf;
  private final Mode mode;
  private final SpeakerNames names;
  private final AnalyticsOptions analytics;
  private final Layout layout;
  private final ColumnDef[] columns;
  private final TranscriptReader reader = new TranscriptReader();
  private final Object[] values;
  private final GenericInternalRow row;
  private int nextFile;
  private FileData current;
  private int currentRow;
  private int currentRows;

  ResultPartitionReader(FileGroup group, Configuration conf, SourceOptions options, Layout layout,
      ColumnDef[] columns) {
    this.files = group.files();
    this.conf = conf;
    this.mode = options.mode();
    this.names = options.speakerNames();
    this.analytics = options.analytics();
    this.layout = layout;
    this.columns = columns;
    this.values = new Object[columns.length];
    this.row = new GenericInternalRow(values);
  }

  @Override
  public boolean next() throws IOException {
    while (current == null || currentRow + 1 >= currentRows) {
      if (nextFile >= files.size()) {
        current = null;
        return false;
      }
      current = open(files.get(nextFile++));
      currentRow = -1;
      currentRows = current == null ? 0 : layout.rowCount(current);
    }
    currentRow++;
    for (int c = 0; c < columns.length; c++) {
      values[c] = columns[c].cell().get(current, currentRow);
    }
    return true;
  }

  /** The file's data, or null when {@link Mode#DROPMALFORMED} drops it. */
  private FileData open(InputFile file) throws IOException {
    Path path = new Path(file.path());
    FileSystem fs = path.getFileSystem(conf);
    Transcript transcript;
    try (InputStream in = fs.open(path)) {
      transcript = reader.read(in, file.path());
    } catch (TranscriptReadException e) {
      switch (mode) {
        case FAILFAST:
          throw new IOException("Malformed AmiVoice result in mode FAILFAST: " + e.getMessage(), e);
        case DROPMALFORMED:
          return null;
        default:
          return FileData.unreadable(file.path(), file.size(), e.getMessage());
      }
    }
    return FileData.read(file.path(), file.size(), transcript.withSpeakerNames(names), analytics);
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
