package io.github.amivoicetoolkit.client;

import java.time.Duration;

/**
 * The job did not finish within the {@link PollingPolicy#maxWait() bound on the total wait}. The job
 * goes on at the service: await it again later with {@link Job#of(String)}.
 */
public final class AwaitTimeoutException extends AmiVoiceException {

  private static final long serialVersionUID = 1L;

  private final transient JobStatus lastStatus;
  private final Duration waited;

  AwaitTimeoutException(
      String message, String sessionId, JobStatus lastStatus, Duration waited, Throwable cause) {
    super(message, null, null, sessionId, cause);
    this.lastStatus = lastStatus;
    this.waited = waited;
  }

  /** The last status the service reported; null when no poll succeeded. */
  public JobStatus lastStatus() {
    return lastStatus;
  }

  /** How long the client waited. */
  public Duration waited() {
    return waited;
  }
}
