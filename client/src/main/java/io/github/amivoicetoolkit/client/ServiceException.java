package io.github.amivoicetoolkit.client;

/**
 * The service failed: transient failures (HTTP 408, 429, 5xx, broken connections) that went on
 * after every retry the {@link RetryPolicy} allows, a job that ended in status {@code error} with
 * an {@code amineth_code} other than {@code o} (the service's fault: submitting the audio again
 * later may succeed), or an answer the client cannot make sense of. Timeouts are a
 * {@link RequestTimeoutException}, answers over a size limit a {@link ResponseTooLargeException}.
 *
 * <p>When the service created a job but answered a session id that cannot be polled (one with
 * {@code %}, a backslash or a space), {@link #sessionId()} is that id exactly as answered and the
 * message quotes the answer, so the job is not lost.
 */
public final class ServiceException extends AmiVoiceException {

  private static final long serialVersionUID = 1L;

  private final int httpStatus;

  ServiceException(
      String message,
      String code,
      String serviceMessage,
      String sessionId,
      int httpStatus,
      Throwable cause) {
    super(message, code, serviceMessage, sessionId, cause);
    this.httpStatus = httpStatus;
  }

  /** The HTTP status of the last answer, or -1 when there was none (a broken connection). */
  public int httpStatus() {
    return httpStatus;
  }
}
