package io.github.amivoicetoolkit.client;

import io.github.amivoicetoolkit.core.Transcript;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The result of a completed job: the body exactly as the service sent it, and that body read into
 * a {@link Transcript}. Immutable.
 *
 * <p>A small body is held in memory; a large one (over the client's {@code maxAnswerBytes}) is
 * kept in a file: the output the caller named to {@link AmiVoiceClient#await(Job, StatusListener,
 * Path)}, which stays, or else a temporary file, which {@link #close()} deletes (and the JVM on
 * exit, should nobody close the result).
 */
public final class RecognitionResult implements AutoCloseable {

  private final String sessionId;
  private final Transcript transcript;
  private final byte[] bytes;
  private final Path file;
  private final boolean temporary;
  private final long size;

  RecognitionResult(String sessionId, byte[] raw, Transcript transcript) {
    this(sessionId, transcript, Objects.requireNonNull(raw, "raw"), null, false, raw.length);
  }

  RecognitionResult(String sessionId, Transcript transcript, Path file, boolean temporary, long size) {
    this(sessionId, transcript, null, Objects.requireNonNull(file, "file"), temporary, size);
  }

  private RecognitionResult(
      String sessionId, Transcript transcript, byte[] bytes, Path file, boolean temporary, long size) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.transcript = Objects.requireNonNull(transcript, "transcript");
    this.bytes = bytes;
    this.file = file;
    this.temporary = temporary;
    this.size = size;
  }

  public String sessionId() {
    return sessionId;
  }

  public Transcript transcript() {
    return transcript;
  }

  /**
   * A copy of the body as received, read from its file if it is kept in one; prefer
   * {@link #openRaw()} or {@link #writeRawTo} for bodies that may be large.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalStateException when the body is too large for an array
   */
  public byte[] raw() {
    if (bytes != null) {
      return bytes.clone();
    }
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("the result of " + sessionId + " is too large for an array: " + size
          + " bytes; use openRaw() or writeRawTo()");
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body as received, streamed from memory or from its file. */
  public InputStream openRaw() throws IOException {
    return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
  }

  /** Writes the body as received to {@code out}, e.g. to keep it in a file. */
  public void writeRawTo(OutputStream out) throws IOException {
    if (bytes != null) {
      out.write(bytes);
    } else {
      Files.copy(file, out);
    }
  }

  /** Size of the body in bytes. */
  public long rawSize() {
    return size;
  }

  /** The file the body is kept in, or null when it is held in memory. */
  public Path rawFile() {
    return file;
  }

  /** Deletes the temporary file the body is kept in, if any; an output the caller named stays. */
  @Override
  public void close() throws IOException {
    if (temporary) {
      Files.deleteIfExists(file);
    }
  }

  @Override
  public String toString() {
    return "RecognitionResult[sessionId=" + sessionId + ", " + size + " bytes"
        + (file == null ? "" : ", in " + file) + "]";
  }
}
