package io.github.amivoicetoolkit.exporters.report;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import java.util.Objects;

/**
 * How reports are made. Immutable; {@link #defaults()} is: {@link AnalyticsOptions#defaults()} (a word
 * is low-confidence under 0.5), silences of 3000 ms or more, interruptions of 1000 ms or more
 * ({@code docs/figures.md#conversation-parameters}), fillers left out of the Word transcript.
 *
 * <p>The HTML report always shows fillers, greyed; the Word transcript follows the subtitles' filler
 * rule ({@code --fillers}).
 */
public final class ReportOptions {
  public static final long DEFAULT_SILENCE_MS = 3000;
  public static final long DEFAULT_INTERRUPTION_MS = 1000;

  private static final ReportOptions DEFAULTS = builder().build();

  private final AnalyticsOptions analytics;
  private final long silenceMs;
  private final long interruptionMs;
  private final boolean includeFillers;

  private ReportOptions(Builder b) {
    this.analytics = b.analytics;
    this.silenceMs = b.silenceMs;
    this.interruptionMs = b.interruptionMs;
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

  /** The shortest gap in everyone's speech that is shown as a silence. */
  public long silenceMs() {
    return silenceMs;
  }

  /** The shortest overlap of a response that is shown as an interruption. */
  public long interruptionMs() {
    return interruptionMs;
  }

  /** Whether the Word transcript keeps fillers ({@code えーと}, without percent signs). */
  public boolean includeFillers() {
    return includeFillers;
  }

  /** Every setting that changes a written report, in a stable text form. */
  public String fingerprint() {
    return analytics.fingerprint() + ";silenceMs=" + silenceMs + ";interruptionMs=" + interruptionMs
        + ";fillers=" + includeFillers;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportOptions that && analytics.equals(that.analytics) && silenceMs == that.silenceMs
        && interruptionMs == that.interruptionMs && includeFillers == that.includeFillers;
  }

  @Override
  public int hashCode() {
    return Objects.hash(analytics, silenceMs, interruptionMs, includeFillers);
  }

  @Override
  public String toString() {
    return "ReportOptions{" + analytics + ", silenceMs=" + silenceMs + ", interruptionMs=" + interruptionMs
        + ", includeFillers=" + includeFillers + "}";
  }

  public static final class Builder {
    private AnalyticsOptions analytics = AnalyticsOptions.defaults();
    private long silenceMs = DEFAULT_SILENCE_MS;
    private long interruptionMs = DEFAULT_INTERRUPTION_MS;
    private boolean includeFillers;

    private Builder() {}

    private Builder(ReportOptions o) {
      this.analytics = o.analytics;
      this.silenceMs = o.silenceMs;
      this.interruptionMs = o.interruptionMs;
      this.includeFillers = o.includeFillers;
    }

    public Builder analytics(AnalyticsOptions analytics) {
      this.analytics = Objects.requireNonNull(analytics, "analytics");
      return this;
    }

    /** @throws IllegalArgumentException when {@code ms < 1} */
    public Builder silenceMs(long ms) {
      if (ms < 1) {
        throw new IllegalArgumentException("silenceMs < 1: " + ms);
      }
      this.silenceMs = ms;
      return this;
    }

    /** @throws IllegalArgumentException when {@code ms < 1} */
    public Builder interruptionMs(long ms) {
      if (ms < 1) {
        throw new IllegalArgumentException("interruptionMs < 1: " + ms);
      }
      this.interruptionMs = ms;
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
