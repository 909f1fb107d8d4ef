package io.github.amivoicetoolkit.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The recognition result a simulated job completes with: any JSON object in a shape the service
 * returns for a completed job. The simulator replaces the job fields ({@code status},
 * {@code session_id}, {@code service_id}, {@code content_id}, {@code audio_size}, {@code audio_md5})
 * with those of the job it serves and copies every other top-level field as it is, so one body can
 * serve any number of jobs.
 *
 * <p>The body is written once per job, to a file, when the job first reports {@code completed};
 * it is never held in memory, so a generator may write results of any size. A generator with a
 * {@code void writeTo(OutputStream)} method fits as a method reference: {@code generator::writeTo}.
 */
@FunctionalInterface
public interface ResultBody {

  /** Writes the JSON body to {@code out}; must not close it. */
  void writeTo(OutputStream out) throws IOException;

  /** A body read from {@code file} each time a job completes. */
  static ResultBody ofFile(Path file) {
    Objects.requireNonNull(file, "file");
    return out -> {
      try (InputStream in = Files.newInputStream(file)) {
        in.transferTo(out);
      }
    };
  }

  /** The simulator's built-in result: one short Japanese utterance by one speaker. */
  static ResultBody builtIn() {
    return out -> {
      try (InputStream in = ResultBody.class.getResourceAsStream("default-result.json")) {
        if (in == null) {
          throw new IOException("default-result.json is missing from the testkit jar");
        }
        in.transferTo(out);
      }
    };
  }
}
