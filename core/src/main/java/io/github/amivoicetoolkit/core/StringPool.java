package io.github.amivoicetoolkit.core;

import java.util.Arrays;

/**
 * Dictionary encoding of strings read straight from the parser's character buffer.
 *
 * <p>{@link #intern(char[], int, int)} hashes and compares the characters in place, so a token's
 * {@code written} form that was seen before costs no allocation at all; only a new distinct string
 * is copied, into one shared character pool. {@link #freeze()} makes one {@code String} per
 * distinct value. Ids are dense, in order of first appearance.
 */
final class StringPool {
  // Everything here is garbage once freeze() has made the strings, so the pool keeps only what a
  // lookup needs: the characters, where each value starts (values are appended in id order, so the
  // next start is this value's end) and the table. Hashes are recomputed from the characters when
  // the table grows, which happens a dozen times per document.
  private char[] pool = new char[256];
  private int poolLength;
  // string id spans pool[bounds[id], bounds[id + 1]); bounds[count] == poolLength
  private int[] bounds = new int[32];
  private int count;
  // open addressing; slot holds id + 1, 0 is empty
  private int[] table = new int[32];

  int size() {
    return count;
  }

  int intern(String value) {
    char[] chars = value.toCharArray();
    return intern(chars, 0, chars.length);
  }

  int intern(char[] buffer, int offset, int length) {
    int mask = table.length - 1;
    int slot = hash(buffer, offset, length) & mask;
    int entry;
    while ((entry = table[slot]) != 0) {
      int start = bounds[entry - 1];
      int end = bounds[entry];
      if (end - start == length && Arrays.equals(pool, start, end, buffer, offset, offset + length)) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    return add(buffer, offset, length, slot);
  }

  /**
   * Interns every string of {@code other} in its id order and returns this pool's id of each: the
   * strings new to this pool get ids in the order they first appeared in {@code other}.
   */
  int[] internAll(StringPool other) {
    int[] ids = new int[other.count];
    for (int id = 0; id < other.count; id++) {
      ids[id] = intern(other.pool, other.bounds[id], other.length(id));
    }
    return ids;
  }

  private int add(char[] buffer, int offset, int length, int slot) {
    int id = count++;
    if (count == bounds.length) {
      bounds = Arrays.copyOf(bounds, count * 2);
    }
    if (poolLength + length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolLength + length));
    }
    System.arraycopy(buffer, offset, pool, poolLength, length);
    poolLength += length;
    bounds[count] = poolLength;
    table[slot] = id + 1;
    if (count * 2 > table.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    int[] bigger = new int[table.length * 2];
    int mask = bigger.length - 1;
    for (int id = 0; id < count; id++) {
      int slot = hash(pool, bounds[id], length(id)) & mask;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = id + 1;
    }
    table = bigger;
  }

  private static int hash(char[] buffer, int offset, int length) {
    int h = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + buffer[i];
    }
    // spread the bits: linear probing on String-style hashes of short CJK words clusters badly
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  /** True when {@code buffer[offset, offset + length)} is the string of {@code id}. */
  boolean matches(int id, char[] buffer, int offset, int length) {
    return length(id) == length && Arrays.equals(pool, bounds[id], bounds[id + 1], buffer, offset, offset + length);
  }

  /**
   * Length of the common prefix of the string of {@code id} from {@code offset} and
   * {@code buffer[from, end)}.
   */
  int commonPrefix(int id, int offset, char[] buffer, int from, int end) {
    int start = bounds[id] + offset;
    int length = Math.min(bounds[id + 1] - start, end - from);
    int mismatch = Arrays.mismatch(pool, start, start + length, buffer, from, from + length);
    return mismatch < 0 ? length : mismatch;
  }

  /** Appends {@code length} characters of the string of {@code id}, from {@code offset}. */
  void appendTo(StringBuilder target, int id, int offset, int length) {
    target.append(pool, bounds[id] + offset, length);
  }

  int length(int id) {
    return bounds[id + 1] - bounds[id];
  }

  /** One {@code String} per distinct value, indexed by id. */
  String[] freeze() {
    String[] strings = new String[count];
    for (int id = 0; id < count; id++) {
      strings[id] = new String(pool, bounds[id], length(id));
    }
    return strings;
  }
}
