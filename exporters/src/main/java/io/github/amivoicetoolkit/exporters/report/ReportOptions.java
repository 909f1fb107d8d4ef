package io.github.amivoicetoolkit.exporters.report;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import java.util.Objects;

/**
 * How reports are made. Immutable; {@link #defaults()} is: {@link AnalyticsOptions#defaults()} (a word
 * is low-confidence under 0.5; silences of 3000 ms or more, interruptions of 1000 ms or more:
 * {@code docs/figures.md#conversation-parameters}), fillers left out of the Word transcript. The report
 * draws the figures it is given, so compute them with the same {@link #analytics()} options.
 *
 * <p>The HTML report always shows fillers, greyed; the Word transcript follows the subtitles' filler
 * rule ({@code --fillers}).
 */
public final class ReportOptions {
  private static final ReportOptions DEFAULTS = builder().build();

  private final AnalyticsOptions analytics;
  private final boolean includeFillers;

  private ReportOptions(Builder b) {
    this.analytics = b.analytics;
    this.includeFillers = b.includeFillers;
  }

  public static ReportOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The figures' options; its low-confidence threshold decides which words are highlighted. */
  public AnalyticsOptions analytics() {
    return analytics;
  }

  public double lowConfidenceThreshold() {
    return analytics.lowConfidenceThreshold();
  }

  /** Whether the Word transcript keeps fillers ({@code えーと}, without percent signs). */
  public boolean includeFillers() {
    return includeFillers;
  }

  /** Every setting that changes a written report, in a stable text form. */
  public String fingerprint() {
    return analytics.fingerprint() + ";fillers=" + includeFillers;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportOptions that && analytics.equals(that.analytics)
        && includeFillers == that.includeFillers;
  }

  @Override
  public int hashCode() {
    return Objects.hash(analytics, includeFillers);
  }

  @Override
  public String toString() {
    return "ReportOptions{" + analytics + ", includeFillers=" + includeFillers + "}";
  }

  public static final class Builder {
    private AnalyticsOptions analytics = AnalyticsOptions.defaults();
    private boolean includeFillers;

    private Builder() {}

    private Builder(ReportOptions o) {
      this.analytics = o.analytics;
      this.includeFillers = o.includeFillers;
    }

    public Builder analytics(AnalyticsOptions analytics) {
      this.analytics = Objects.requireNonNull(analytics, "analytics");
      return this;
    }

    public Builder includeFillers(boolean include) {
      this.includeFillers = include;
      return this;
    }

    public ReportOptions build() {
      return new ReportOptions(this);
    }
  }
}
