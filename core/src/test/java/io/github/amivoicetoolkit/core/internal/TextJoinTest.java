package io.github.amivoicetoolkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextJoinTest {
  @Test
  void spacesOnlyBetweenLatinScriptWordsAndNeverBeforePunctuation() {
    assertThat(TextJoin.spaceBetween("Hello", "world")).isTrue();
    assertThat(TextJoin.spaceBetween("Hello", ",")).isFalse();
    assertThat(TextJoin.spaceBetween(",", "world")).isTrue();
    assertThat(TextJoin.spaceBetween("(", "aside")).isFalse();
    assertThat(TextJoin.spaceBetween("aside", ")")).isFalse();
    assertThat(TextJoin.spaceBetween("今日", "は")).isFalse();
    assertThat(TextJoin.spaceBetween("は", "AT&T")).isFalse();
    assertThat(TextJoin.spaceBetween("www2", "は")).isFalse();
    assertThat(TextJoin.spaceBetween("ｶﾀｶﾅ", "ﾃｽﾄ")).isFalse();
    assertThat(TextJoin.spaceBetween("2", "3")).isTrue();
  }

  @Test
  void appendSpacesAKeptFillerLikeTheWordInside() {
    StringBuilder text = new StringBuilder("there");
    assertThat(TextJoin.append(text, "%um%", "um")).hasToString("there %um%");
    assertThat(TextJoin.append(new StringBuilder("there"), "%um%")).hasToString("there%um%");
    assertThat(TextJoin.append(new StringBuilder("a"), "")).hasToString("a");
  }
}
