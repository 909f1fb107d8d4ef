package io.github.amivoicetoolkit.exporters.report;

import io.github.amivoicetoolkit.core.internal.Clock;
import java.util.Locale;
import java.util.OptionalDouble;

/** Escaping and number formatting shared by the HTML report, its SVG charts and the batch index. */
final class Html {
  private Html() {}

  /**
   * Appends text escaped for HTML text and attribute values. Characters HTML forbids in a document (C0
   * controls other than tab, line feed and carriage return, and noncharacters) become U+FFFD, so an odd
   * token never makes the page invalid.
   */
  static StringBuilder text(StringBuilder out, String text) {
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\r' -> out.append(' ');
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF
              || c >= 0xFDD0 && c <= 0xFDEF) {
            out.append('\uFFFD');
          } else if (Character.isHighSurrogate(c) && k + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(k + 1))) {
            out.append(c).append(text.charAt(++k));
          } else if (Character.isSurrogate(c)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out;
  }

  static String text(String text) {
    return text(new StringBuilder(text.length() + 8), text).toString();
  }

  /** {@code HH:MM:SS}. */
  static String clock(long ms) {
    StringBuilder out = new StringBuilder(10);
    Clock.appendSeconds(out, ms);
    return out.toString();
  }

  /**
   * A length of time for people: {@code 3.2 s} under a minute, {@code 4:05} under an hour, else
   * {@code 2:04:05}.
   */
  static String duration(long ms) {
    if (Math.abs(ms) < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    long seconds = Math.abs(ms) / 1000;
    String sign = ms < 0 ? "-" : "";
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%s%d:%02d", sign, seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%s%d:%02d:%02d", sign, seconds / 3600, seconds / 60 % 60, seconds % 60);
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
  }

  static String percent(OptionalDouble fraction) {
    return fraction.isPresent() ? percent(fraction.getAsDouble()) : "–";
  }

  static String decimal(OptionalDouble value, int digits) {
    return value.isPresent() ? String.format(Locale.ROOT, "%." + digits + "f", value.getAsDouble()) : "–";
  }

  /** A coordinate: at most one decimal, no trailing zero, so the SVG stays short. */
  static String px(double value) {
    long tenths = Math.round(value * 10);
    String sign = tenths < 0 ? "-" : "";
    long magnitude = Math.abs(tenths);
    return magnitude % 10 == 0 ? sign + magnitude / 10 : sign + magnitude / 10 + "." + magnitude % 10;
  }

  /** A value for a tooltip or table: four significant digits. */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.4g", value);
  }
}
