package io.github.amivoicetoolkit.core;

import java.util.Arrays;

/**
 * An immutable column of {@code int}s stored in fixed-size chunks.
 *
 * <p>Chunks, rather than one array grown by doubling, keep the bytes allocated while reading close
 * to the bytes retained afterwards: a growing array allocates every intermediate copy, a chunked
 * column allocates each element once (plus one trim of the last chunk).
 */
final class IntColumn {
  /**
   * 512 values a chunk. The last chunk is allocated whole and trimmed at build, so each of a
   * document's thirty-odd columns leaves up to one chunk of garbage: at 1,024 values, 8 % of all a
   * 90-minute parse allocated. Smaller chunks add a header and a reference per chunk to the retained
   * size, which at 256 outweighs the garbage they save.
   */
  static final int SHIFT = 9;
  static final int CHUNK = 1 << SHIFT;
  static final int MASK = CHUNK - 1;

  private final int[][] chunks;
  private final int size;

  private IntColumn(int[][] chunks, int size) {
    this.chunks = chunks;
    this.size = size;
  }

  int size() {
    return size;
  }

  int get(int index) {
    return chunks[index >>> SHIFT][index & MASK];
  }

  /** Appends values; not thread-safe, used only while one document is read. */
  static final class Builder {
    private int[][] chunks = new int[4][];
    private int[] current;
    private int size;

    void add(int value) {
      int offset = size & MASK;
      if (offset == 0) {
        int chunk = size >>> SHIFT;
        if (chunk == chunks.length) {
          chunks = Arrays.copyOf(chunks, chunk * 2);
        }
        current = new int[CHUNK];
        chunks[chunk] = current;
      }
      current[offset] = value;
      size++;
    }

    int get(int index) {
      return chunks[index >>> SHIFT][index & MASK];
    }

    void set(int index, int value) {
      chunks[index >>> SHIFT][index & MASK] = value;
    }

    int size() {
      return size;
    }

    IntColumn build() {
      int used = (size + MASK) >>> SHIFT;
      int[][] exact = Arrays.copyOf(chunks, used);
      int tail = size & MASK;
      if (tail != 0) {
        exact[used - 1] = Arrays.copyOf(exact[used - 1], tail);
      }
      return new IntColumn(exact, size);
    }
  }
}
