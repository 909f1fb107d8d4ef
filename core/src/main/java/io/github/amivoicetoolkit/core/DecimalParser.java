package io.github.amivoicetoolkit.core;

/**
 * Parses a JSON number's characters to the {@code double} that {@link Double#parseDouble} gives,
 * without making a {@code String} in the common case.
 *
 * <p>Confidences such as {@code 0.96} have few digits: when the significand fits in 53 bits and the
 * power of ten is at most 22, both are exact doubles and one IEEE division or multiplication rounds
 * correctly (Clinger's fast path). Anything else falls back to {@code Double.parseDouble}.
 */
final class DecimalParser {
  private static final double[] POWERS_OF_TEN = new double[23];

  static {
    double power = 1;
    for (int i = 0; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = power;
      power *= 10;
    }
  }

  private static final long MAX_EXACT = 1L << 53;

  private DecimalParser() {}

  /**
   * The value of a JSON integer's text of at most 18 characters ({@code -?[0-9]+}, as the tokenizer
   * has checked), read straight from the parser's buffer: times and sentiment parameters skip
   * Jackson's number-type bookkeeping.
   */
  static long wholeNumber(char[] chars, int offset, int length) {
    int i = offset;
    int end = offset + length;
    boolean negative = chars[i] == '-';
    if (negative) {
      i++;
    }
    long value = 0;
    for (; i < end; i++) {
      value = value * 10 + (chars[i] - '0');
    }
    return negative ? -value : value;
  }

  static double parse(char[] chars, int offset, int length) {
    int i = offset;
    int end = offset + length;
    boolean negative = false;
    if (i < end && (chars[i] == '-' || chars[i] == '+')) {
      negative = chars[i] == '-';
      i++;
    }
    long significand = 0;
    int digits = 0;
    int scale = 0;
    boolean sawDot = false;
    for (; i < end; i++) {
      char c = chars[i];
      if (c >= '0' && c <= '9') {
        if (significand == 0 && c == '0') {
          if (sawDot) {
            scale++;
          }
          continue;
        }
        if (++digits > 15) {
          return slow(chars, offset, length);
        }
        significand = significand * 10 + (c - '0');
        if (sawDot) {
          scale++;
        }
      } else if (c == '.' && !sawDot) {
        sawDot = true;
      } else {
        break;
      }
    }
    if (i < end) {
      char c = chars[i];
      if (c != 'e' && c != 'E') {
        return slow(chars, offset, length);
      }
      int exponent = 0;
      boolean negativeExponent = false;
      i++;
      if (i < end && (chars[i] == '-' || chars[i] == '+')) {
        negativeExponent = chars[i] == '-';
        i++;
      }
      int exponentDigits = 0;
      for (; i < end; i++) {
        c = chars[i];
        if (c < '0' || c > '9' || ++exponentDigits > 3) {
          return slow(chars, offset, length);
        }
        exponent = exponent * 10 + (c - '0');
      }
      if (exponentDigits == 0) {
        return slow(chars, offset, length);
      }
      scale -= negativeExponent ? -exponent : exponent;
    }
    if (significand >= MAX_EXACT || scale > 22 || scale < -22) {
      return significand == 0 ? (negative ? -0.0 : 0.0) : slow(chars, offset, length);
    }
    double value = scale >= 0 ? significand / POWERS_OF_TEN[scale] : significand * POWERS_OF_TEN[-scale];
    return negative ? -value : value;
  }

  private static double slow(char[] chars, int offset, int length) {
    return Double.parseDouble(new String(chars, offset, length));
  }
}
