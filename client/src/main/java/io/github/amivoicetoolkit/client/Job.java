package io.github.amivoicetoolkit.client;

import java.util.Objects;

/**
 * A job the service accepted: its session id and what the client sent, so that
 * {@link AmiVoiceClient#await} can check the service's {@code audio_size} and {@code audio_md5}
 * against it. Immutable.
 */
public final class Job {

  private final String sessionId;
  private final long audioSize;
  private final String audioMd5;

  /** @throws IllegalArgumentException when {@code sessionId} cannot be part of a URL path */
  Job(String sessionId, long audioSize, String audioMd5) {
    Objects.requireNonNull(sessionId, "sessionId");
    if (sessionId.isEmpty() || !sessionId.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '/')) {
      throw new IllegalArgumentException("not a session id: '" + sessionId + "'");
    }
    this.sessionId = sessionId;
    this.audioSize = audioSize;
    this.audioMd5 = audioMd5;
  }

  /**
   * A job known only by its session id, for example one submitted by an earlier run; awaiting it
   * cannot check the upload.
   *
   * @throws IllegalArgumentException when {@code sessionId} is empty or has spaces, slashes or
   *     non-ASCII characters
   */
  public static Job of(String sessionId) {
    return new Job(sessionId, -1, null);
  }

  public String sessionId() {
    return sessionId;
  }

  /** How many audio bytes were sent; -1 when not known. */
  public long audioSize() {
    return audioSize;
  }

  /** The lower-case hex MD5 of the audio sent; null when not known. */
  public String audioMd5() {
    return audioMd5;
  }

  @Override
  public String toString() {
    return "Job[sessionId=" + sessionId
        + (audioMd5 == null ? "" : ", audioSize=" + audioSize + ", audioMd5=" + audioMd5) + "]";
  }
}
