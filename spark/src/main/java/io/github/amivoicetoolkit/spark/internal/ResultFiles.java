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

/**
 * The files of one partition, read one at a time, whole, with the core reader (gzip is recognised by its
 * magic bytes) — what the row and the columnar reader share. One transcript is held at a time.
 *
 * <p>A file the reader rejects ({@link TranscriptReadException}: not JSON, not a result, over a limit) is
 * handled by {@link Mode}. Any other I/O failure fails the task, which Spark retries.
 */
final class ResultFiles {
  private final List<InputFile> files;
  private final Configuration conf;
  private final Mode mode;
  private final SpeakerNames names;
  private final AnalyticsOptions analytics;
  private final TranscriptReader reader = new TranscriptReader();
  private int next;

  ResultFiles(FileGroup group, Configuration conf, SourceOptions options) {
    this.files = group.files();
    this.conf = conf;
    this.mode = options.mode();
    this.names = options.speakerNames();
    this.analytics = options.analytics();
  }

  boolean hasNext() {
    return next < files.size();
  }

  /** The next file's data, or null when {@link Mode#DROPMALFORMED} drops it. */
  FileData next() throws IOException {
    InputFile file = files.get(next++);
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
}
