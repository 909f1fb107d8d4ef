package io.github.amivoicetoolkit.client;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the n-th wait (from 0) is {@code initial * multiplier^n}, capped
 * at {@code max}, then spread by up to {@code ±jitter} of itself so that many clients do not
 * wake together, and capped at {@code max} again.
 */
record Backoff(Duration initial, Duration max, double multiplier, double jitter) {

  Backoff {
    positive(initial, "initial");
    positive(max, "max");
    if (max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("max < initial: " + max + " < " + initial);
    }
    checkMultiplier(multiplier);
    checkJitter(jitter);
  }

  Duration delay(int attempt, RandomGenerator random) {
    if (attempt < 0) {
      throw new IllegalArgumentException("attempt < 0: " + attempt);
    }
    double maxNanos = max.toNanos();
    double base = Math.min(initial.toNanos() * Math.pow(multiplier, attempt), maxNanos);
    double spread = 1.0 + jitter * (2.0 * random.nextDouble() - 1.0);
    return Duration.ofNanos((long) Math.min(base * spread, maxNanos));
  }

  static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
    return d;
  }

  static double checkMultiplier(double multiplier) {
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier < 1: " + multiplier);
    }
    return multiplier;
  }

  static double checkJitter(double jitter) {
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("jitter outside [0, 1]: " + jitter);
    }
    return jitter;
  }
}
