package io.github.amivoicetoolkit.analytics;

import java.util.Arrays;

/** A growable {@code double[]}: one object per pool of values, never one per value. */
final class DoubleList {
  double[] values;
  int size;

  DoubleList() {
    this(16);
  }

  DoubleList(int capacity) {
    values = new double[Math.max(capacity, 4)];
  }

  void add(double value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, grow(values.length, 1));
    }
    values[size++] = value;
  }

  void addAll(double[] more) {
    if (size + more.length > values.length) {
      values = Arrays.copyOf(values, grow(values.length, more.length));
    }
    System.arraycopy(more, 0, values, size, more.length);
    size += more.length;
  }

  int size() {
    return size;
  }

  /** The values in the order they were added, trimmed to size (a copy). */
  double[] toArray() {
    return Arrays.copyOf(values, size);
  }

  private int grow(int capacity, int atLeast) {
    long wanted = Math.max((long) capacity + (capacity >> 1), (long) size + atLeast);
    if (wanted > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("too many values to pool: " + wanted);
    }
    return (int) wanted;
  }
}
