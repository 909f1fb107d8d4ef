package io.github.amivoicetoolkit.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where received audio goes: the bytes are written to a file while their count, their MD5 and
 * whether any of them is non-zero are worked out on the way. Bytes past {@code keepBytes} are
 * discarded, to simulate an upload cut short.
 */
final class AudioSink extends OutputStream {

  private final OutputStream file;
  private final MessageDigest md5;
  private final long keepBytes;
  private long size;
  private boolean anyNonZero;

  AudioSink(OutputStream file, long keepBytes) {
    this.file = file;
    this.keepBytes = keepBytes;
    try {
      this.md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    int kept = (int) Math.min(len, keepBytes - size);
    if (kept <= 0) {
      return;
    }
    file.write(b, off, kept);
    md5.update(b, off, kept);
    size += kept;
    for (int i = off, end = off + kept; !anyNonZero && i < end; i++) {
      anyNonZero = b[i] != 0;
    }
  }

  @Override
  public void close() throws IOException {
    file.close();
  }

  long size() {
    return size;
  }

  String md5Hex() {
    return HexFormat.of().formatHex(md5.digest());
  }

  /** Audio of no bytes or of zero bytes only: the simulator's notion of "no speech". */
  boolean silent() {
    return !anyNonZero;
  }
}
