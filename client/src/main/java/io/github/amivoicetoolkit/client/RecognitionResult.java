package io.github.amivoicetoolkit.client;

import io.github.amivoicetoolkit.core.Transcript;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The result of a completed job: the body exactly as the service sent it, and that body read into
 * a {@link Transcript}. Immutable.
 */
public final class RecognitionResult {

  private final String sessionId;
  private final byte[] raw;
  private final Transcript transcript;

  RecognitionResult(String sessionId, byte[] raw, Transcript transcript) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.raw = Objects.requireNonNull(raw, "raw");
    this.transcript = Objects.requireNonNull(transcript, "transcript");
  }

  public String sessionId() {
    return sessionId;
  }

  public Transcript transcript() {
    return transcript;
  }

  /** A copy of the body as received. */
  public byte[] raw() {
    return raw.clone();
  }

  /** The body as received, without copying it. */
  public InputStream openRaw() {
    return new ByteArrayInputStream(raw);
  }

  /** Writes the body as received to {@code out}, e.g. to keep it in a file. */
  public void writeRawTo(OutputStream out) throws IOException {
    out.write(raw);
  }

  /** Size of the body in bytes. */
  public int rawSize() {
    return raw.length;
  }

  @Override
  public String toString() {
    return "RecognitionResult[sessionId=" + sessionId + ", " + raw.length + " bytes]";
  }
}
