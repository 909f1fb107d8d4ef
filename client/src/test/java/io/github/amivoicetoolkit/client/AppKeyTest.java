package io.github.amivoicetoolkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AppKeyTest {

  @Test
  void redactsItselfInToStringAndInAnyText() {
    AppKey key = AppKey.of("s3cr3t-KEY");

    assertThat(key.toString()).doesNotContain("s3cr3t");
    assertThat(key.redact("echo s3cr3t-KEY and s3cr3t-KEY")).isEqualTo("echo *** and ***");
    assertThat(key.redact(null)).isNull();
  }

  @Test
  void rejectsEmptyKeysAndKeysThatCouldBreakAHeaderWithoutQuotingThem() {
    assertThatThrownBy(() -> AppKey.of("  ")).hasMessage("APPKEY is empty");
    assertThatThrownBy(() -> AppKey.of("abc\r\nX-Evil: 1"))
        .hasMessage("APPKEY contains a character that is not printable ASCII at index 3");
  }
}
