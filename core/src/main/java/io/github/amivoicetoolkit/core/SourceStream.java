package io.github.amivoicetoolkit.core;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The caller's stream, remembering the last exception it threw. Jackson reports the encoding errors
 * of UTF-32 and UCS-4 input as {@code IOException}s too; this tells them apart from a read failure
 * of the stream itself, which stays an {@code IOException} while they become
 * {@link MalformedResultException}s.
 */
final class SourceStream extends FilterInputStream {
  private IOException failure;

  SourceStream(InputStream in) {
    super(in);
  }

  /** Whether {@code e} is an exception this stream's source threw. */
  boolean threw(Throwable e) {
    return e != null && e == failure;
  }

  @Override
  public int read() throws IOException {
    try {
      return in.read();
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    try {
      return in.read(buffer, offset, length);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public long skip(long n) throws IOException {
    try {
      return in.skip(n);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public int available() throws IOException {
    try {
      return in.available();
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  /**
   * Leaves the caller's stream open: {@link TranscriptReader#read(java.io.InputStream, String)} promises
   * not to close it, and the parser (or a gzip stream over this one) closes what it reads from.
   */
  @Override
  public void close() {
    // the caller's stream is the caller's to close
  }
}
