package io.github.amivoicetoolkit.client;

import java.io.IOException;

/**
 * Stands in, in a cause chain, for an exception whose message quoted the APPKEY: same class name
 * (shown by {@link #toString()} and so in stack traces), same stack trace, the message with the key
 * replaced by {@code ***}. Made by {@link AppKey#scrub(Throwable)} only.
 */
final class RedactedException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String originalClass;

  RedactedException(String originalClass, String redactedMessage, Throwable cause) {
    super(redactedMessage, cause);
    this.originalClass = originalClass;
  }

  /** The class of the exception this one replaces. */
  String originalClass() {
    return originalClass;
  }

  @Override
  public String toString() {
    String message = getLocalizedMessage();
    return originalClass + " (APPKEY redacted)" + (message == null ? "" : ": " + message);
  }
}
