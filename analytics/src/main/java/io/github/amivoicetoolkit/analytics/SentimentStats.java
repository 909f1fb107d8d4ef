package io.github.amivoicetoolkit.analytics;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Sentiment segments attributed to one speaker, or all segments ({@link TranscriptStats#sentimentTotal()}):
 * the number of segments and the mean of every parameter. Immutable.
 *
 * <p>{@code mean(p) = sum / count} over the segments that carry parameter {@code p}, the sum taken as
 * doubles left to right in segment order (for a batch: file order, then segment order); empty when no
 * segment carries it.
 */
public final class SentimentStats {
  private final String speaker;
  private final long segments;
  private final List<String> parameters;
  private final double[] sums;
  private final long[] counts;

  SentimentStats(String speaker, long segments, List<String> parameters, double[] sums, long[] counts) {
    this.speaker = speaker;
    this.segments = segments;
    this.parameters = List.copyOf(parameters);
    this.sums = sums.clone();
    this.counts = counts.clone();
  }

  /** The speaker after renaming; {@code ""} for segments no speaker's words overlap; null for the total. */
  public String speaker() {
    return speaker;
  }

  public long segments() {
    return segments;
  }

  /** Parameter names in the order the file first shows them ({@code energy, stress, …}). */
  public List<String> parameters() {
    return parameters;
  }

  /** Mean of parameter number {@code p} of {@link #parameters()}. */
  public OptionalDouble mean(int p) {
    Objects.checkIndex(p, parameters.size());
    return counts[p] == 0 ? OptionalDouble.empty() : OptionalDouble.of(sums[p] / counts[p]);
  }

  /** Mean of a parameter by name; empty when no segment carries it. */
  public OptionalDouble mean(String parameter) {
    int p = parameters.indexOf(parameter);
    return p < 0 ? OptionalDouble.empty() : mean(p);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("SentimentStats{speaker=").append(speaker).append(", segments=")
        .append(segments);
    for (int p = 0; p < parameters.size(); p++) {
      out.append(", ").append(parameters.get(p)).append('=');
      OptionalDouble mean = mean(p);
      out.append(mean.isPresent() ? String.valueOf(mean.getAsDouble()) : "null");
    }
    return out.append('}').toString();
  }
}
