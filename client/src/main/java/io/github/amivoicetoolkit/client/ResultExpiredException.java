package io.github.amivoicetoolkit.client;

/**
 * The service answered HTTP 404 for the job: its result is past the retention period (7 days at
 * the service), or the session id is unknown.
 */
public final class ResultExpiredException extends AmiVoiceException {

  private static final long serialVersionUID = 1L;

  ResultExpiredException(String message, String serviceMessage, String sessionId) {
    super(message, null, serviceMessage, sessionId, null);
  }
}
