package io.github.amivoicetoolkit.core;

import java.util.Arrays;

/**
 * An immutable column of 16-bit unsigned values ({@code char}s) stored in fixed-size chunks: the
 * compact form of small ids (speakers, dictionary-encoded confidences). See {@link IntColumn} for why
 * chunks.
 */
final class CharColumn {
  private static final int SHIFT = IntColumn.SHIFT;
  private static final int MASK = IntColumn.MASK;

  private final char[][] chunks;
  private final int size;

  private CharColumn(char[][] chunks, int size) {
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
    private char[][] chunks = new char[4][];
    private char[] current;
    private int size;

    void add(int value) {
      int offset = size & MASK;
      if (offset == 0) {
        int chunk = size >>> SHIFT;
        if (chunk == chunks.length) {
          chunks = Arrays.copyOf(chunks, chunk * 2);
        }
        current = new char[IntColumn.CHUNK];
        chunks[chunk] = current;
      }
      current[offset] = (char) value;
      size++;
    }

    int get(int index) {
      return chunks[index >>> SHIFT][index & MASK];
    }

    int size() {
      return size;
    }

    CharColumn build() {
      int used = (size + MASK) >>> SHIFT;
      char[][] exact = Arrays.copyOf(chunks, used);
      int tail = size & MASK;
      if (tail != 0) {
        exact[used - 1] = Arrays.copyOf(exact[used - 1], tail);
      }
      return new CharColumn(exact, size);
    }
  }
}
