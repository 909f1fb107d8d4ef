package io.github.amivoicetoolkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalParserTest {
  @Test
  void readsWholeNumbersLikeLongParseLong() {
    String[] samples = {"0", "-0", "7", "-7", "123456789", "-123456789", "999999999999999", "-999999999999999",
        "100000000000000000", "-100000000000000000"};
    for (String sample : samples) {
      char[] chars = ("xx" + sample).toCharArray();
      assertThat(DecimalParser.wholeNumber(chars, 2, sample.length())).as(sample).isEqualTo(Long.parseLong(sample));
    }
  }

  @Test
  void readsWholeNumbersOfUpTo18CharactersInsideALargerBuffer() {
    String[] samples = {"2147483647", "2147483648", "-2147483648", "999999999999999999", "-99999999999999999"};
    for (String sample : samples) {
      char[] chars = ("[" + sample + ",1]").toCharArray();
      assertThat(DecimalParser.wholeNumber(chars, 1, sample.length())).as(sample).isEqualTo(Long.parseLong(sample));
    }
  }

  @Test
  void parsesDecimalsExactlyLikeDoubleParseDouble() {
    String[] samples = {"0.96", "1.0", "0.1", "0.3", "0.9999999999999999", "123456789012345678", "1e-7",
        "2.5E+3", "0.000001", "-0.0", "7.0e22", "0.12345678901234567890", "1E300", "4.9e-324", "0.5e0"};
    for (String sample : samples) {
      char[] chars = sample.toCharArray();
      assertThat(DecimalParser.parse(chars, 0, chars.length)).as(sample).isEqualTo(Double.parseDouble(sample));
    }
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 100_000; i++) {
      String sample = Double.toString(random.nextInt(0, 100_000) / Math.pow(10, random.nextInt(0, 8)));
      char[] chars = sample.toCharArray();
      assertThat(DecimalParser.parse(chars, 0, chars.length)).as(sample).isEqualTo(Double.parseDouble(sample));
    }
  }

  /** Either side of each limit of the exact fast path: 15 digits, 2^53, powers of ten up to 22. */
  @ParameterizedTest
  @ValueSource(strings = {"123456789012345", "1234567890123456", "0.123456789012345", "0.1234567890123456",
      "9007199254740991", "9007199254740992", "9007199254740993", "1e22", "1e23", "1e-22", "1e-23", "5e-22",
      "123.456e20", "123.456e-25", "1e999", "1e-999", "0e400", "-0e0", "0.0000000000000000000000001",
      "1.7976931348623157e308", "2.2250738585072014E-308", "-4.9e-324", "1e+07"})
  void parsesEitherSideOfTheFastPathLimitsLikeDoubleParseDouble(String sample) {
    char[] chars = sample.toCharArray();
    assertThat(DecimalParser.parse(chars, 0, chars.length)).isEqualTo(Double.parseDouble(sample));
  }

  @Test
  void parsesOnlyItsSliceOfALargerBuffer() {
    char[] chars = "[0.96,12.5e-1,3]".toCharArray();
    assertThat(DecimalParser.parse(chars, 1, 4)).isEqualTo(0.96);
    assertThat(DecimalParser.parse(chars, 6, 7)).isEqualTo(1.25);
  }

  /** JSON numbers of every form: sign, digits, fraction, exponent; compared bit for bit, -0.0 included. */
  @Test
  void parsesRandomJsonNumbersExactlyLikeDoubleParseDouble() {
    SplittableRandom random = new SplittableRandom(12);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sample = new StringBuilder();
      if (random.nextBoolean()) {
        sample.append('-');
      }
      String digits = Long.toString(random.nextLong(0, Long.MAX_VALUE) >>> random.nextInt(0, 63));
      int point = random.nextInt(0, digits.length() + 1);
      if (point == 0) {
        sample.append("0.").append(digits);
      } else if (point == digits.length()) {
        sample.append(digits);
      } else {
        sample.append(digits, 0, point).append('.').append(digits, point, digits.length());
      }
      if (random.nextInt(3) == 0) {
        sample.append(random.nextBoolean() ? 'e' : 'E').append(random.nextBoolean() ? "-" : random.nextBoolean() ? "+" : "")
            .append(random.nextInt(0, 40));
      }
      String number = sample.toString();
      char[] chars = number.toCharArray();
      assertThat(Double.doubleToRawLongBits(DecimalParser.parse(chars, 0, chars.length))).as(number)
          .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(number)));
    }
  }
}
