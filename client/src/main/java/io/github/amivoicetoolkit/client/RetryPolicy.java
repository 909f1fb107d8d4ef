package io.github.amivoicetoolkit.client;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * How a request that failed transiently is tried again: HTTP 408, 429 and 5xx answers, timeouts and
 * broken connections. A 429 or 503 answer with {@code Retry-After} waits as long as it says, up to
 * {@code maxRetryAfter}: a longer wait fails at once with a {@link ServiceException} that says how
 * long the service asked for, rather than blocking the caller for hours; otherwise the wait grows
 * from {@code initialDelay} by {@code multiplier} up to {@code maxDelay}, spread by up to
 * {@code ±jitter}. The backoff settings are named as in {@link PollingPolicy}. Failures that a retry
 * cannot mend (a wrong APPKEY, a rejected job) are never retried.
 *
 * <p>This class is immutable. Defaults: 5 attempts in all, initial delay 1 s, max delay 30 s,
 * multiplier 2, jitter 0.2, max Retry-After 5 min.
 */
public final class RetryPolicy {

  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration maxRetryAfter;
  private final Backoff backoff;
  private final Long seed;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.maxRetryAfter = b.maxRetryAfter;
    this.backoff = new Backoff(b.initialDelay, b.maxDelay, b.multiplier, b.jitter);
    this.seed = b.seed;
  }

  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** One attempt, no retry. */
  public static RetryPolicy none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy's values, seed included. */
  public Builder toBuilder() {
    Builder b = builder()
        .maxAttempts(maxAttempts)
        .initialDelay(backoff.initial())
        .maxDelay(backoff.max())
        .multiplier(backoff.multiplier())
        .jitter(backoff.jitter())
        .maxRetryAfter(maxRetryAfter);
    b.seed = seed;
    return b;
  }

  /** Attempts in all, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The wait after the first failed attempt. */
  public Duration initialDelay() {
    return backoff.initial();
  }

  /** The longest wait between two attempts. */
  public Duration maxDelay() {
    return backoff.max();
  }

  /** How much each wait grows over the one before. */
  public double multiplier() {
    return backoff.multiplier();
  }

  /** The fraction by which each wait is spread at random. */
  public double jitter() {
    return backoff.jitter();
  }

  /** The longest {@code Retry-After} waited for; a longer one ends the retries. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** The wait after failed attempt number {@code attempt}, counted from 1. */
  Duration backoff(int attempt, RandomGenerator random) {
    return backoff.delay(attempt - 1, random);
  }

  RandomGenerator newRandom() {
    return seed == null ? new SplittableRandom() : new SplittableRandom(seed);
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialDelay=" + backoff.initial()
        + ", maxDelay=" + backoff.max() + ", multiplier=" + backoff.multiplier()
        + ", jitter=" + backoff.jitter() + ", maxRetryAfter=" + maxRetryAfter
        + (seed == null ? "" : ", seeded") + "]";
  }

  /** Builds a {@link RetryPolicy}; every setter rejects a bad value at once. */
  public static final class Builder {
    private int maxAttempts = 5;
    private Duration initialDelay = Duration.ofSeconds(1);
    private Duration maxDelay = Duration.ofSeconds(30);
    private double multiplier = 2.0;
    private double jitter = 0.2;
    private Duration maxRetryAfter = Duration.ofMinutes(5);
    private Long seed;

    private Builder() {}

    /** Attempts in all, at least 1 (which means no retry); default 5. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The wait after the first failed attempt; default 1 s. */
    public Builder initialDelay(Duration initialDelay) {
      this.initialDelay = Backoff.positive(initialDelay, "initialDelay");
      return this;
    }

    /** The longest wait between two attempts; default 30 s. */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = Backoff.positive(maxDelay, "maxDelay");
      return this;
    }

    /** At least 1: how much each wait grows over the previous one; default 2. */
    public Builder multiplier(double multiplier) {
      this.multiplier = Backoff.checkMultiplier(multiplier);
      return this;
    }

    /** Between 0 (none) and 1: the fraction by which each wait is spread at random; default 0.2. */
    public Builder jitter(double jitter) {
      this.jitter = Backoff.checkJitter(jitter);
      return this;
    }

    /**
     * The longest {@code Retry-After} to wait for (zero: never wait for one); a longer one fails at
     * once; default 5 min.
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      if (maxRetryAfter == null || maxRetryAfter.isNegative()) {
        throw new IllegalArgumentException("maxRetryAfter must be >= 0: " + maxRetryAfter);
      }
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /** Makes the jitter reproducible, for tests. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** @throws IllegalArgumentException when max delay &lt; initial delay */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
