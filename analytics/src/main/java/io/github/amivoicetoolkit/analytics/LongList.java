package io.github.amivoicetoolkit.analytics;

import java.util.Arrays;

/** A growable {@code long[]}; {@link Intervals} packs one interval into each element. */
final class LongList {
  long[] values;
  int size;

  LongList() {
    values = new long[16];
  }

  void add(long value) {
    if (size == values.length) {
      long wanted = (long) size + (size >> 1) + 1;
      if (wanted > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("too many intervals: " + wanted);
      }
      values = Arrays.copyOf(values, (int) wanted);
    }
    values[size++] = value;
  }
}
