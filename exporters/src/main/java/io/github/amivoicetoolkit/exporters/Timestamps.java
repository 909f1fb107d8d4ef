package io.github.amivoicetoolkit.exporters;

/** {@code HH:MM:SS<sep>mmm} and {@code HH:MM:SS}: hours two digits or more (past 99 h: 100:00:00,000). */
final class Timestamps {
  private Timestamps() {}

  static void append(StringBuilder out, int ms, char millisSeparator) {
    appendSeconds(out, ms);
    out.append(millisSeparator);
    int millis = ms % 1000;
    if (millis < 100) {
      out.append('0');
    }
    if (millis < 10) {
      out.append('0');
    }
    out.append(millis);
  }

  static void appendSeconds(StringBuilder out, int ms) {
    if (ms < 0) {
      throw new IllegalArgumentException("negative time: " + ms);
    }
    int seconds = ms / 1000;
    int hours = seconds / 3600;
    int minutes = seconds / 60 % 60;
    if (hours < 10) {
      out.append('0');
    }
    out.append(hours).append(':');
    if (minutes < 10) {
      out.append('0');
    }
    out.append(minutes).append(':');
    if (seconds % 60 < 10) {
      out.append('0');
    }
    out.append(seconds % 60);
  }
}
