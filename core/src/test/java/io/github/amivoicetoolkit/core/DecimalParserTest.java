package io.github.amivoicetoolkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link DecimalParser} gives exactly what {@code Double.parseDouble} and {@code Long.parseLong} give. */
class DecimalParserTest {

  /** The text placed inside a larger buffer, as the reader hands it over from the parser's buffer. */
  private static double parse(String text) {
    char[] buffer = ("x," + text + ",y").toCharArray();
    return DecimalParser.parse(buffer, 2, text.length());
  }

  private static long wholeNumber(String text) {
    char[] buffer = ("[" + text + "]").toCharArray();
    return DecimalParser.wholeNumber(buffer, 1, text.length());
  }

  private static void assertSameAsJdk(String text) {
    assertThat(Double.doubleToRawLongBits(parse(text))).as(text)
        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
  }

  @Test
  void confidencesAndSmallNumbersTakeTheFastPathToTheSameBits() {
    for (String text : new String[] {"0.96", "1.0", "1", "0", "0.1", "0.3", "0.25", "0.999", "12.5", "-0.5",
        "+0.5", "0.000001", "123456789012345", "0.123456789012345", "1e3", "1E-3", "2.5e+2", "-7e-22", "9e22"}) {
      assertSameAsJdk(text);
    }
  }

  @Test
  void signedZerosKeepTheirSign() {
    for (String text : new String[] {"0", "-0", "0.0", "-0.0", "0e5", "-0e-400", "0.000e300"}) {
      assertSameAsJdk(text);
    }
  }

  @Test
  void whatTheFastPathCannotDoExactlyFallsBackToTheJdk() {
    for (String text : new String[] {"0.9999999999999999", "123456789012345678", "1.7976931348623157e308",
        "4.9e-324", "1e23", "1e-23", "9007199254740993", "2.2250738585072014E-308", "1e1000", "-1e1000",
        "1e0001"}) {
      assertSameAsJdk(text);
    }
  }

  @Test
  void randomDoublesInTheirShortestFormRoundTrip() {
    SplittableRandom random = new SplittableRandom(7);
    for (int k = 0; k < 20_000; k++) {
      double value = k % 2 == 0 ? random.nextDouble() : Double.longBitsToDouble(random.nextLong());
      if (Double.isFinite(value)) {
        assertSameAsJdk(Double.toString(value));
      }
    }
  }

  @Test
  void randomDecimalsWithFewDigitsMatchTheJdk() {
    SplittableRandom random = new SplittableRandom(11);
    for (int k = 0; k < 20_000; k++) {
      String text = random.nextInt(1_000_000) + "." + random.nextInt(1000) + "e" + (random.nextInt(40) - 20);
      assertSameAsJdk(text);
    }
  }

  @Test
  void wholeNumbersReadStraightFromTheBuffer() {
    for (String text : new String[] {"0", "7", "-7", "1000", "-1", "123456789012345678", "-123456789012345678",
        "000042"}) {
      assertThat(wholeNumber(text)).as(text).isEqualTo(Long.parseLong(text));
    }
  }
}
