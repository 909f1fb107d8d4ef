package io.github.amivoicetoolkit.client;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * How {@link AmiVoiceClient#await} polls a job: the wait between polls grows from
 * {@code initialDelay} by {@code multiplier} up to {@code maxDelay}, each wait spread by up to
 * {@code ±jitter} of itself, and the whole wait is bounded by {@code maxWait}. The backoff settings
 * are named as in {@link RetryPolicy}.
 *
 * <p>This class is immutable. Defaults: initial delay 2 s, max delay 30 s, multiplier 1.5,
 * jitter 0.2, max wait 2 h, unseeded jitter. A v2 job typically finishes within minutes, whatever
 * the length of the audio; a v1 job can take longer.
 */
public final class PollingPolicy {

  private static final PollingPolicy DEFAULTS = builder().build();

  private final Backoff backoff;
  private final Duration maxWait;
  private final Long seed;

  private PollingPolicy(Builder b) {
    this.backoff = new Backoff(b.initialDelay, b.maxDelay, b.multiplier, b.jitter);
    this.maxWait = b.maxWait;
    this.seed = b.seed;
  }

  public static PollingPolicy defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy's values, seed included. */
  public Builder toBuilder() {
    Builder b = builder()
        .initialDelay(backoff.initial())
        .maxDelay(backoff.max())
        .multiplier(backoff.multiplier())
        .jitter(backoff.jitter())
        .maxWait(maxWait);
    b.seed = seed;
    return b;
  }

  /** The wait before the second poll. */
  public Duration initialDelay() {
    return backoff.initial();
  }

  /** The longest wait between two polls. */
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

  /** The bound on the whole wait of one {@code await}. */
  public Duration maxWait() {
    return maxWait;
  }

  /** The wait before poll number {@code poll + 1}, counted from 0. */
  Duration interval(int poll, RandomGenerator random) {
    return backoff.delay(poll, random);
  }

  /** A source of jitter for one wait: seeded when the policy is, so tests can replay it. */
  RandomGenerator newRandom() {
    return seed == null ? new SplittableRandom() : new SplittableRandom(seed);
  }

  @Override
  public String toString() {
    return "PollingPolicy[initialDelay=" + backoff.initial() + ", maxDelay=" + backoff.max()
        + ", multiplier=" + backoff.multiplier() + ", jitter=" + backoff.jitter()
        + ", maxWait=" + maxWait + (seed == null ? "" : ", seeded") + "]";
  }

  /** Builds a {@link PollingPolicy}; every setter rejects a bad value at once. */
  public static final class Builder {
    private Duration initialDelay = Duration.ofSeconds(2);
    private Duration maxDelay = Duration.ofSeconds(30);
    private double multiplier = 1.5;
    private double jitter = 0.2;
    private Duration maxWait = Duration.ofHours(2);
    private Long seed;

    private Builder() {}

    /** The wait before the second poll (the first goes at once); default 2 s. */
    public Builder initialDelay(Duration initialDelay) {
      this.initialDelay = Backoff.positive(initialDelay, "initialDelay");
      return this;
    }

    /** The longest wait between two polls; default 30 s. */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = Backoff.positive(maxDelay, "maxDelay");
      return this;
    }

    /** At least 1: how much each wait grows over the previous one; default 1.5. */
    public Builder multiplier(double multiplier) {
      this.multiplier = Backoff.checkMultiplier(multiplier);
      return this;
    }

    /** Between 0 (none) and 1: the fraction by which each wait is spread at random; default 0.2. */
    public Builder jitter(double jitter) {
      this.jitter = Backoff.checkJitter(jitter);
      return this;
    }

    /** The bound on the whole wait of one {@code await}, after which it gives up; default 2 h. */
    public Builder maxWait(Duration maxWait) {
      this.maxWait = Backoff.positive(maxWait, "maxWait");
      return this;
    }

    /** Makes the jitter reproducible, for tests. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** @throws IllegalArgumentException when max delay &lt; initial delay */
    public PollingPolicy build() {
      return new PollingPolicy(this);
    }
  }
}
