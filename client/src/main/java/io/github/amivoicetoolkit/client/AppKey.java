package io.github.amivoicetoolkit.client;

import java.util.Objects;

/**
 * The APPKEY, kept where nothing prints it: {@link #toString()} redacts it, every text that
 * reaches a message or a log from outside goes through {@link #redact(String)} first, and every
 * cause attached to an exception goes through {@link #scrub(Throwable)}.
 */
final class AppKey {

  static final String ENVIRONMENT_VARIABLE = "AMIVOICE_APPKEY";
  static final String REDACTED = "***";
  /** Causes nested deeper than this are dropped rather than searched; real chains are short. */
  private static final int MAX_CAUSE_DEPTH = 32;

  private final String value;
  /** The key as a JSON string writes it ({@code "} and {@code \} escaped), when that differs. */
  private final String jsonEscaped;

  private AppKey(String value) {
    this.value = value;
    String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"");
    this.jsonEscaped = escaped.equals(value) ? null : escaped;
  }

  static AppKey of(String value) {
    Objects.requireNonNull(value, "appKey");
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("APPKEY is empty");
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        // Deliberately without the key or the character: the message must not leak either.
        throw new IllegalArgumentException(
            "APPKEY contains a character that is not printable ASCII at index " + i);
      }
    }
    return new AppKey(trimmed);
  }

  /** The key itself, for the {@code u} part and the Bearer header only. */
  String value() {
    return value;
  }

  /**
   * {@code text} with every occurrence of the key, as is or JSON-escaped, replaced by
   * {@code ***}; null stays null. Redact a text whole before cutting it short: a cut through the
   * key would leave a prefix that no longer matches.
   */
  String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text.replace(value, REDACTED);
    return jsonEscaped == null ? out : out.replace(jsonEscaped, REDACTED);
  }

  /**
   * {@link #redact} for a text cut off at its end: a key the cut went through leaves a prefix
   * that no longer matches, so a tail that is the start of the key is redacted too.
   */
  String redactTruncated(String text) {
    String out = redact(text);
    if (out == null) {
      return null;
    }
    for (int length = Math.min(value.length() - 1, out.length()); length >= 4; length--) {
      if (out.regionMatches(out.length() - length, value, 0, length)) {
        return out.substring(0, out.length() - length) + REDACTED;
      }
    }
    return out;
  }

  private boolean leaks(String text) {
    return text != null && (text.contains(value) || jsonEscaped != null && text.contains(jsonEscaped));
  }

  /**
   * {@code cause} itself when no message or {@code toString} in its chain (causes and suppressed
   * exceptions included) contains the key; otherwise a copy of the chain in which every throwable
   * from the first leaking one down is a {@link RedactedException} with the same class name,
   * redacted message and stack trace. Exceptions from a JSON parser quote the text they choked on,
   * which may be the key echoed by the service.
   */
  Throwable scrub(Throwable cause) {
    return cause == null || !leaks(cause, 0) ? cause : copy(cause, 0);
  }

  private boolean leaks(Throwable t, int depth) {
    if (t == null) {
      return false;
    }
    if (depth > MAX_CAUSE_DEPTH || leaks(t.getMessage()) || leaks(t.toString())) {
      return true;
    }
    for (Throwable suppressed : t.getSuppressed()) {
      if (leaks(suppressed, depth + 1)) {
        return true;
      }
    }
    return t.getCause() != t && leaks(t.getCause(), depth + 1);
  }

  private Throwable copy(Throwable t, int depth) {
    if (t == null || depth > MAX_CAUSE_DEPTH) {
      return null;
    }
    if (!leaks(t, depth)) {
      return t;
    }
    Throwable cause = t.getCause() == t ? null : copy(t.getCause(), depth + 1);
    RedactedException copy =
        new RedactedException(t.getClass().getName(), redact(t.getMessage()), cause);
    copy.setStackTrace(t.getStackTrace());
    for (Throwable suppressed : t.getSuppressed()) {
      Throwable clean = copy(suppressed, depth + 1);
      if (clean != null) {
        copy.addSuppressed(clean);
      }
    }
    return copy;
  }

  @Override
  public String toString() {
    return "AppKey[" + REDACTED + "]";
  }
}
