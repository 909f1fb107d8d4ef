package io.github.amivoicetoolkit.analytics;

import io.github.amivoicetoolkit.core.Sentiment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Running per-parameter sums and counts of sentiment segments, in the order they are added. Parameters
 * of several files are pooled by name, in order of first appearance.
 */
final class SentimentPool {
  private final String speaker;
  private final List<String> parameters = new ArrayList<>();
  private double[] sums = new double[0];
  private long[] counts = new long[0];
  private long segments;

  SentimentPool(String speaker) {
    this.speaker = speaker;
  }

  /** Maps each parameter index of {@code sentiment} to this pool's index, adding unseen names. */
  int[] parameterMap(Sentiment sentiment) {
    List<String> names = sentiment.parameters();
    int[] map = new int[names.size()];
    for (int p = 0; p < map.length; p++) {
      int index = parameters.indexOf(names.get(p));
      if (index < 0) {
        index = parameters.size();
        parameters.add(names.get(p));
      }
      map[p] = index;
    }
    if (sums.length < parameters.size()) {
      sums = Arrays.copyOf(sums, parameters.size());
      counts = Arrays.copyOf(counts, parameters.size());
    }
    return map;
  }

  void add(Sentiment sentiment, int segment, int[] parameterMap) {
    addSegment();
    for (int p = 0; p < parameterMap.length; p++) {
      addValue(parameterMap[p], sentiment.value(segment, p));
    }
  }

  /** Counts one more segment; its values come through {@link #addValue}. */
  void addSegment() {
    segments++;
  }

  /** Adds the value of this pool's parameter {@code index} in some segment; {@code NaN} means absent. */
  void addValue(int index, double value) {
    if (!Double.isNaN(value)) {
      sums[index] += value;
      counts[index]++;
    }
  }

  long segments() {
    return segments;
  }

  SentimentStats build() {
    return new SentimentStats(speaker, segments, parameters, Arrays.copyOf(sums, parameters.size()),
        Arrays.copyOf(counts, parameters.size()));
  }
}
