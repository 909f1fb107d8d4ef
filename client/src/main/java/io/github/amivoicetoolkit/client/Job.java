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

  /**
   * Characters a session id may have besides ASCII letters and digits: those that stand for
   * themselves in a URL path segment (RFC 3986 {@code pchar} without {@code %}), so the id can be
   * put in the polling URL as it is. Real ids are hexadecimal.
   */
  private static final String ID_PUNCTUATION = "-._~!$&'()*+,;=:@";

  /** @throws IllegalArgumentException when {@code sessionId} cannot be part of a URL path */
  Job(String sessionId, long audioSize, String audioMd5) {
    Objects.requireNonNull(sessionId, "sessionId");
    if (!usableSessionId(sessionId)) {
      throw new IllegalArgumentException("not a session id (letters, digits and " + ID_PUNCTUATION
          + " only): " + Failures.display(sessionId));
    }
    this.sessionId = sessionId;
    this.audioSize = audioSize;
    this.audioMd5 = audioMd5;
  }

  /**
   * A job known only by its session id, for example one submitted by an earlier run; awaiting it
   * cannot check the upload.
   *
   * @throws IllegalArgumentException when {@code sessionId} is empty or has a character that does
   *     not stand for itself in a URL path: a space, {@code /}, {@code %}, a backslash, a non-ASCII
   *     character
   */
  public static Job of(String sessionId) {
    return new Job(sessionId, -1, null);
  }

  /** Whether {@code id} is non-empty and stands for itself in a URL path segment. */
  static boolean usableSessionId(String id) {
    return !id.isEmpty()
        && id.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || ID_PUNCTUATION.indexOf(c) >= 0));
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
