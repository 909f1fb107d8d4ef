package io.github.amivoicetoolkit.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A fixed-size byte buffer in front of an {@link OutputStream}, with the few primitives the result
 * writer needs. Text arrives already UTF-8 encoded and JSON-escaped (see {@link #jsonEscaped}), so the
 * hot path is array copies and digit loops: no {@code String}, no {@code Writer}, no per-token garbage.
 *
 * <p>When {@code out} is {@code null} nothing is written and {@link #count()} still advances, which
 * lets a caller measure a document without producing it.
 */
final class ByteSink {
  /** Large enough that a 64 KiB write reaches a file or gzip stream in one call. */
  private static final int BUFFER_SIZE = 1 << 16;

  private final OutputStream out;
  private final byte[] buffer = new byte[BUFFER_SIZE];
  private int position;
  private long flushed;

  ByteSink(OutputStream out) {
    this.out = out;
  }

  /** Bytes accepted so far, flushed or not. */
  long count() {
    return flushed + position;
  }

  void write(byte[] bytes) throws IOException {
    int length = bytes.length;
    if (length > BUFFER_SIZE - position) {
      drain();
      if (length > BUFFER_SIZE) {
        if (out != null) {
          out.write(bytes, 0, length);
        }
        flushed += length;
        return;
      }
    }
    System.arraycopy(bytes, 0, buffer, position, length);
    position += length;
  }

  void write(byte b) throws IOException {
    if (position == BUFFER_SIZE) {
      drain();
    }
    buffer[position++] = b;
  }

  /** Writes {@code value} in decimal, as JSON writes an integer. */
  void writeDecimal(long value) throws IOException {
    if (position > BUFFER_SIZE - 20) {
      drain();
    }
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        write(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
        return;
      }
      buffer[position++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long rest = value / 10; rest != 0; rest /= 10) {
      digits++;
    }
    int index = position + digits;
    position = index;
    do {
      buffer[--index] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value != 0);
  }

  /**
   * Writes {@code thousandths / 1000} with at most three decimals and no trailing zeros, keeping one
   * decimal for whole numbers when {@code keepPointZero} ({@code 1.0}; otherwise {@code 1}).
   */
  void writeFraction(int thousandths, boolean keepPointZero) throws IOException {
    writeDecimal(thousandths / 1000);
    int fraction = thousandths % 1000;
    if (fraction == 0) {
      if (keepPointZero) {
        write((byte) '.');
        write((byte) '0');
      }
      return;
    }
    write((byte) '.');
    int divisor = 100;
    while (fraction != 0) {
      write((byte) ('0' + fraction / divisor));
      fraction %= divisor;
      divisor /= 10;
    }
  }

  /** Passes everything buffered to the stream and flushes it. Does not close it. */
  void flush() throws IOException {
    drain();
    if (out != null) {
      out.flush();
    }
  }

  private void drain() throws IOException {
    if (position > 0) {
      if (out != null) {
        out.write(buffer, 0, position);
      }
      flushed += position;
      position = 0;
    }
  }

  /** The UTF-8 bytes of {@code text} as the inside of a JSON string (no quotes), escaped. */
  static byte[] jsonEscaped(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> escaped.append("\\\"");
        case '\\' -> escaped.append("\\\\");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\t' -> escaped.append("\\t");
        case '\b' -> escaped.append("\\b");
        case '\f' -> escaped.append("\\f");
        default -> {
          if (c < 0x20) {
            escaped.append(String.format("\\u%04x", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
