package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AnalyticsOptionsTest {

  @Test
  void defaultsHaveThresholdHalfAndNoBillingOrPrice() {
    AnalyticsOptions options = AnalyticsOptions.defaults();
    assertThat(options.lowConfidenceThreshold()).isEqualTo(0.5);
    assertThat(options.billingUnitMs()).isEmpty();
    assertThat(options.pricePerHour()).isEmpty();
    assertThat(options.silenceMs()).isEqualTo(3_000);
    assertThat(options.interruptionMs()).isEqualTo(1_000);
  }

  @Test
  void builderRejectsBadValuesEchoingThem() {
    assertThatThrownBy(() -> AnalyticsOptions.builder().lowConfidenceThreshold(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lowConfidenceThreshold not in [0, 1]: 1.5");
    assertThatThrownBy(() -> AnalyticsOptions.builder().lowConfidenceThreshold(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnalyticsOptions.builder().billingUnitMs(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("billingUnitMs < 1: 0");
    assertThatThrownBy(() -> AnalyticsOptions.builder().pricePerHour(new BigDecimal("-1.5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("pricePerHour < 0: -1.5");
    assertThatThrownBy(() -> AnalyticsOptions.builder().silenceMs(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("silenceMs < 0: -1");
    assertThatThrownBy(() -> AnalyticsOptions.builder().interruptionMs(-5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("interruptionMs < 0: -5");
    assertThat(AnalyticsOptions.builder().silenceMs(0).interruptionMs(0).build().silenceMs()).isZero();
  }

  @Test
  void toBuilderCopiesAndEqualityFollowsValues() {
    AnalyticsOptions options = AnalyticsOptions.builder().billingUnitMs(1000).pricePerHour(BigDecimal.TEN).build();
    assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
    assertThat(options.toBuilder().noBillingUnit().pricePerHour(null).build()).isEqualTo(AnalyticsOptions.defaults());
    AnalyticsOptions conversation = AnalyticsOptions.builder().silenceMs(2_000).interruptionMs(500).build();
    assertThat(conversation.toBuilder().build()).isEqualTo(conversation).hasSameHashCodeAs(conversation);
    assertThat(conversation).isNotEqualTo(AnalyticsOptions.defaults());
    assertThat(conversation.toBuilder().silenceMs(3_000).build()).isNotEqualTo(AnalyticsOptions.defaults());
    assertThat(conversation.toString()).contains("silenceMs=2000", "interruptionMs=500");
  }

  @Test
  void fingerprintChangesWithEverySettingAndOnlyThen() {
    AnalyticsOptions base = AnalyticsOptions.defaults();
    assertThat(base.toBuilder().build().fingerprint()).isEqualTo(base.fingerprint());
    assertThat(java.util.stream.Stream.of(base,
            base.toBuilder().lowConfidenceThreshold(0.6).build(),
            base.toBuilder().billingUnitMs(1000).build(),
            base.toBuilder().pricePerHour(BigDecimal.ONE).build(),
            base.toBuilder().silenceMs(2_000).build(),
            base.toBuilder().interruptionMs(2_000).build())
        .map(AnalyticsOptions::fingerprint).distinct()).hasSize(6);
  }
}
