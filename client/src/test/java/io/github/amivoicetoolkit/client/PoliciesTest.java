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
        .initialDelay(Duration.ofSeconds(1)).maxDelay(Duration.ofSeconds(5)).multiplier(2).jitter(0).build();

    assertThat(intervals(policy, 5)).containsExactly(
        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  @Test
  void jitterStaysWithinItsFractionAndNeverPassesTheMax() {
    PollingPolicy policy = PollingPolicy.builder()
        .initialDelay(Duration.ofSeconds(10)).maxDelay(Duration.ofSeconds(12)).multiplier(1).jitter(0.3).build();

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
        .initialDelay(Duration.ofMillis(100)).maxDelay(Duration.ofSeconds(1)).jitter(0).build();

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
        .initialDelay(Duration.ofSeconds(5)).maxDelay(Duration.ofSeconds(1)).build())
        .hasMessage("max < initial: PT1S < PT5S");
  }

  @Test
  void bothPoliciesNameTheirSharedBackoffSettingsAlike() {
    PollingPolicy polling = PollingPolicy.builder().initialDelay(Duration.ofMillis(300)).maxDelay(Duration.ofSeconds(4))
        .multiplier(3).jitter(0.1).build();
    RetryPolicy retry = RetryPolicy.builder().initialDelay(Duration.ofMillis(300)).maxDelay(Duration.ofSeconds(4))
        .multiplier(3).jitter(0.1).build();

    for (Object policy : List.of(polling, retry)) {
      assertThat(policy.toString()).contains("initialDelay=PT0.3S", "maxDelay=PT4S", "multiplier=3.0", "jitter=0.1");
    }
    assertThat(List.of(polling.initialDelay(), polling.maxDelay(), polling.multiplier(), polling.jitter()))
        .isEqualTo(List.of(retry.initialDelay(), retry.maxDelay(), retry.multiplier(), retry.jitter()));
    assertThat(setters(PollingPolicy.Builder.class)).containsAll(setters(RetryPolicy.Builder.class).stream()
        .filter(name -> !name.equals("maxAttempts") && !name.equals("maxRetryAfter")).toList());
  }

  private static List<String> setters(Class<?> builder) {
    return java.util.Arrays.stream(builder.getMethods()).filter(m -> m.getReturnType() == builder)
        .map(java.lang.reflect.Method::getName).sorted().toList();
  }

  @Test
  void defaultsAreThoseTheJavadocNames() {
    PollingPolicy polling = PollingPolicy.defaults();
    assertThat(List.of(polling.initialDelay(), polling.maxDelay(), polling.maxWait()))
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofHours(2));
    assertThat(polling.multiplier()).isEqualTo(1.5);
    assertThat(polling.jitter()).isEqualTo(0.2);
    RetryPolicy retry = RetryPolicy.defaults();
    assertThat(List.of(retry.initialDelay(), retry.maxDelay(), retry.maxRetryAfter()))
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5));
    assertThat(retry.maxAttempts()).isEqualTo(5);
    assertThat(retry.multiplier()).isEqualTo(2.0);
  }

  @Test
  void toBuilderKeepsEveryValueSeedIncluded() {
    PollingPolicy polling = PollingPolicy.builder().initialDelay(Duration.ofMillis(5)).maxDelay(Duration.ofMillis(50))
        .multiplier(1.1).jitter(0.5).maxWait(Duration.ofMinutes(3)).seed(9).build();
    RetryPolicy retry = RetryPolicy.builder().maxAttempts(2).initialDelay(Duration.ofMillis(5))
        .maxDelay(Duration.ofMillis(50)).multiplier(1.1).jitter(0.5).maxRetryAfter(Duration.ZERO).seed(9).build();

    assertThat(polling.toBuilder().build()).hasToString(polling.toString());
    assertThat(intervals(polling.toBuilder().build(), 10)).isEqualTo(intervals(polling, 10));
    assertThat(retry.toBuilder().build()).hasToString(retry.toString());
    assertThat(retry.toBuilder().build().backoff(2, retry.newRandom())).isEqualTo(retry.backoff(2, retry.newRandom()));
    assertThat(polling.toBuilder().maxWait(Duration.ofMinutes(1)).build().maxWait()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void amiVoiceExceptionIsSealedOverItsTypedFailures() {
    assertThat(AmiVoiceException.class.isSealed()).isTrue();
    assertThat(java.util.Arrays.stream(AmiVoiceException.class.getPermittedSubclasses()).map(Class::getSimpleName))
        .contains("AuthenticationException", "AwaitTimeoutException", "JobRejectedException",
            "ResultExpiredException", "ServiceException", "UploadMismatchException");
  }
}
