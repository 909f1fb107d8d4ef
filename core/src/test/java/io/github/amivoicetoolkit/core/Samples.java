package io.github.amivoicetoolkit.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The shared sample documents: real AmiVoice answers of every shape, kept once in core's test resources
 * ({@code /samples/} on the classpath) and published with core's test-jar, so every module's tests read
 * the same bytes. Other modules depend on {@code amivoice-core} with {@code <type>test-jar</type>} in
 * test scope.
 *
 * <pre>{@code
 * Transcript t = Samples.read("async-v2-completed-diarized.json");
 * Path file = Samples.copyTo("sync-ja-filler-kept.json", tempDir);   // for code that wants a file
 * }</pre>
 */
public final class Samples {
  /** Every sample, by name; {@code SamplesTest} keeps this list equal to the resource directory. */
  public static final List<String> NAMES = List.of(
      "async-v1-completed-sentiment.json",
      "async-v2-completed-compatible-with-sync.json",
      "async-v2-completed-diarized.json",
      "create-job-accepted.json",
      "create-job-failed-auth.json",
      "create-job-failed-unsupported-audio-v1.json",
      "create-job-failed-unsupported-audio-v2.json",
      "status-error-rejected.json",
      "status-processing.json",
      "status-queued.json",
      "status-started.json",
      "sync-ja-filler-kept.json",
      "sync-ja-low-confidence.json");

  private static final String DIRECTORY = "/samples/";

  private Samples() {}

  /** The names of every sample, sorted. */
  public static List<String> names() {
    return NAMES;
  }

  /** The bytes of the named sample. */
  public static byte[] bytes(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The named sample as a stream; the caller closes it. */
  public static InputStream open(String name) {
    InputStream in = Samples.class.getResourceAsStream(DIRECTORY + name);
    if (in == null) {
      throw new IllegalArgumentException("no sample " + name + "; samples: " + NAMES);
    }
    return in;
  }

  /** The named sample, read with default options; its source is its name. */
  public static Transcript read(String name) {
    try {
      return new TranscriptReader().read(bytes(name), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies the named sample into {@code directory} (created if missing) under its own name, for code
   * that reads files: the samples may live in a jar, so there is no path to them to hand out.
   */
  public static Path copyTo(String name, Path directory) {
    return copyAs(name, directory.resolve(name));
  }

  /** Copies the named sample to {@code target}, creating parent directories and replacing a file there. */
  public static Path copyAs(String name, Path target) {
    try (InputStream in = open(name)) {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
