package io.github.amivoicetoolkit.analytics;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@link TranscriptStats} and {@link BatchStats} compute with. This class is immutable.
 *
 * <p>Defaults: {@linkplain #lowConfidenceThreshold() low-confidence threshold} {@value
 * #DEFAULT_LOW_CONFIDENCE_THRESHOLD}; no billing rounding unit (billable time is reported unrounded); no price (no cost estimate). There is no
 * built-in price: a cost estimate appears only when the user gives a price per hour.
 *
 * <p>Conversation figures ({@code docs/figures.md#conversation-figures}): a gap in speech counts as a
 * {@linkplain #silenceMs() silence} from {@value #DEFAULT_SILENCE_MS} ms, an overlap as an {@linkplain
 * #interruptionMs() interruption} from {@value #DEFAULT_INTERRUPTION_MS} ms.
 *
 * <p>The price is a {@link BigDecimal} because it is money the user writes in decimal: {@code 0.55}
 * stays exactly 0.55, and the cost is computed in decimal arithmetic with one documented rounding
 * (see {@link TotalStats#cost()}), so nobody sees {@code 0.30000000000000004} on a bill.
 */
public final class AnalyticsOptions {
  public static final double DEFAULT_LOW_CONFIDENCE_THRESHOLD = 0.5;
  /** A contact centre's "dead air" rule: three seconds without speech. */
  public static final long DEFAULT_SILENCE_MS = 3_000;
  public static final long DEFAULT_INTERRUPTION_MS = 1_000;

  private static final AnalyticsOptions DEFAULTS = builder().build();

  private final double lowConfidenceThreshold;
  private final long billingUnitMs;
  private final BigDecimal pricePerHour;
  private final long silenceMs;
  private final long interruptionMs;

  private AnalyticsOptions(Builder builder) {
    this.lowConfidenceThreshold = builder.lowConfidenceThreshold;
    this.billingUnitMs = builder.billingUnitMs;
    this.pricePerHour = builder.pricePerHour;
    this.silenceMs = builder.silenceMs;
    this.interruptionMs = builder.interruptionMs;
  }

  public static AnalyticsOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.lowConfidenceThreshold = lowConfidenceThreshold;
    builder.billingUnitMs = billingUnitMs;
    builder.pricePerHour = pricePerHour;
    builder.silenceMs = silenceMs;
    builder.interruptionMs = interruptionMs;
    return builder;
  }

  /** A word's confidence counts as low when it is strictly below this value; in {@code [0, 1]}. */
  public double lowConfidenceThreshold() {
    return lowConfidenceThreshold;
  }

  /** The unit each job's billable total is rounded up to, in ms; empty when billing is not rounded. */
  public OptionalLong billingUnitMs() {
    return billingUnitMs == 0 ? OptionalLong.empty() : OptionalLong.of(billingUnitMs);
  }

  /** The price of one billable hour in the user's currency; empty when no cost is to be estimated. */
  public Optional<BigDecimal> pricePerHour() {
    return Optional.ofNullable(pricePerHour);
  }

  /**
   * The shortest stretch of the conversation window without speech that counts as a silence, in ms. A
   * silence always has a positive length, so 0 counts every gap.
   */
  public long silenceMs() {
    return silenceMs;
  }

  /**
   * The shortest overlap of a response with the turn it answers that counts as an interruption, in ms.
   * An interruption always overlaps by at least 1 ms, so 0 counts every overlapping response.
   */
  public long interruptionMs() {
    return interruptionMs;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnalyticsOptions that
        && Double.compare(lowConfidenceThreshold, that.lowConfidenceThreshold) == 0
        && billingUnitMs == that.billingUnitMs
        && Objects.equals(pricePerHour, that.pricePerHour)
        && silenceMs == that.silenceMs
        && interruptionMs == that.interruptionMs;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lowConfidenceThreshold, billingUnitMs, pricePerHour, silenceMs, interruptionMs);
  }

  /**
   * Every setting that changes a figure, in a stable text form: equal options have equal fingerprints,
   * and a change of any setting changes it. Outputs record it to know whether they are up to date.
   */
  public String fingerprint() {
    return "lowConfidence=" + lowConfidenceThreshold
        + ";billingUnitMs=" + billingUnitMs
        + ";pricePerHour=" + (pricePerHour == null ? "" : pricePerHour.stripTrailingZeros().toPlainString())
        + ";silenceMs=" + silenceMs
        + ";interruptionMs=" + interruptionMs;
  }

  @Override
  public String toString() {
    return "AnalyticsOptions{lowConfidenceThreshold=" + lowConfidenceThreshold
        + ", billingUnitMs=" + (billingUnitMs == 0 ? "none" : billingUnitMs)
        + ", pricePerHour=" + (pricePerHour == null ? "none" : pricePerHour.toPlainString())
        + ", silenceMs=" + silenceMs + ", interruptionMs=" + interruptionMs + "}";
  }

  /** Builds {@link AnalyticsOptions}; every setter rejects a bad value at once. */
  public static final class Builder {
    private double lowConfidenceThreshold = DEFAULT_LOW_CONFIDENCE_THRESHOLD;
    private long billingUnitMs;
    private BigDecimal pricePerHour;
    private long silenceMs = DEFAULT_SILENCE_MS;
    private long interruptionMs = DEFAULT_INTERRUPTION_MS;

    private Builder() {}

    /** @throws IllegalArgumentException unless {@code 0 <= threshold <= 1} */
    public Builder lowConfidenceThreshold(double threshold) {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("lowConfidenceThreshold not in [0, 1]: " + threshold);
      }
      this.lowConfidenceThreshold = threshold;
      return this;
    }

    /**
     * Rounds each job's billable total up to a multiple of {@code unitMs} (e.g. 1000 for whole seconds).
     *
     * @throws IllegalArgumentException unless {@code unitMs >= 1}
     */
    public Builder billingUnitMs(long unitMs) {
      if (unitMs < 1) {
        throw new IllegalArgumentException("billingUnitMs < 1: " + unitMs);
      }
      this.billingUnitMs = unitMs;
      return this;
    }

    /** Reports billable time unrounded (the default). */
    public Builder noBillingUnit() {
      this.billingUnitMs = 0;
      return this;
    }

    /**
     * The price per billable hour used for the cost estimate; {@code null} removes it.
     *
     * @throws IllegalArgumentException when the price is negative
     */
    public Builder pricePerHour(BigDecimal price) {
      if (price != null && price.signum() < 0) {
        throw new IllegalArgumentException("pricePerHour < 0: " + price.toPlainString());
      }
      this.pricePerHour = price;
      return this;
    }

    /**
     * The shortest gap in speech counted as a silence; default {@value AnalyticsOptions#DEFAULT_SILENCE_MS}.
     *
     * @throws IllegalArgumentException when {@code ms < 0}
     */
    public Builder silenceMs(long ms) {
      if (ms < 0) {
        throw new IllegalArgumentException("silenceMs < 0: " + ms);
      }
      this.silenceMs = ms;
      return this;
    }

    /**
     * The shortest overlap counted as an interruption; default {@value
     * AnalyticsOptions#DEFAULT_INTERRUPTION_MS}.
     *
     * @throws IllegalArgumentException when {@code ms < 0}
     */
    public Builder interruptionMs(long ms) {
      if (ms < 0) {
        throw new IllegalArgumentException("interruptionMs < 0: " + ms);
      }
      this.interruptionMs = ms;
      return this;
    }

    public AnalyticsOptions build() {
      return new AnalyticsOptions(this);
    }
  }
}
