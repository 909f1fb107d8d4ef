package io.github.amivoicetoolkit.client;

import java.time.Duration;

/**
 * One HTTP exchange with the service took longer than a timeout of the {@link
 * AmiVoiceClient.Builder} allows, in the {@linkplain #phase() phase} named; the message names the
 * setting and its value. Polls that time out are retried per the {@link RetryPolicy} first; a job
 * creation is retried only when the service cannot have received the whole audio. When the
 * {@link #sessionId()} is set, the job goes on at the service.
 */
public final class RequestTimeoutException extends AmiVoiceException {

  private static final long serialVersionUID = 1L;

  /** Where in an exchange the time ran out. */
  public enum Phase {
    /** Opening the connection ({@code connectTimeout}). */
    CONNECT,
    /** Sending the request: the service took no byte for too long ({@code uploadStallTimeout}). */
    UPLOAD_STALL,
    /** Waiting for the answer to begin once the request was sent ({@code responseTimeout}). */
    RESPONSE,
    /** Reading the answer: no byte arrived for too long ({@code bodyIdleTimeout}). */
    BODY_IDLE,
    /** The whole exchange ({@code requestTimeout} for a poll, {@code uploadTimeout} for a job creation). */
    DEADLINE
  }

  private final Phase phase;
  private final Duration limit;

  RequestTimeoutException(
      String message, Phase phase, Duration limit, String sessionId, Throwable cause) {
    super(message, null, null, sessionId, cause);
    this.phase = phase;
    this.limit = limit;
  }

  public Phase phase() {
    return phase;
  }

  /** The timeout that ran out. */
  public Duration limit() {
    return limit;
  }
}
