package io.github.amivoicetoolkit.exporters.subtitle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWidthTest {
  @Test
  void spacesOnlyBetweenLatinScriptWordsAndNeverBeforePunctuation() {
    assertThat(TextWidth.spaceBetween("Hello", "world")).isTrue();
    assertThat(TextWidth.spaceBetween("Hello", ",")).isFalse();
    assertThat(TextWidth.spaceBetween(",", "world")).isTrue();
    assertThat(TextWidth.spaceBetween("(", "aside")).isFalse();
    assertThat(TextWidth.spaceBetween("aside", ")")).isFalse();
    assertThat(TextWidth.spaceBetween("今日", "は")).isFalse();
    assertThat(TextWidth.spaceBetween("は", "AT&T")).isFalse();
    assertThat(TextWidth.spaceBetween("www2", "は")).isFalse();
    assertThat(TextWidth.spaceBetween("ｶﾀｶﾅ", "ﾃｽﾄ")).isFalse();
    assertThat(TextWidth.spaceBetween("2", "3")).isTrue();
  }

  @Test
  void displayTextTurnsLineBreaksAndRunsOfSpaceIntoOneSpace() {
    assertThat(TextWidth.displayText("a\nb")).isEqualTo("a b");
    assertThat(TextWidth.displayText("  a \t\r\n b  ")).isEqualTo("a b");
    assertThat(TextWidth.displayText("\u3000")).isEmpty();
    assertThat(TextWidth.displayText("plain")).isEqualTo("plain");
  }
}
