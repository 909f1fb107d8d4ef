package io.github.amivoicetoolkit.exporters;

/** The {@code HH:MM:SS.mmm} rendering of millisecond times shared by every table. */
final class Times {
  private static final long MS_PER_HOUR = 3_600_000L;

  private Times() {}

  /** Appends {@code ms} as {@code HH:MM:SS.mmm}; hours take more digits past 99, negatives get {@code -}. */
  static StringBuilder appendHms(StringBuilder out, long ms) {
    long magnitude = ms;
    if (ms < 0) {
      out.append('-');
      magnitude = -ms;
    }
    long hours = magnitude / MS_PER_HOUR;
    long rest = magnitude % MS_PER_HOUR;
    if (hours < 10) {
      out.append('0');
    }
    out.append(hours).append(':');
    twoDigits(out, rest / 60_000).append(':');
    rest %= 60_000;
    twoDigits(out, rest / 1000).append('.');
    long millis = rest % 1000;
    if (millis < 100) {
      out.append('0');
    }
    if (millis < 10) {
      out.append('0');
    }
    return out.append(millis);
  }

  static String hms(long ms) {
    return appendHms(new StringBuilder(12), ms).toString();
  }

  private static StringBuilder twoDigits(StringBuilder out, long value) {
    if (value < 10) {
      out.append('0');
    }
    return out.append(value);
  }
}
