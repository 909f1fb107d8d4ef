package io.github.amivoicetoolkit.analytics;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * The confidences of one transcript's words (or utterances), counted instead of copied.
 *
 * <p>{@code core} stores a confidence column dictionary-encoded, and real results have few distinct
 * values (two decimals: at most 101). So the distinct values are sorted once, each value added is
 * kept as its rank in that order, and nearest-rank percentiles are read off counts per rank: O(n + d
 * log d) for n values with d distinct, where copying and sorting the values was O(n log n) and 8 bytes
 * per value. The ranks are kept in document order so that a pool over several files ({@link
 * ConfidencePool}) can add the values in the order {@link ConfidenceStats} prescribes for its mean.
 *
 * <p>Not thread-safe; filled once, then only read.
 */
final class Confidences {
  private final double[] sorted;
  private final int[] rankOfId;
  private final int[] ranks;
  private final long[] counts;
  private int size;
  private double sum;

  /**
   * @param distinct number of ids of the column ({@code 0 <= id < distinct})
   * @param valueOfId the value of each id; the id whose value is {@code NaN} stands for "absent"
   * @param capacity the most values that will be {@linkplain #add(int) added}
   */
  Confidences(int distinct, IntToDoubleFunction valueOfId, int capacity) {
    double[] byId = new double[distinct];
    double[] present = new double[distinct];
    int count = 0;
    for (int id = 0; id < distinct; id++) {
      byId[id] = valueOfId.applyAsDouble(id);
      if (!Double.isNaN(byId[id])) {
        present[count++] = byId[id];
      }
    }
    sorted = Arrays.copyOf(present, count);
    // distinct bits, so Double.compare order (-0.0 before 0.0) has no ties and binary search is exact
    Arrays.sort(sorted);
    rankOfId = new int[distinct];
    for (int id = 0; id < distinct; id++) {
      rankOfId[id] = Double.isNaN(byId[id]) ? -1 : Arrays.binarySearch(sorted, byId[id]);
    }
    ranks = new int[capacity];
    counts = new long[count];
  }

  /** Rank of column id {@code id} among the sorted distinct values, or {@code -1} for "absent". */
  int rankOf(int id) {
    return rankOfId[id];
  }

  /** Number of distinct values present (ranks run from 0 to {@code distinct() - 1}). */
  int distinct() {
    return sorted.length;
  }

  /** The value of rank {@code rank}. */
  double value(int rank) {
    return sorted[rank];
  }

  /** Adds the value of rank {@code rank} (not {@code -1}) as the next one in document order. */
  void add(int rank) {
    ranks[size++] = rank;
    counts[rank]++;
    sum += sorted[rank];
  }

  /** Number of values added. */
  int size() {
    return size;
  }

  /** {@code acc} plus every value added, one at a time in the order they were added. */
  double sumOnto(double acc) {
    for (int i = 0; i < size; i++) {
      acc += sorted[ranks[i]];
    }
    return acc;
  }

  /** Count of the values of each rank added so far; aligned with {@link #value(int)}. Not a copy. */
  long[] counts() {
    return counts;
  }

  /** The {@link ConfidenceStats} of every value added. */
  ConfidenceStats stats(double threshold) {
    return ConfidenceStats.ofCounts(sorted, counts, 0, size, sum, threshold);
  }

  /**
   * The {@link ConfidenceStats} of a subset of this column's values counted by rank elsewhere: {@code
   * counts[offset + rank]}, {@code n} values in all, {@code sum} their document-order sum.
   */
  ConfidenceStats statsOf(long[] counts, int offset, long n, double sum, double threshold) {
    return ConfidenceStats.ofCounts(sorted, counts, offset, n, sum, threshold);
  }
}
