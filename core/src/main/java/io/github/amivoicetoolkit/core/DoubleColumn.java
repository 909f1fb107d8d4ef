package io.github.amivoicetoolkit.core;

import java.util.Arrays;

/**
 * An immutable column of {@code double}s, dictionary-encoded.
 *
 * <p>Confidences and sentiment parameters take few distinct values (two decimals, small integers),
 * so each row stores a 16-bit id into a table of distinct values: two bytes a row instead of eight,
 * and every value exactly as parsed. Past 65,535 distinct values the ids widen to 32 bits. An absent
 * value is stored as {@code NaN}.
 */
final class DoubleColumn {
  private static final int MAX_NARROW = 0xFFFF;

  private final CharColumn narrowIds;
  private final IntColumn wideIds;
  private final double[] values;

  private DoubleColumn(CharColumn narrowIds, IntColumn wideIds, double[] values) {
    this.narrowIds = narrowIds;
    this.wideIds = wideIds;
    this.values = values;
  }

  int size() {
    return narrowIds != null ? narrowIds.size() : wideIds.size();
  }

  double get(int index) {
    return values[id(index)];
  }

  /** Id of row {@code index}'s value in {@link #value(int)}: rows with the same bits share an id. */
  int id(int index) {
    return narrowIds != null ? narrowIds.get(index) : wideIds.get(index);
  }

  /** The distinct value with id {@code id}. */
  double value(int id) {
    return values[id];
  }

  /** Number of distinct values (ids run from 0 to {@code distinct() - 1}). */
  int distinct() {
    return values.length;
  }

  /** Appends values; not thread-safe, used only while one document is read. */
  static final class Builder {
    private static final int SMALL = 128;
    private CharColumn.Builder narrow = new CharColumn.Builder();
    private IntColumn.Builder wide;
    // the distinct values' bits by id, and open addressing over them: a slot holds id + 1 (0 is empty)
    // and compares through keys. No key array per slot and small initial sizes, because a document
    // builds some twenty of these (confidences, sentiment parameters) and drops the tables at build
    private long[] keys = new long[8];
    private int distinct;
    private int[] slots = new int[16];
    // id + 1 of the whole numbers 0 to SMALL - 1 seen so far (0: not yet), made on first use
    private int[] smallIds;

    void add(double value) {
      int id = idOf(value);
      if (wide != null) {
        wide.add(id);
      } else if (id < MAX_NARROW) {
        narrow.add(id);
      } else {
        widen();
        wide.add(id);
      }
    }

    int size() {
      return wide != null ? wide.size() : narrow.size();
    }

    /** The value added at {@code index}, bit for bit. */
    double get(int index) {
      return Double.longBitsToDouble(keys[wide != null ? wide.get(index) : narrow.get(index)]);
    }

    private void widen() {
      wide = new IntColumn.Builder();
      for (int i = 0, n = narrow.size(); i < n; i++) {
        wide.add(narrow.get(i));
      }
      narrow = null;
    }

    private int idOf(double value) {
      // sentiment parameters are mostly small whole numbers: one array load instead of a hash probe
      int whole = (int) value;
      if (whole >= 0 && whole < SMALL && whole == value && (whole != 0 || Double.doubleToRawLongBits(value) == 0)) {
        if (smallIds == null) {
          smallIds = new int[SMALL];
        }
        int entry = smallIds[whole];
        if (entry == 0) {
          entry = lookUp(value) + 1;
          smallIds[whole] = entry;
        }
        return entry - 1;
      }
      return lookUp(value);
    }

    private int lookUp(double value) {
      long bits = Double.doubleToLongBits(value);
      int mask = slots.length - 1;
      int slot = mix(bits) & mask;
      int entry;
      while ((entry = slots[slot]) != 0) {
        if (keys[entry - 1] == bits) {
          return entry - 1;
        }
        slot = (slot + 1) & mask;
      }
      int id = distinct++;
      if (id == keys.length) {
        keys = Arrays.copyOf(keys, id * 2);
      }
      keys[id] = bits;
      slots[slot] = id + 1;
      if (distinct * 2 > slots.length) {
        rehash();
      }
      return id;
    }

    private void rehash() {
      slots = new int[slots.length * 2];
      int mask = slots.length - 1;
      for (int id = 0; id < distinct; id++) {
        int slot = mix(keys[id]) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = id + 1;
      }
    }

    /**
     * MurmurHash3's 64-bit finaliser. Small integers and short decimals have all-zero low mantissa
     * bits; a plain multiply leaves those zeros in the low bits the table mask keeps, and every such
     * value would probe from the same slot.
     */
    private static int mix(long bits) {
      long h = bits;
      h ^= h >>> 33;
      h *= 0xff51afd7ed558ccdL;
      h ^= h >>> 33;
      h *= 0xc4ceb9fe1a85ec53L;
      h ^= h >>> 33;
      return (int) h;
    }

    DoubleColumn build() {
      double[] exact = new double[distinct];
      for (int id = 0; id < distinct; id++) {
        exact[id] = Double.longBitsToDouble(keys[id]);
      }
      return wide != null
          ? new DoubleColumn(null, wide.build(), exact)
          : new DoubleColumn(narrow.build(), null, exact);
    }
  }
}
