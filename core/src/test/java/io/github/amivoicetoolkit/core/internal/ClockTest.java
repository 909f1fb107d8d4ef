package io.github.amivoicetoolkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClockTest {
  @Test
  void formatsHoursMinutesSecondsAndMilliseconds() {
    assertThat(Clock.hms(0)).isEqualTo("00:00:00.000");
    assertThat(Clock.hms(1)).isEqualTo("00:00:00.001");
    assertThat(Clock.hms(61_010)).isEqualTo("00:01:01.010");
    assertThat(Clock.hms(36_000_000 - 1)).isEqualTo("09:59:59.999");
  }

  @Test
  void hoursTakeMoreDigitsPastNinetyNine() {
    assertThat(Clock.hms(100L * 3_600_000)).isEqualTo("100:00:00.000");
    assertThat(Clock.hms(Integer.MAX_VALUE)).isEqualTo("596:31:23.647");
  }

  @Test
  void negativeTimesKeepTheirSign() {
    assertThat(Clock.hms(-1_500)).isEqualTo("-00:00:01.500");
  }
}
