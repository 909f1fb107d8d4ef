package io.github.amivoicetoolkit.core.internal;

/**
 * The one formatter of millisecond times as clock times, shared by tables ({@code HH:MM:SS.mmm}),
 * subtitles ({@code HH:MM:SS,mmm}, {@code HH:MM:SS.mmm}), text and terminal output ({@code HH:MM:SS}).
 * Hours take two digits or more (100 h is {@code 100:00:00.000}); a negative time gets a leading
 * {@code -}.
 *
 * <p>Not API: public only so that the toolkit's modules share it.
 */
public final class Clock {
  private static final long MS_PER_HOUR = 3_600_000L;

  private Clock() {}

  /** Appends {@code ms} as {@code HH:MM:SS<millisSeparator>mmm}. */
  public static StringBuilder append(StringBuilder out, long ms, char millisSeparator) {
    long magnitude = appendSeconds(out, ms);
    out.append(millisSeparator);
    long millis = magnitude % 1000;
    if (millis < 100) {
      out.append('0');
    }
    if (millis < 10) {
      out.append('0');
    }
    return out.append(millis);
  }

  /** {@code HH:MM:SS.mmm}. */
  public static String hms(long ms) {
    return append(new StringBuilder(12), ms, '.').toString();
  }

  /** Appends {@code ms} as {@code HH:MM:SS}, the milliseconds cut off; returns the magnitude of {@code ms}. */
  public static long appendSeconds(StringBuilder out, long ms) {
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
    twoDigits(out, rest % 60_000 / 1000);
    return magnitude;
  }

  private static StringBuilder twoDigits(StringBuilder out, long value) {
    if (value < 10) {
      out.append('0');
    }
    return out.append(value);
  }
}
