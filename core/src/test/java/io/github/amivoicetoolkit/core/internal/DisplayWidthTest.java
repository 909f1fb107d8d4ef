package io.github.amivoicetoolkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
  @Test
  void fullWidthCountsTwiceHalfWidth() {
    assertThat(DisplayWidth.columns("カタカナ")).isEqualTo(8);
    assertThat(DisplayWidth.columns("漢字、。")).isEqualTo(8);
    assertThat(DisplayWidth.columns("ＡＢ")).isEqualTo(4);
    assertThat(DisplayWidth.columns("AT&T")).isEqualTo(4);
  }

  @Test
  void halfWidthKatakanaIsHalfWidth() {
    assertThat(DisplayWidth.columns("ｶﾀｶﾅ")).isEqualTo(4);
  }

  @Test
  void emojiAreFullWidthAndOneCodePointEach() {
    assertThat("😀".length()).isEqualTo(2);
    assertThat(DisplayWidth.columns("😀")).isEqualTo(2);
    assertThat(DisplayWidth.columns("👍🏽")).as("skin-tone modifier adds nothing").isEqualTo(2);
    assertThat(DisplayWidth.columns("e\u0301")).as("combining accent adds nothing").isEqualTo(1);
  }

  @Test
  void terminalAndSubtitlesMeasureEmojiAlike() {
    // one table for both: an emoji is two columns wherever it is measured
    assertThat(DisplayWidth.columns("山田😀")).isEqualTo(6);
    assertThat(DisplayWidth.pad("山田", 6, true)).isEqualTo("山田  ");
    assertThat(DisplayWidth.pad("ab", 4, false)).isEqualTo("  ab");
  }
}
