package io.github.amivoicetoolkit.spark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.hadoop.conf.Configuration;

/**
 * The files of one {@code load(…)}, listed on a thread of their own from the moment the table is made —
 * when Spark's file sources list theirs — rather than when the query is planned. The driver analyses and
 * optimizes a query on one thread; the listing (a request per directory on an object store, a
 * {@code stat} per file on a local disk, and on a fresh JVM the Hadoop code run cold) overlaps that
 * instead of coming after it. The table keeps the result, so every query over one {@code Dataset} reads
 * the same files, as with Spark's file index. A failure, such as a path that does not exist, is thrown
 * where the files are needed: when the query is planned.
 */
final class BackgroundListing {
  private final List<String> paths;
  private final CompletableFuture<List<InputFile>> files = new CompletableFuture<>();

  BackgroundListing(SourceOptions options, Configuration conf) {
    this.paths = options.paths();
    Thread thread = new Thread(() -> {
      try {
        files.complete(FileListing.list(paths, conf, options.recursiveFileLookup(), options.pathGlobFilter()));
      } catch (Throwable t) {
        files.completeExceptionally(t);
      }
    }, "amivoice-listing");
    thread.setDaemon(true);
    thread.start();
  }

  /** Waits for the listing; its {@code IOException} comes as an {@link UncheckedIOException}. */
  List<InputFile> files() {
    try {
      return files.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while listing " + paths, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw new UncheckedIOException(io.getMessage(), io);
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("listing " + paths + " failed", cause);
    }
  }
}
