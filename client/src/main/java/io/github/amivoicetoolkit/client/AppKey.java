package io.github.amivoicetoolkit.client;

import java.util.Objects;

/**
 * The APPKEY, kept where nothing prints it: {@link #toString()} redacts it, and every text that
 * reaches a message or a log from outside goes through {@link #redact(String)} first.
 */
final class AppKey {

  static final String ENVIRONMENT_VARIABLE = "AMIVOICE_APPKEY";
  private static final String REDACTED = "***";

  private final String value;

  private AppKey(String value) {
    this.value = value;
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

  /** {@code text} with every occurrence of the key replaced by {@code ***}; null stays null. */
  String redact(String text) {
    return text == null ? null : text.replace(value, REDACTED);
  }

  @Override
  public String toString() {
    return "AppKey[" + REDACTED + "]";
  }
}
