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

  @Test
  void theWholeRangeOfLongFitsAndKeepsItsDigits() {
    assertThat(Clock.hms(Long.MAX_VALUE)).isEqualTo("2562047788015:12:55.807").hasSizeLessThanOrEqualTo(Clock.MAX_LENGTH);
    assertThat(Clock.hms(Long.MIN_VALUE)).isEqualTo("-2562047788015:12:55.808").hasSize(Clock.MAX_LENGTH);
  }

  @Test
  void writeIntoABufferGivesTheSameCharsAfterWhatIsThere() {
    char[] buffer = new char[1 + Clock.MAX_LENGTH];
    buffer[0] = '\'';
    int end = Clock.write(buffer, 1, -3_723_004, ',');
    assertThat(new String(buffer, 0, end)).isEqualTo("'-01:02:03,004");
  }

  @Test
  void secondsCutTheMillisecondsOff() {
    assertThat(Clock.appendSeconds(new StringBuilder("at "), 3_723_999).toString()).isEqualTo("at 01:02:03");
    assertThat(Clock.append(new StringBuilder(), 3_723_004, ',').toString()).isEqualTo("01:02:03,004");
  }
}
