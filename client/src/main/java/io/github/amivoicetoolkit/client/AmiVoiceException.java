package io.github.amivoicetoolkit.client;

import java.io.IOException;

/**
 * A failure of the AmiVoice service or of talking to it, with what the service said about it. Each
 * subclass is one thing a caller handles differently, and the set is closed, so a {@code switch}
 * over them can be exhaustive; none of their messages, nor any cause's, contains the APPKEY.
 */
public abstract sealed class AmiVoiceException extends IOException
    permits AuthenticationException,
        AwaitTimeoutException,
        JobRejectedException,
        RequestTimeoutException,
        ResponseTooLargeException,
        ResultExpiredException,
        ServiceException,
        UploadMismatchException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String serviceMessage;
  private final String sessionId;

  AmiVoiceException(
      String message, String code, String serviceMessage, String sessionId, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.serviceMessage = serviceMessage;
    this.sessionId = sessionId;
  }

  /**
   * The service's one-character code: the {@code code} of a job-creation answer, or the
   * {@code amineth_code} of a job in status {@code error}; null when the service gave none.
   */
  public String code() {
    return code;
  }

  /** The service's own words about the failure; null when it gave none. */
  public String serviceMessage() {
    return serviceMessage;
  }

  /** The job's session id; null when the failure came before the service created a job. */
  public String sessionId() {
    return sessionId;
  }
}
