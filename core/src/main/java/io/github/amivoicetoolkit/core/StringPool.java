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
  private char[] pool = new char[1024];
  private int poolLength;
  private int[] starts = new int[64];
  private int[] lengths = new int[64];
  private int[] hashes = new int[64];
  private int count;
  // open addressing; slot holds id + 1, 0 is empty
  private int[] table = new int[128];

  int size() {
    return count;
  }

  int intern(String value) {
    char[] chars = value.toCharArray();
    return intern(chars, 0, chars.length);
  }

  int intern(char[] buffer, int offset, int length) {
    int hash = hash(buffer, offset, length);
    int mask = table.length - 1;
    int slot = hash & mask;
    int entry;
    while ((entry = table[slot]) != 0) {
      int id = entry - 1;
      if (hashes[id] == hash && lengths[id] == length
          && Arrays.equals(pool, starts[id], starts[id] + length, buffer, offset, offset + length)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    return add(buffer, offset, length, hash, slot);
  }

  private int add(char[] buffer, int offset, int length, int hash, int slot) {
    int id = count++;
    if (id == starts.length) {
      int capacity = id * 2;
      starts = Arrays.copyOf(starts, capacity);
      lengths = Arrays.copyOf(lengths, capacity);
      hashes = Arrays.copyOf(hashes, capacity);
    }
    if (poolLength + length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolLength + length));
    }
    System.arraycopy(buffer, offset, pool, poolLength, length);
    starts[id] = poolLength;
    lengths[id] = length;
    hashes[id] = hash;
    poolLength += length;
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
      int slot = hashes[id] & mask;
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

  /** True when {@code text} continues at {@code offset} with the string of {@code id}. */
  boolean matchesAt(int id, String text, int offset) {
    int length = lengths[id];
    if (offset + length > text.length()) {
      return false;
    }
    int start = starts[id];
    for (int i = 0; i < length; i++) {
      if (pool[start + i] != text.charAt(offset + i)) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code buffer[offset, end)} continues with the string of {@code id}. */
  boolean matchesAt(int id, char[] buffer, int offset, int end) {
    int length = lengths[id];
    return offset + length <= end
        && Arrays.equals(pool, starts[id], starts[id] + length, buffer, offset, offset + length);
  }

  char charAt(int id, int index) {
    return pool[starts[id] + index];
  }

  int length(int id) {
    return lengths[id];
  }

  /** One {@code String} per distinct value, indexed by id. */
  String[] freeze() {
    String[] strings = new String[count];
    for (int id = 0; id < count; id++) {
      strings[id] = new String(pool, starts[id], lengths[id]);
    }
    return strings;
  }
}
