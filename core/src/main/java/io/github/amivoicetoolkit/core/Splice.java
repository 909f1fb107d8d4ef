package io.github.amivoicetoolkit.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One large document read by two threads: this thread reads it from the start, another reads runs of
 * elements from further on, and those runs are cut out of this thread's input and appended where
 * they were.
 *
 * <p>A cut is made before an element of the document's {@code segments} array (an object whose first
 * field is {@code results}), of its top-level {@code results} array (first field {@code tokens}) or
 * of its sentiment {@code segments} (first field {@code starttime}), found by its bytes: {@code },}
 * then, after any whitespace, {@code {"results":[}, {@code {"tokens":[} or {@code {"starttime":}. In
 * valid JSON those bytes are never inside a string (the quote after the brace would end the string and
 * a letter cannot follow), so the comma separates two elements of some array of objects. The other
 * thread reads {@code [} and the input from that element on, as a {@link ResultParser#readPart part},
 * to the array's end or to the first element that ends past a given size. This thread's input is the
 * document up to the comma, then from the part's end on: still valid JSON, the array without the
 * part's elements. When this thread's parser then ends an element of that kind exactly at the cut,
 * the cut was in that array and the part is appended ({@link #joinsAt}); when the part could not be
 * read, this thread's input simply goes on from the comma.
 *
 * <p>Two parts, read one after the other by the other thread, a quarter of the document each: one
 * from a quarter on, one from three quarters on (in a v1 result that is usually the sentiment, after
 * the segments and the full text). This thread reads the first quarter while the other reads the
 * first part, the third while it reads the second: a pipeline, each thread about half the bytes.
 *
 * <p>Everything else falls back to reading the document whole, from the start: a cut that turns out
 * to be in another array, and any error once the input was cut (its line, column and offset would
 * count without the part). An error before the first cut is the document's own, at its own place. So
 * a split read gives the transcript and the errors a whole read gives, never others.
 */
final class Splice implements AutoCloseable {
  /** What a part's elements are. */
  enum Kind { SEGMENTS, RESULTS, SENTIMENT }

  /** How far the search for a cut goes before giving up, as a fraction of the size. */
  private static final double SEARCH_END = 0.95;
  private static final int WINDOW = 64 * 1024;
  private static final byte[] RESULTS = {'"', 'r', 'e', 's', 'u', 'l', 't', 's', '"'};
  private static final byte[] TOKENS = {'"', 't', 'o', 'k', 'e', 'n', 's', '"'};
  private static final byte[] STARTTIME = {'"', 's', 't', 'a', 'r', 't', 't', 'i', 'm', 'e', '"'};

  private final Source source;
  private final List<Part> parts;
  private volatile boolean cancelled;
  private Thread thread;

  private Splice(Source source, List<Part> parts) {
    this.source = source;
    this.parts = parts;
  }

  /**
   * A splice of {@code source} with a part at the first cut from each of {@code from} on, of about
   * the {@code partBytes} at the same index (or shorter, when its array ends first); null when there
   * is no cut at all.
   */
  static Splice at(Source source, long[] from, long[] partBytes) throws IOException {
    List<Part> parts = new ArrayList<>();
    for (int p = 0; p < from.length; p++) {
      long after = parts.isEmpty() ? from[p] : Math.max(from[p], parts.get(parts.size() - 1).start);
      Part part = find(source, after, partBytes[p]);
      if (part != null) {
        parts.add(part);
      }
    }
    return parts.isEmpty() ? null : new Splice(source, List.copyOf(parts));
  }

  /** The first cut from {@code from} on, before 95 % of the input, as a part; null when there is none. */
  private static Part find(Source source, long from, long partBytes) throws IOException {
    long size = source.size();
    long end = Math.max(from, (long) (size * SEARCH_END));
    byte[] window = new byte[WINDOW];
    // windows overlap by the longest cut pattern we accept, whitespace aside
    int overlap = 64;
    for (long position = from; position < end; position += WINDOW - overlap) {
      int length = source.readFully(position, window, (int) Math.min(WINDOW, size - position));
      for (int i = 1; i < length; i++) {
        if (window[i] == ',' && window[i - 1] == '}') {
          Part part = cutAt(window, i, length, position, partBytes);
          if (part != null) {
            return part;
          }
        }
      }
      if (position + length >= size) {
        break;
      }
    }
    return null;
  }

  /** The part after the comma at {@code window[comma]}, if an element of a kind we cut starts after it. */
  private static Part cutAt(byte[] window, int comma, int length, long position, long partBytes) {
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
    } else if (startsWith(window, i, length, STARTTIME)) {
      kind = Kind.SENTIMENT;
      name = STARTTIME.length;
    } else {
      return null;
    }
    i = skipWhitespace(window, i + name, length);
    if (i >= length || window[i] != ':') {
      return null;
    }
    if (kind != Kind.SENTIMENT) {
      i = skipWhitespace(window, i + 1, length);
      if (i >= length || window[i] != '[') {
        return null;
      }
    }
    long start = position + brace;
    return new Part(position + comma, start, kind, start + partBytes);
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

  /**
   * Starts reading the parts, in order, on a thread of its own, with a factory whose nesting limit is
   * one less.
   */
  void start(JsonFactory partFactory, String sourceName, ReadOptions options) {
    thread = new Thread(() -> {
      long readTo = 0;
      for (Part part : parts) {
        if (part.comma < readTo || cancelled) {
          // the part before ran past this cut: this thread's input reads through it
          part.result.completeExceptionally(new IllegalStateException("overlaps the part before"));
        } else {
          part.read(partFactory, new PartInput(part), sourceName, options);
          readTo = part.result.isCompletedExceptionally() ? readTo : part.end;
        }
      }
    }, "amivoice-reader-part");
    thread.setDaemon(true);
    thread.start();
  }

  /** This thread's input: the document, less the parts that were read. */
  InputStream input() {
    return new MainInput();
  }

  /**
   * Whether this thread's read is no longer of the document as it is: a part was cut out of its input
   * or appended to its columns. Its errors' places may then be off.
   */
  boolean cut() {
    for (Part part : parts) {
      if (part.skipped || part.joined) {
        return true;
      }
    }
    return false;
  }

  /** How many parts were appended where they belong. */
  int joined() {
    int joined = 0;
    for (Part part : parts) {
      joined += part.joined ? 1 : 0;
    }
    return joined;
  }

  /** Whether a part may still join an element of {@code kind}. */
  boolean mayJoin(Kind kind) {
    for (Part part : parts) {
      if (!part.joined && part.kind == kind) {
        return true;
      }
    }
    return false;
  }

  /**
   * The part whose elements come right after the element whose closing brace ends just before
   * {@code offset} of this thread's input, or null: a part joins once, when the input is cut there,
   * that is when the part was read (this waits for it: the input may not have reached the cut yet,
   * the parser's buffer ending with that brace).
   */
  ResultParser joinsAt(Kind kind, long offset) {
    // this thread's input is the source less the parts cut out before: offsets shift by their lengths
    long removed = 0;
    for (Part part : parts) {
      if (part.joined) {
        removed += part.end - part.comma;
        continue;
      }
      if (part.kind == kind && offset == part.comma - removed && part.readWell()) {
        part.joined = true;
        return part.result.join();
      }
      if (part.skipped) {
        removed += part.end - part.comma;
      }
    }
    return null;
  }

  /** Whether this thread's input is the document with each part cut out of it appended where it belongs. */
  boolean consistent() {
    for (Part part : parts) {
      if (part.skipped != part.joined) {
        return false;
      }
    }
    return true;
  }

  /** Stops the other thread if it still runs, and waits for it. */
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

  /** A run of elements, from the element at {@code start} after the comma at {@code comma}. */
  private static final class Part {
    final long comma;
    final long start;
    final Kind kind;
    // where the part should end, in the source: with the first element that ends at or after it
    final long stop;
    final CompletableFuture<ResultParser> result = new CompletableFuture<>();
    // where the part ends in the source: set by the other thread before it completes `result`
    volatile long end = -1;
    // this thread's: its input skipped the part; its parser appended the part
    boolean skipped;
    boolean joined;

    Part(long comma, long start, Kind kind, long stop) {
      this.comma = comma;
      this.start = start;
      this.kind = kind;
      this.stop = stop;
    }

    /** Reads the part from {@code input}: {@code [} and the source from {@link #start} on. */
    void read(JsonFactory partFactory, InputStream input, String sourceName, ReadOptions options) {
      try (JsonParser parser = partFactory.createParser(ObjectReadContext.empty(), input)) {
        // the part's input is '[' and the source from `start` on: its offsets are the source's less start - 1
        ResultParser reader = new ResultParser(parser, sourceName, options, null, stop - (start - 1));
        end = start - 1 + reader.readPart(kind);
        result.complete(reader);
      } catch (Throwable e) {
        // this thread's input then goes on from the comma: the elements are read in place
        result.completeExceptionally(e);
      }
    }

    /** Waits for the part: whether it was read (false when it failed). */
    boolean await() throws InterruptedIOException {
      try {
        result.get();
        return true;
      } catch (ExecutionException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while another part of the document was read");
      }
    }

    /** {@link #await}, false when this thread is interrupted: its input's own wait at the cut then throws. */
    boolean readWell() {
      try {
        return await();
      } catch (InterruptedIOException e) {
        return false;
      }
    }
  }

  /** {@code [} and the source from a part's first element on. */
  private final class PartInput extends BlockInput {
    private final Part part;
    private long position;

    PartInput(Part part) {
      this.part = part;
      this.position = part.start - 1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (cancelled) {
        throw new InterruptedIOException("the document was read without this part");
      }
      if (length == 0) {
        return 0;
      }
      if (position == part.start - 1) {
        buffer[offset] = '[';
        position++;
        return 1;
      }
      int n = readAt(position, buffer, offset, length);
      if (n > 0) {
        position += n;
      }
      return n;
    }
  }

  /** The source, jumping from each part's comma to its end once the part was read. */
  private final class MainInput extends BlockInput {
    private long position;
    private int next;

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (next < parts.size() && position == parts.get(next).comma) {
        Part part = parts.get(next++);
        part.skipped = part.await();
        if (part.skipped) {
          position = part.end;
        }
      }
      while (next < parts.size() && parts.get(next).comma < position) {
        // passed without a jump: the part before ran past it, it was not read
        next++;
      }
      long limit = next < parts.size() ? parts.get(next).comma : Long.MAX_VALUE;
      int n = readAt(position, buffer, offset, (int) Math.min(length, limit - position));
      if (n > 0) {
        position += n;
      }
      return n;
    }
  }

  /**
   * A stream over the source read in blocks of 64 KiB: the parser asks for 8,000 bytes at a time,
   * and a positional read of a file is a system call and a copy each.
   */
  private abstract class BlockInput extends InputStream {
    private final byte[] block = new byte[64 * 1024];
    private long blockStart;
    private int blockLength;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    /** Up to {@code length} bytes of the source at {@code position}; -1 at its end. */
    final int readAt(long position, byte[] buffer, int offset, int length) throws IOException {
      if (position < blockStart || position >= blockStart + blockLength) {
        int n = source.read(position, block, 0, block.length);
        if (n <= 0) {
          return n;
        }
        blockStart = position;
        blockLength = n;
      }
      int at = (int) (position - blockStart);
      int n = Math.min(length, blockLength - at);
      System.arraycopy(block, at, buffer, offset, n);
      return n;
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
