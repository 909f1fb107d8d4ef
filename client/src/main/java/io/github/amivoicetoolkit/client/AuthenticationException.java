package io.github.amivoicetoolkit.client;

/**
 * The service did not accept the APPKEY: code {@code -} ("received illegal service authorization",
 * answered with HTTP 200 at job creation) or HTTP 401/403 when polling. Never retried.
 */
public final class AuthenticationException extends AmiVoiceException {

  private static final long serialVersionUID = 1L;

  AuthenticationException(String message, String code, String serviceMessage, String sessionId) {
    super(message, code, serviceMessage, sessionId, null);
  }
}
