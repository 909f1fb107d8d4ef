package io.github.amivoicetoolkit.analytics;

import java.util.Map;
import java.util.TreeMap;

/**
 * Confidences pooled over files: counts per distinct value and the running sum, never the values
 * themselves, so a batch holds O(distinct values) however many files it pools. The sum adds each file's
 * values one at a time in document order, continuing from the previous file's, which makes the pooled
 * statistics exactly those of the concatenated values (see {@link ConfidenceStats}).
 */
final class ConfidencePool {
  // Double's natural order is Double.compare's, the order ConfidenceStats sorts in (-0.0 before 0.0)
  private final TreeMap<Double, long[]> counts = new TreeMap<>();
  private long n;
  private double sum;

  void add(Confidences confidences) {
    sum = confidences.sumOnto(sum);
    n += confidences.size();
    long[] byRank = confidences.counts();
    for (int rank = 0; rank < byRank.length; rank++) {
      if (byRank[rank] > 0) {
        counts.computeIfAbsent(confidences.value(rank), v -> new long[1])[0] += byRank[rank];
      }
    }
  }

  ConfidenceStats stats(double threshold) {
    double[] sorted = new double[counts.size()];
    long[] byRank = new long[counts.size()];
    int rank = 0;
    for (Map.Entry<Double, long[]> entry : counts.entrySet()) {
      sorted[rank] = entry.getKey();
      byRank[rank++] = entry.getValue()[0];
    }
    return ConfidenceStats.ofCounts(sorted, byRank, 0, n, sum, threshold);
  }
}
