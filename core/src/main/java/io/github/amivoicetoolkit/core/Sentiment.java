package io.github.amivoicetoolkit.core;

import java.util.List;

/**
 * Sentiment segments of a v1 result ({@code sentiment_analysis.segments}), as columns: start, end,
 * and one column per parameter. Parameters are every numeric field other than the times, named in
 * the order the file first shows them; a segment without a parameter has {@code NaN} there.
 */
public final class Sentiment {
  private final IntColumn start;
  private final IntColumn end;
  private final List<String> parameters;
  private final DoubleColumn[] values;

  Sentiment(IntColumn start, IntColumn end, List<String> parameters, DoubleColumn[] values) {
    this.start = start;
    this.end = end;
    this.parameters = parameters;
    this.values = values;
  }

  /** Number of segments. */
  public int size() {
    return start.size();
  }

  public boolean isEmpty() {
    return size() == 0;
  }

  /** {@code starttime} of segment {@code s}, or {@link Transcript#NO_TIME}. */
  public int startMs(int s) {
    return start.get(s);
  }

  /** {@code endtime} of segment {@code s}, or {@link Transcript#NO_TIME}. */
  public int endMs(int s) {
    return end.get(s);
  }

  /** Parameter names in file order, e.g. {@code energy, stress, emo_cog, …}; unmodifiable. */
  public List<String> parameters() {
    return parameters;
  }

  /** Index of a parameter name, or {@code -1}. */
  public int parameterIndex(String name) {
    return parameters.indexOf(name);
  }

  /** Value of parameter {@code p} in segment {@code s}, or {@code NaN} when the segment lacks it. */
  public double value(int s, int p) {
    return values[p].get(s);
  }
}
