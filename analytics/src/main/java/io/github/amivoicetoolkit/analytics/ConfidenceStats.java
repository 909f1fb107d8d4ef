package io.github.amivoicetoolkit.analytics;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Statistics of a set of confidences: {@code conf_n}, {@code conf_mean}, {@code conf_min}, {@code
 * conf_max}, {@code conf_p10}, {@code conf_p50}, {@code conf_p90} and {@code low_conf_share}. Immutable.
 *
 * <p>Every figure but {@link #n()} is empty over an empty set (JSON {@code null}); never {@code NaN}.
 * Exact operations, so that another implementation gets the same bits:
 * <ul>
 *   <li>{@code mean = sum / n}, where {@code sum} adds the values as doubles left to right in the order
 *       given (document order; for pools, file order then document order);
 *   <li>{@code pP = sorted[rank - 1]} with {@code rank = ceil(P · n / 100)} computed exactly in integers
 *       (nearest rank; always a member of the set);
 *   <li>{@code low_conf_share = (double) count(value < threshold) / n}.
 * </ul>
 */
public final class ConfidenceStats {
  private static final ConfidenceStats EMPTY = new ConfidenceStats(0, 0, 0, 0, 0, 0, 0, 0);

  private final long n;
  private final double mean;
  private final double min;
  private final double max;
  private final double p10;
  private final double p50;
  private final double p90;
  private final double lowShare;

  private ConfidenceStats(long n, double mean, double min, double max, double p10, double p50, double p90,
      double lowShare) {
    this.n = n;
    this.mean = mean;
    this.min = min;
    this.max = max;
    this.p10 = p10;
    this.p50 = p50;
    this.p90 = p90;
    this.lowShare = lowShare;
  }

  /**
   * Statistics of {@code values[0, count)}, given in document order. Sorts {@code values} in that
   * range: pass a copy you may reorder.
   */
  static ConfidenceStats ofOwned(double[] values, int count, double threshold) {
    if (count == 0) {
      return EMPTY;
    }
    double sum = 0;
    long low = 0;
    for (int i = 0; i < count; i++) {
      sum += values[i];
      if (values[i] < threshold) {
        low++;
      }
    }
    Arrays.sort(values, 0, count);
    return new ConfidenceStats(count, sum / count, values[0], values[count - 1],
        nearestRank(values, count, 10), nearestRank(values, count, 50), nearestRank(values, count, 90),
        (double) low / count);
  }

  /**
   * Statistics of values given as counts: {@code counts[offset + r]} copies of {@code sorted[r]}, where
   * {@code sorted} is ascending in {@link Double#compare} order without repeats. {@code n} is the sum of
   * the counts and {@code sum} the values' sum in document order (see the class comment). Gives exactly
   * what {@link #of} gives for the same values in that order, in O(sorted.length).
   */
  static ConfidenceStats ofCounts(double[] sorted, long[] counts, int offset, long n, double sum,
      double threshold) {
    if (n == 0) {
      return EMPTY;
    }
    long rank10 = rank(n, 10);
    long rank50 = rank(n, 50);
    long rank90 = rank(n, 90);
    double min = 0;
    double max = 0;
    double p10 = 0;
    double p50 = 0;
    double p90 = 0;
    long low = 0;
    long seen = 0;
    for (int r = 0; r < sorted.length; r++) {
      long count = counts[offset + r];
      if (count == 0) {
        continue;
      }
      double value = sorted[r];
      if (seen == 0) {
        min = value;
      }
      max = value;
      if (value < threshold) {
        low += count;
      }
      long before = seen;
      seen += count;
      if (rank10 > before && rank10 <= seen) {
        p10 = value;
      }
      if (rank50 > before && rank50 <= seen) {
        p50 = value;
      }
      if (rank90 > before && rank90 <= seen) {
        p90 = value;
      }
    }
    return new ConfidenceStats(n, sum / n, min, max, p10, p50, p90, (double) low / n);
  }

  /** Statistics of {@code values} in the order given; the array is not modified. */
  public static ConfidenceStats of(double[] values, double threshold) {
    for (double value : values) {
      if (Double.isNaN(value)) {
        throw new IllegalArgumentException("confidence is NaN");
      }
    }
    return ofOwned(values.clone(), values.length, threshold);
  }

  /** The value at 1-based rank {@code ceil(percent · count / 100)} of the sorted values. */
  private static double nearestRank(double[] sorted, int count, int percent) {
    return sorted[(int) rank(count, percent) - 1];
  }

  /** {@code ceil(percent · n / 100)}, at least 1, in exact integer arithmetic. */
  private static long rank(long n, int percent) {
    return Math.max((percent * n + 99) / 100, 1);
  }

  public long n() {
    return n;
  }

  public boolean isEmpty() {
    return n == 0;
  }

  public OptionalDouble mean() {
    return figure(mean);
  }

  public OptionalDouble min() {
    return figure(min);
  }

  public OptionalDouble max() {
    return figure(max);
  }

  public OptionalDouble p10() {
    return figure(p10);
  }

  public OptionalDouble p50() {
    return figure(p50);
  }

  public OptionalDouble p90() {
    return figure(p90);
  }

  /** Share of the values strictly below the low-confidence threshold. */
  public OptionalDouble lowShare() {
    return figure(lowShare);
  }

  private OptionalDouble figure(double value) {
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConfidenceStats that && n == that.n
        && Double.compare(mean, that.mean) == 0 && Double.compare(min, that.min) == 0
        && Double.compare(max, that.max) == 0 && Double.compare(p10, that.p10) == 0
        && Double.compare(p50, that.p50) == 0 && Double.compare(p90, that.p90) == 0
        && Double.compare(lowShare, that.lowShare) == 0;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(n) * 31 + Double.hashCode(mean);
  }

  @Override
  public String toString() {
    if (n == 0) {
      return "ConfidenceStats{n=0}";
    }
    return "ConfidenceStats{n=" + n + ", mean=" + mean + ", min=" + min + ", max=" + max + ", p10=" + p10
        + ", p50=" + p50 + ", p90=" + p90 + ", lowShare=" + lowShare + "}";
  }
}
