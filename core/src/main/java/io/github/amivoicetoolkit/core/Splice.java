package io.github.amivoicetoolkit.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One large document read by two threads: this thread reads it from the start, another reads a run
 * of elements from its middle, and that run is cut out of this thread's input and appended where it
 * was.
 *
 * <p>The cut is made before an element of the document's {@code segments} array (an object whose
 * first field is {@code results}) or of its top-level {@code results} array (an object whose first
 * field is {@code tokens}), found by its bytes: {@code },} then {@code {"results":[} or
 * {@code {"tokens":[}, with any whitespace after the comma. In valid JSON those bytes are never
 * inside a string (the quote after the brace would end the string and a letter cannot follow), so the
 * comma separates two elements of some array of objects. The other thread reads {@code [} and the
 * input from that element on, as a {@link ResultParser#readPart part}, to the array's end or to the
 * first element that ends past a given size. This thread's input is the document up to the comma,
 * then from the part's end on: still valid JSON, the array without the part's elements. When this
 * thread's parser then ends an element of the document's {@code segments} (or top-level
 * {@code results}) array exactly at the cut, the cut was in that array and the part is appended
 * ({@link #joinsAt}); when the part could not be read, this thread's input simply goes on from the
 * comma, and the document is read whole.
 *
 * <p>Everything else falls back to reading the document whole, from the start: a cut that turns out
 * to be in another array, and any error once the input was cut (its line, column and offset would
 * count without the part). An error before the cut is the document's own, at its own place. So a
 * split read gives the transcript and the errors a whole read gives, never others.
 */
final class Splice implements AutoCloseable {
  /** What the part's elements are. */
  enum Kind { SEGMENTS, RESULTS }

  /** How far past the middle the search for a cut goes before giving up, as a fraction of the size. */
  private static final double SEARCH_END = 0.85;
  private static final int WINDOW = 64 * 1024;
  private static final byte[] RESULTS = {'"', 'r', 'e', 's', 'u', 'l', 't', 's', '"'};
  private static final byte[] TOKENS = {'"', 't', 'o', 'k', 'e', 'n', 's', '"'};

  private final Source source;
  private final long comma;
  private final long start;
  private final Kind kind;
  // where the part should end, in the source: with the first element that ends at or after it
  private final long stop;
  private final CompletableFuture<ResultParser> part = new CompletableFuture<>();
  private volatile boolean cancelled;
  private Thread thread;
  // where the part's array ends in the source: set by the part's thread before it completes `part`
  private volatile long partEnd = -1;
  // this thread's: its input skipped the part; its parser appended the part
  private boolean skipped;
  private boolean joined;

  private Splice(Source source, long comma, long start, Kind kind, long partBytes) {
    this.source = source;
    this.comma = comma;
    this.start = start;
    this.kind = kind;
    this.stop = start + partBytes;
  }

  /**
   * A splice of {@code source} at the first cut from {@code from} on whose part is about
   * {@code partBytes} long (or shorter, when its array ends first), or null when there is no cut
   * before 85 % of the input.
   */
  static Splice at(Source source, long from, long partBytes) throws IOException {
    long size = source.size();
    long end = Math.max(from, (long) (size * SEARCH_END));
    byte[] window = new byte[WINDOW];
    // windows overlap by the longest cut pattern we accept, whitespace aside
    int overlap = 64;
    for (long position = from; position < end; position += WINDOW - overlap) {
      int length = source.readFully(position, window, (int) Math.min(WINDOW, size - position));
      for (int i = 0; i < length; i++) {
        if (window[i] == ',') {
          Splice splice = i > 0 && window[i - 1] == '}' ? cutAt(source, window, i, length, position, partBytes) : null;
          if (splice != null) {
            return splice;
          }
        }
      }
      if (position + length >= size) {
        break;
      }
    }
    return null;
  }

  /** The splice whose comma is {@code window[comma]}, if an element of a kind we cut starts after it. */
  private static Splice cutAt(Source source, byte[] window, int comma, int length, long position,
      long partBytes) {
    int i = skipWhitespace(window, comma + 1, length);
    if (i >= length || window[i] != '{') {
      return null;
    }
    int brace = i;
    i = skipWhitespace(window, i + 1, length);
    Kind kind;
    int name;
    if (startsWith(window, i, length, RESULTS)) {
      kind = Kind.SEGMENTS;
      name = RESULTS.length;
    } else if (startsWith(window, i, length, TOKENS)) {
      kind = Kind.RESULTS;
      name = TOKENS.length;
    } else {
      return null;
    }
    i = skipWhitespace(window, i + name, length);
    if (i >= length || window[i] != ':') {
      return null;
    }
    i = skipWhitespace(window, i + 1, length);
    if (i >= length || window[i] != '[') {
      return null;
    }
    return new Splice(source, position + comma, position + brace, kind, partBytes);
  }

  private static int skipWhitespace(byte[] bytes, int from, int length) {
    int i = from;
    while (i < length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
      i++;
    }
    return i;
  }

  private static boolean startsWith(byte[] bytes, int at, int length, byte[] prefix) {
    if (at + prefix.length > length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (bytes[at + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  /** Starts reading the part on a thread of its own, with a factory whose nesting limit is one less. */
  void start(JsonFactory partFactory, String sourceName, ReadOptions options) {
    thread = new Thread(() -> readPart(partFactory, sourceName, options), "amivoice-reader-part");
    thread.setDaemon(true);
    thread.start();
  }

  private void readPart(JsonFactory partFactory, String sourceName, ReadOptions options) {
    try (JsonParser parser = partFactory.createParser(ObjectReadContext.empty(), new PartInput())) {
      // the part's input is '[' and the source from `start` on: its offsets are the source's less start - 1
      ResultParser reader = new ResultParser(parser, sourceName, options, null, stop - (start - 1));
      long end = reader.readPart(kind);
      partEnd = start - 1 + end;
      part.complete(reader);
    } catch (Throwable e) {
      // the input then goes on from the comma and the document is read whole: its errors are its own
      part.completeExceptionally(e);
    }
  }

  /** This thread's input: the document up to the cut's comma, then from the part's end on. */
  InputStream input() {
    return new MainInput();
  }

  /**
   * Whether this thread's read is no longer of the document as it is: the part was cut out of its
   * input or appended to its columns. Its errors' places may then be off.
   */
  boolean cut() {
    return skipped || joined;
  }

  /** Whether the part was appended where it belongs. */
  boolean joined() {
    return joined;
  }

  /** Whether the part may still join an element of {@code kind}. */
  boolean mayJoin(Kind elementKind) {
    return !joined && elementKind == kind;
  }

  /**
   * Whether the part's elements come right after the element whose closing brace ends just before
   * {@code offset} of this thread's input: they do once, when the input is cut there, that is when
   * the part was read (this waits for it: the input may not have reached the cut yet, the parser's
   * buffer ending with that brace).
   */
  boolean joinsAt(long offset) {
    if (joined || offset != comma || !partRead()) {
      return false;
    }
    joined = true;
    return true;
  }

  /** Whether the part was read; false when it failed, or when this thread is interrupted waiting. */
  private boolean partRead() {
    try {
      part.get();
      return true;
    } catch (ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      // the input's own wait at the cut then fails at once, as an InterruptedIOException
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The part, once {@link #joinsAt} said it joins. */
  ResultParser part() {
    return part.join();
  }

  /** Whether this thread's input is the document with the part where it belongs. */
  boolean consistent() {
    return skipped == joined;
  }

  /** Stops the part's thread if it still runs, and waits for it. */
  @Override
  public void close() {
    cancelled = true;
    if (thread == null) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** {@code [} and the source from the part's first element on. */
  private final class PartInput extends InputStream {
    private long position = start - 1;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (cancelled) {
        throw new InterruptedIOException("the document was read without this part");
      }
      if (length == 0) {
        return 0;
      }
      if (position == start - 1) {
        buffer[offset] = '[';
        position++;
        return 1;
      }
      int n = source.read(position, buffer, offset, length);
      if (n > 0) {
        position += n;
      }
      return n;
    }
  }

  /** The source up to the comma, then from the part's end (or, when there is no part, the comma) on. */
  private final class MainInput extends InputStream {
    private long position;
    private long limit = comma;
    private boolean atCut = true;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (position == limit && atCut) {
        atCut = false;
        limit = Long.MAX_VALUE;
        skipped = awaitPart();
        position = skipped ? partEnd : comma;
      }
      int n = source.read(position, buffer, offset, (int) Math.min(length, limit - position));
      if (n > 0) {
        position += n;
      }
      return n;
    }

    private boolean awaitPart() throws InterruptedIOException {
      try {
        part.get();
        return true;
      } catch (ExecutionException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while the other half of the document was read");
      }
    }
  }

  /** Bytes read by position, by either thread. */
  abstract static class Source {
    abstract long size() throws IOException;

    /** Up to {@code length} bytes at {@code position}; -1 at the end. */
    abstract int read(long position, byte[] buffer, int offset, int length) throws IOException;

    /** As many of {@code length} bytes at {@code position} as there are. */
    final int readFully(long position, byte[] buffer, int length) throws IOException {
      int total = 0;
      while (total < length) {
        int n = read(position + total, buffer, total, length - total);
        if (n < 0) {
          break;
        }
        total += n;
      }
      return total;
    }

    static Source of(FileChannel channel) {
      return new Source() {
        @Override
        long size() throws IOException {
          return channel.size();
        }

        @Override
        int read(long position, byte[] buffer, int offset, int length) throws IOException {
          return channel.read(ByteBuffer.wrap(buffer, offset, length), position);
        }
      };
    }

    static Source of(byte[] bytes) {
      return new Source() {
        @Override
        long size() {
          return bytes.length;
        }

        @Override
        int read(long position, byte[] buffer, int offset, int length) {
          if (position >= bytes.length) {
            return -1;
          }
          int n = (int) Math.min(length, bytes.length - position);
          System.arraycopy(bytes, (int) position, buffer, offset, n);
          return n;
        }
      };
    }
  }
}
