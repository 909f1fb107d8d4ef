package io.github.amivoicetoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ByteSinkTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteSink sink = new ByteSink(out);

  private String written() throws IOException {
    sink.flush();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    byte[] escaped = ByteSink.jsonEscaped("a\"b\\c\nd\te\u0001f\u001fg記録");

    assertThat(new String(escaped, StandardCharsets.UTF_8))
        .isEqualTo("a\\\"b\\\\c\\nd\\te\\u0001f\\u001fg記録");
  }

  @Test
  void writesIntegersLikeJson() throws IOException {
    for (long value : new long[] {0, 7, 10, -3, 1_234_567_890_123L, Long.MAX_VALUE, Long.MIN_VALUE}) {
      sink.writeDecimal(value);
      sink.write((byte) ' ');
    }

    assertThat(written())
        .isEqualTo("0 7 10 -3 1234567890123 9223372036854775807 -9223372036854775808 ");
  }

  @Test
  void writesFractionsWithoutTrailingZeros() throws IOException {
    int[] thousandths = {1_000, 1_000, 960, 993, 900, 50, 5, 0};
    boolean[] pointZero = {true, false, false, false, false, false, false, true};
    for (int i = 0; i < thousandths.length; i++) {
      sink.writeFraction(thousandths[i], pointZero[i]);
      sink.write((byte) ' ');
    }

    assertThat(written()).isEqualTo("1.0 1 0.96 0.993 0.9 0.05 0.005 0.0 ");
  }

  @Test
  void keepsBytesInOrderAcrossBufferBoundaries() throws IOException {
    byte[] chunk = new byte[40_000];
    Arrays.fill(chunk, (byte) 'x');
    byte[] huge = new byte[200_000];
    Arrays.fill(huge, (byte) 'y');

    sink.write(chunk);
    sink.write(chunk);
    sink.writeDecimal(12345);
    sink.write(huge);
    sink.write((byte) 'z');

    String text = written();
    assertThat(text).hasSize(80_000 + 5 + 200_000 + 1);
    assertThat(text.substring(80_000, 80_005)).isEqualTo("12345");
    assertThat(text).endsWith("yz");
    assertThat(sink.count()).isEqualTo(text.length());
  }

  @Test
  void countsWithoutAStream() throws IOException {
    ByteSink counting = new ByteSink(null);

    counting.write(new byte[100_000]);
    counting.writeDecimal(-42);
    counting.flush();

    assertThat(counting.count()).isEqualTo(100_003);
  }
}
