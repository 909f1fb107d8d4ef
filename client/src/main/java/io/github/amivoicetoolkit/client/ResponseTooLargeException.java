package io.github.amivoicetoolkit.client;

/**
 * An answer of the service was larger than the {@link AmiVoiceClient.Builder} allows: a job
 * creation answer, a status or an error body over {@code maxAnswerBytes}, or a result over
 * {@code maxResultBytes}; the message names the setting and its value. The client stopped reading
 * at the limit, so no answer, however long or endless, can exhaust memory or disk. Not retried:
 * the same request gets the same answer. When the {@link #sessionId()} is set, the job goes on at
 * the service.
 */
public final class ResponseTooLargeException extends AmiVoiceException {

  private static final long serialVersionUID = 1L;

  private final long limit;

  ResponseTooLargeException(String message, String serviceMessage, String sessionId, long limit) {
    super(message, null, serviceMessage, sessionId, null);
    this.limit = limit;
  }

  /** The limit passed, in bytes. */
  public long limit() {
    return limit;
  }
}
