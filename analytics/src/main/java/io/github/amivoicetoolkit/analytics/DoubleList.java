package io.github.amivoicetoolkit.analytics;

import java.util.Arrays;

/** A growable {@code double[]}: one object per pool of values, never one per value. */
final class DoubleList {
  double[] values = new double[16];
  int size;

  void add(double value) {
    if (size == values.length) {
      if (size > Integer.MAX_VALUE - 8 - (size >> 1)) {
        throw new IllegalStateException("too many values to pool: " + size);
      }
      values = Arrays.copyOf(values, size + (size >> 1));
    }
    values[size++] = value;
  }
}
