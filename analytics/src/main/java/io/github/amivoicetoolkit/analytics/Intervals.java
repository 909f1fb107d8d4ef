package io.github.amivoicetoolkit.analytics;

import java.util.Arrays;

/**
 * Half-open intervals {@code [start, end)} of int ms packed one per {@code long}: start in the high
 * half, end in the low half. Sorting the packed values sorts by start, which is all a union needs.
 */
final class Intervals {
  private Intervals() {}

  static long pack(int start, int end) {
    return ((long) start << 32) | (end & 0xFFFF_FFFFL);
  }

  static int start(long interval) {
    return (int) (interval >> 32);
  }

  static int end(long interval) {
    return (int) interval;
  }

  /**
   * Appends {@code [start, end)} to a list that {@link #mergeInPlace} will merge, folding it into the
   * last interval when it starts inside that one (or where it ends): the union is the same, and tokens
   * arriving in time order then cost one interval per run of touching tokens instead of one each.
   */
  static void append(LongList list, int start, int end) {
    if (list.size > 0) {
      long last = list.values[list.size - 1];
      int lastStart = start(last);
      int lastEnd = end(last);
      if (start >= lastStart && start <= lastEnd) {
        if (end > lastEnd) {
          list.values[list.size - 1] = pack(lastStart, end);
        }
        return;
      }
    }
    list.add(pack(start, end));
  }

  /**
   * Replaces the list's intervals by their union: sorted, disjoint and not touching. Sorts only when
   * the intervals are out of order (tokens usually arrive sorted, so this is one linear check).
   *
   * @return the length of the union in ms
   */
  static long mergeInPlace(LongList list) {
    long[] v = list.values;
    int n = list.size;
    if (n == 0) {
      return 0;
    }
    for (int i = 1; i < n; i++) {
      if (v[i] < v[i - 1]) {
        Arrays.sort(v, 0, n);
        break;
      }
    }
    long length = 0;
    int written = 0;
    int runStart = start(v[0]);
    int runEnd = end(v[0]);
    for (int i = 1; i < n; i++) {
      int s = start(v[i]);
      int e = end(v[i]);
      if (s <= runEnd) {
        runEnd = Math.max(runEnd, e);
      } else {
        v[written++] = pack(runStart, runEnd);
        length += (long) runEnd - runStart;
        runStart = s;
        runEnd = e;
      }
    }
    v[written++] = pack(runStart, runEnd);
    length += (long) runEnd - runStart;
    list.size = written;
    return length;
  }

  /**
   * Lengths of the intersections of query intervals with one merged list (see {@link #mergeInPlace}).
   * Remembers where the last query began, so queries in time order (sentiment segments usually are)
   * cost a short forward walk each instead of a binary search; a query earlier than the last one
   * searches the whole list again.
   */
  static final class Cursor {
    private static final int WALK = 8;
    private final LongList merged;
    private int position;

    Cursor(LongList merged) {
      this.merged = merged;
    }

    /** Length of the intersection of {@code [start, end)} with the list. */
    long overlap(int start, int end) {
      long[] v = merged.values;
      int n = merged.size;
      int i = position;
      if (i > 0 && end(v[i - 1]) > start) {
        i = 0;
      }
      // first interval whose end is after start: the ends of a merged list are sorted too
      for (int steps = 0; i < n && end(v[i]) <= start; i++) {
        if (++steps == WALK) {
          i = firstEndingAfter(v, i, n, start);
          break;
        }
      }
      position = i;
      long total = 0;
      for (; i < n && start(v[i]) < end; i++) {
        total += (long) Math.min(end(v[i]), end) - Math.max(start(v[i]), start);
      }
      return total;
    }

    private static int firstEndingAfter(long[] v, int low, int high, int start) {
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (end(v[mid]) <= start) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }

  /**
   * Time covered by at least one list ({@code speechMs}) and by at least two ({@code overlapMs}); the
   * window from the first start to the last end ({@code windowMs}, 0 when there is no interval); and the
   * silences: the gaps between covered stretches of at least the threshold, counted, summed and the
   * longest ({@code Long.MIN_VALUE} when none).
   */
  record Coverage(long speechMs, long overlapMs, long windowMs, long silences, long silenceMs, long longestSilence) {
    java.util.OptionalLong longestSilenceMs() {
      return silences == 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(longestSilence);
    }
  }

  /**
   * One sweep over the start and end events of several merged lists, k-way merged with a binary heap:
   * O(m log k) for m intervals of k speakers. At equal times ends come before starts (half-open), so
   * intervals of two speakers that touch leave no gap. Every uncovered gap of at least {@code
   * max(1, silenceThresholdMs)} is appended to {@code silences}, in time order.
   */
  static Coverage coverage(LongList[] mergedLists, long silenceThresholdMs, LongList silences) {
    long threshold = Math.max(1, silenceThresholdMs);
    long silenceCount = 0;
    long silenceMs = 0;
    long longestSilence = Long.MIN_VALUE;
    boolean started = false;
    long windowStart = 0;
    int k = mergedLists.length;
    int[] next = new int[k];
    boolean[] inside = new boolean[k];
    long[] key = new long[k];
    int[] heap = new int[k];
    int heapSize = 0;
    for (int s = 0; s < k; s++) {
      if (mergedLists[s].size > 0) {
        key[s] = eventKey(mergedLists[s].values[0], false);
        heap[heapSize++] = s;
        siftUp(heap, key, heapSize - 1);
      }
    }
    long speech = 0;
    long overlap = 0;
    int active = 0;
    long previous = 0;
    while (heapSize > 0) {
      int s = heap[0];
      long time = key[s] >> 1;
      if (active >= 1) {
        speech += time - previous;
      }
      if (active >= 2) {
        overlap += time - previous;
      }
      if (inside[s]) {
        active--;
        inside[s] = false;
        next[s]++;
      } else {
        if (!started) {
          started = true;
          windowStart = time;
        } else if (active == 0 && time - previous >= threshold) {
          // previous is the end at which the coverage last dropped to zero
          silenceCount++;
          silenceMs += time - previous;
          longestSilence = Math.max(longestSilence, time - previous);
          silences.add(pack((int) previous, (int) time));
        }
        active++;
        inside[s] = true;
      }
      previous = time;
      if (next[s] < mergedLists[s].size) {
        key[s] = eventKey(mergedLists[s].values[next[s]], inside[s]);
        siftDown(heap, key, heapSize, 0);
      } else {
        heap[0] = heap[--heapSize];
        siftDown(heap, key, heapSize, 0);
      }
    }
    long windowMs = started ? previous - windowStart : 0;
    return new Coverage(speech, overlap, windowMs, silenceCount, silenceMs, longestSilence);
  }

  /** Event time doubled, plus one for a start, so that an end sorts before a start at the same time. */
  private static long eventKey(long interval, boolean atEnd) {
    return atEnd ? (long) end(interval) << 1 : ((long) start(interval) << 1) | 1;
  }

  private static void siftUp(int[] heap, long[] key, int index) {
    int item = heap[index];
    while (index > 0) {
      int parent = (index - 1) >>> 1;
      if (key[heap[parent]] <= key[item]) {
        break;
      }
      heap[index] = heap[parent];
      index = parent;
    }
    heap[index] = item;
  }

  private static void siftDown(int[] heap, long[] key, int size, int index) {
    if (size == 0) {
      return;
    }
    int item = heap[index];
    while (true) {
      int child = 2 * index + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && key[heap[child + 1]] < key[heap[child]]) {
        child++;
      }
      if (key[item] <= key[heap[child]]) {
        break;
      }
      heap[index] = heap[child];
      index = child;
    }
    heap[index] = item;
  }
}
