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
  }

  @Test
  void toBuilderCopiesAndEqualityFollowsValues() {
    AnalyticsOptions options = AnalyticsOptions.builder().billingUnitMs(1000).pricePerHour(BigDecimal.TEN).build();
    assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
    assertThat(options.toBuilder().noBillingUnit().pricePerHour(null).build()).isEqualTo(AnalyticsOptions.defaults());
  }

  @Test
  void fingerprintChangesWithEverySettingAndOnlyThen() {
    AnalyticsOptions base = AnalyticsOptions.defaults();
    assertThat(base.toBuilder().build().fingerprint()).isEqualTo(base.fingerprint());
    assertThat(java.util.stream.Stream.of(base,
            base.toBuilder().lowConfidenceThreshold(0.6).build(),
            base.toBuilder().billingUnitMs(1000).build(),
            base.toBuilder().pricePerHour(BigDecimal.ONE).build())
        .map(AnalyticsOptions::fingerprint).distinct()).hasSize(4);
  }
}
