package io.github.amivoicetoolkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringPoolTest {
  @Test
  void givesDenseIdsInOrderOfFirstAppearanceAcrossGrowth() {
    StringPool pool = new StringPool();
    int distinct = 5_000;
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < distinct; i++) {
        assertThat(pool.intern(word(i))).isEqualTo(i);
      }
    }
    assertThat(pool.intern("")).isEqualTo(distinct);

    String[] strings = pool.freeze();
    assertThat(strings).hasSize(distinct + 1);
    for (int i = 0; i < distinct; i++) {
      assertThat(strings[i]).isEqualTo(word(i));
      assertThat(pool.length(i)).isEqualTo(word(i).length());
    }
    assertThat(strings[distinct]).isEmpty();
  }

  @Test
  void internsAndMatchesBufferRanges() {
    StringPool pool = new StringPool();
    char[] buffer = "xx今日は晴れyy".toCharArray();
    int today = pool.intern(buffer, 2, 3);
    int sunny = pool.intern(buffer, 5, 2);

    assertThat(pool.intern("今日は")).isEqualTo(today);
    assertThat(pool.matches(sunny, buffer, 5, 2)).isTrue();
    assertThat(pool.matches(sunny, buffer, 5, 1)).isFalse();
    assertThat(pool.matches(today, buffer, 2, 2)).isFalse();
    assertThat(pool.commonPrefix(today, 1, "日は雨".toCharArray(), 0, 3)).isEqualTo(2);
    assertThat(pool.commonPrefix(today, 0, "今日".toCharArray(), 0, 2)).isEqualTo(2);
    assertThat(pool.commonPrefix(today, 3, buffer, 0, 9)).isZero();
    StringBuilder appended = new StringBuilder("<");
    pool.appendTo(appended, today, 1, 2);
    assertThat(appended).hasToString("<日は");
  }

  /** The digits of {@code i} in base 40, alternately as ASCII and as hiragana: distinct for distinct i. */
  private static String word(int i) {
    StringBuilder word = new StringBuilder();
    boolean ascii = true;
    do {
      word.append((char) ((ascii ? '0' : 0x3041) + i % 40));
      ascii = !ascii;
      i /= 40;
    } while (i > 0);
    return word.toString();
  }
}
