package io.github.amivoicetoolkit.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimesTest {
  @Test
  void formatsHoursMinutesSecondsAndMilliseconds() {
    assertThat(Times.hms(0)).isEqualTo("00:00:00.000");
    assertThat(Times.hms(1)).isEqualTo("00:00:00.001");
    assertThat(Times.hms(61_010)).isEqualTo("00:01:01.010");
    assertThat(Times.hms(36_000_000 - 1)).isEqualTo("09:59:59.999");
  }

  @Test
  void hoursTakeMoreDigitsPastNinetyNine() {
    assertThat(Times.hms(100L * 3_600_000)).isEqualTo("100:00:00.000");
    assertThat(Times.hms(Integer.MAX_VALUE)).isEqualTo("596:31:23.647");
  }

  @Test
  void negativeTimesKeepTheirSign() {
    assertThat(Times.hms(-1_500)).isEqualTo("-00:00:01.500");
  }
}
