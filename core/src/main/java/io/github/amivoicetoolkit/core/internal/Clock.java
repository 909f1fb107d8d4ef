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
  /** The most chars {@link #write} writes: a sign, 13 digits of hours (a {@code long} of ms) and {@code :MM:SS.mmm}. */
  public static final int MAX_LENGTH = 24;
  private static final long MS_PER_HOUR = 3_600_000L;

  private Clock() {}

  /** Appends {@code ms} as {@code HH:MM:SS<millisSeparator>mmm}. */
  public static StringBuilder append(StringBuilder out, long ms, char millisSeparator) {
    char[] text = new char[MAX_LENGTH];
    return out.append(text, 0, write(text, 0, ms, millisSeparator));
  }

  /** {@code HH:MM:SS.mmm}. */
  public static String hms(long ms) {
    char[] text = new char[MAX_LENGTH];
    return new String(text, 0, write(text, 0, ms, '.'));
  }

  /** Appends {@code ms} as {@code HH:MM:SS}, the milliseconds cut off. */
  public static StringBuilder appendSeconds(StringBuilder out, long ms) {
    char[] text = new char[MAX_LENGTH];
    return out.append(text, 0, writeSeconds(text, 0, ms));
  }

  /**
   * Writes {@code ms} as {@code HH:MM:SS<millisSeparator>mmm} into {@code out} from {@code at}, for writers
   * that format into a buffer of their own (CSV cells); at most {@link #MAX_LENGTH} chars.
   *
   * @return the index after the last char written
   */
  public static int write(char[] out, int at, long ms, char millisSeparator) {
    int end = writeSeconds(out, at, ms);
    // negative-safe: Long.MIN_VALUE has no positive counterpart
    int millis = (int) Math.abs(ms % 1000);
    out[end] = millisSeparator;
    out[end + 1] = (char) ('0' + millis / 100);
    return twoDigits(out, end + 2, millis % 100);
  }

  private static int writeSeconds(char[] out, int at, long ms) {
    int end = at;
    if (ms < 0) {
      out[end++] = '-';
    }
    long hours = Math.abs(ms / MS_PER_HOUR);
    int rest = (int) Math.abs(ms % MS_PER_HOUR);
    if (hours < 100) {
      end = twoDigits(out, end, (int) hours);
    } else {
      String digits = Long.toString(hours);
      digits.getChars(0, digits.length(), out, end);
      end += digits.length();
    }
    out[end++] = ':';
    end = twoDigits(out, end, rest / 60_000);
    out[end++] = ':';
    return twoDigits(out, end, rest % 60_000 / 1000);
  }

  private static int twoDigits(char[] out, int at, int value) {
    out[at] = (char) ('0' + value / 10);
    out[at + 1] = (char) ('0' + value % 10);
    return at + 2;
  }
}
