package io.github.amivoicetoolkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PoliciesTest {

  private static List<Duration> intervals(PollingPolicy policy, int count) {
    RandomGenerator random = policy.newRandom();
    List<Duration> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(policy.interval(i, random));
    }
    return out;
  }

  @Test
  void pollingIntervalsGrowByTheMultiplierUpToTheMaxWithoutJitter() {
    PollingPolicy policy = PollingPolicy.builder()
        .initialInterval(Duration.ofSeconds(1)).maxInterval(Duration.ofSeconds(5)).multiplier(2).jitter(0).build();

    assertThat(intervals(policy, 5)).containsExactly(
        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  @Test
  void jitterStaysWithinItsFractionAndNeverPassesTheMax() {
    PollingPolicy policy = PollingPolicy.builder()
        .initialInterval(Duration.ofSeconds(10)).maxInterval(Duration.ofSeconds(12)).multiplier(1).jitter(0.3).build();

    assertThat(intervals(policy, 500)).allSatisfy(d -> assertThat(d)
        .isBetween(Duration.ofSeconds(7), Duration.ofSeconds(12)));
    assertThat(intervals(policy, 500).stream().distinct().count()).isGreaterThan(100);
  }

  @Test
  void aSeedMakesTheJitterReproducible() {
    PollingPolicy policy = PollingPolicy.builder().seed(42).build();
    assertThat(intervals(policy, 20)).isEqualTo(intervals(policy, 20));

    RetryPolicy retry = RetryPolicy.builder().seed(7).build();
    assertThat(retry.backoff(3, retry.newRandom())).isEqualTo(retry.backoff(3, retry.newRandom()));
  }

  @Test
  void retryBackoffStartsAtTheInitialBackoffAfterTheFirstAttempt() {
    RetryPolicy retry = RetryPolicy.builder()
        .initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(1)).jitter(0).build();

    assertThat(retry.backoff(1, retry.newRandom())).isEqualTo(Duration.ofMillis(100));
    assertThat(retry.backoff(2, retry.newRandom())).isEqualTo(Duration.ofMillis(200));
    assertThat(retry.backoff(10, retry.newRandom())).isEqualTo(Duration.ofSeconds(1));
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @Test
  void buildersRejectBadValuesNamingThem() {
    assertThatThrownBy(() -> PollingPolicy.builder().jitter(1.5)).hasMessage("jitter outside [0, 1]: 1.5");
    assertThatThrownBy(() -> PollingPolicy.builder().multiplier(0.5)).hasMessage("multiplier < 1: 0.5");
    assertThatThrownBy(() -> PollingPolicy.builder().maxWait(Duration.ZERO)).hasMessage("maxWait must be positive: PT0S");
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).hasMessage("maxAttempts < 1: 0");
    assertThatThrownBy(() -> PollingPolicy.builder()
        .initialInterval(Duration.ofSeconds(5)).maxInterval(Duration.ofSeconds(1)).build())
        .hasMessage("max < initial: PT1S < PT5S");
  }
}
