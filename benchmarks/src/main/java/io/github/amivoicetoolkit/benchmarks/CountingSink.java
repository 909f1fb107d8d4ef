package io.github.amivoicetoolkit.benchmarks;

import java.io.OutputStream;

/**
 * An output stream that discards what it is given and counts the bytes, so an export benchmark
 * measures the exporter and not the disk. The count goes back to JMH so the writes cannot be elided.
 */
final class CountingSink extends OutputStream {
  private long bytes;

  @Override
  public void write(int b) {
    bytes++;
  }

  @Override
  public void write(byte[] buffer, int offset, int length) {
    bytes += length;
  }

  long bytes() {
    return bytes;
  }
}
