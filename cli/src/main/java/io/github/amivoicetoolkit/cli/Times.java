package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.core.Transcript;

/** Time formatting for terminal output. */
final class Times {
  private Times() {}

  /** {@code HH:MM:SS.mmm}, or {@code --} for an absent time. */
  static String clock(int ms) {
    if (ms == Transcript.NO_TIME) {
      return "--";
    }
    long hours = ms / 3_600_000L;
    return String.format("%02d:%02d:%02d.%03d", hours, (ms / 60_000) % 60, (ms / 1000) % 60, ms % 1000);
  }
}
