package io.github.amivoicetoolkit.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a {@code multipart/form-data} body part by part without holding any part in memory: a
 * part's content is copied to a sink while the reader looks for the next delimiter in a fixed
 * buffer. Not thread-safe.
 */
final class MultipartReader {

  private static final int BUFFER_SIZE = 64 * 1024;
  private static final int MAX_HEADER_LINE = 8 * 1024;
  private static final int MAX_HEADER_LINES = 32;

  private final InputStream in;
  /** {@code CRLF--boundary}: what ends every part. */
  private final byte[] delimiter;
  private final byte[] buf = new byte[BUFFER_SIZE];
  private int pos;
  private int limit;
  private boolean eof;
  private boolean inBody;
  private boolean finished;

  MultipartReader(InputStream in, String boundary) {
    if (boundary.isEmpty() || boundary.length() > 200) {
      throw new IllegalArgumentException("boundary length out of range: " + boundary.length());
    }
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    // The first delimiter has no leading CRLF; pretending one was read makes every delimiter alike
    // and turns whatever precedes it into a preamble that is skipped like a part body.
    buf[0] = '\r';
    buf[1] = '\n';
    limit = 2;
    inBody = true;
  }

  /** The boundary parameter of a {@code multipart/form-data} content type, or null. */
  static String boundaryOf(String contentType) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return null;
    }
    for (String param : contentType.split(";")) {
      String p = param.trim();
      if (p.regionMatches(true, 0, "boundary=", 0, 9)) {
        String value = p.substring(9);
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }

  /**
   * Moves to the next part, skipping what is left of the current one, and returns its form field
   * name ({@code ""} when it has none), or null after the closing delimiter.
   */
  String nextPart() throws IOException {
    if (finished) {
      return null;
    }
    if (inBody) {
      copyBody(OutputStream.nullOutputStream());
    }
    ensure(2);
    if (limit - pos >= 2 && buf[pos] == '-' && buf[pos + 1] == '-') {
      finished = true;
      return null;
    }
    readLine(); // CRLF after the delimiter, possibly after transport padding
    String name = "";
    for (int lines = 0; ; lines++) {
      if (lines == MAX_HEADER_LINES) {
        throw new IOException("multipart part has more than " + MAX_HEADER_LINES + " header lines");
      }
      String line = readLine();
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
        name = fieldName(line.substring(colon + 1));
      }
    }
    inBody = true;
    return name;
  }

  /** Copies the current part's content to {@code sink} and returns its length in bytes. */
  long copyBody(OutputStream sink) throws IOException {
    if (!inBody) {
      throw new IllegalStateException("not positioned in a part; call nextPart() first");
    }
    long copied = 0;
    while (true) {
      int found = indexOfDelimiter();
      if (found >= 0) {
        sink.write(buf, pos, found - pos);
        copied += found - pos;
        pos = found + delimiter.length;
        inBody = false;
        return copied;
      }
      // Keep the last delimiter.length - 1 bytes: they may be the start of a delimiter.
      int safe = limit - (delimiter.length - 1);
      if (safe > pos) {
        sink.write(buf, pos, safe - pos);
        copied += safe - pos;
        pos = safe;
      }
      if (eof) {
        throw new IOException("multipart body ends before its closing boundary");
      }
      fill();
    }
  }

  private int indexOfDelimiter() {
    byte first = delimiter[0];
    int last = limit - delimiter.length;
    outer:
    for (int i = pos; i <= last; i++) {
      if (buf[i] != first) {
        continue;
      }
      for (int j = 1; j < delimiter.length; j++) {
        if (buf[i + j] != delimiter[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private String readLine() throws IOException {
    while (true) {
      for (int i = pos; i + 1 < limit; i++) {
        if (buf[i] == '\r' && buf[i + 1] == '\n') {
          String line = new String(buf, pos, i - pos, StandardCharsets.UTF_8);
          pos = i + 2;
          return line;
        }
      }
      if (limit - pos >= MAX_HEADER_LINE) {
        throw new IOException("multipart header line longer than " + MAX_HEADER_LINE + " bytes");
      }
      if (eof) {
        throw new IOException("multipart body ends inside a part header");
      }
      fill();
    }
  }

  private void ensure(int bytes) throws IOException {
    while (limit - pos < bytes && !eof) {
      fill();
    }
  }

  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }

  private static String fieldName(String disposition) {
    for (String param : disposition.split(";")) {
      String p = param.trim();
      if (p.regionMatches(true, 0, "name=", 0, 5)) {
        String value = p.substring(5).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value;
      }
    }
    return "";
  }
}
