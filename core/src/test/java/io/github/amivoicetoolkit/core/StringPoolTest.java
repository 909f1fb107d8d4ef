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
      assertThat(pool.charAt(i, 0)).isEqualTo(word(i).charAt(0));
    }
    assertThat(strings[distinct]).isEmpty();
  }

  @Test
  void internsFromABufferRangeAndMatchesInsideLongerText() {
    StringPool pool = new StringPool();
    char[] buffer = "xx今日は晴れyy".toCharArray();
    int today = pool.intern(buffer, 2, 3);
    int sunny = pool.intern(buffer, 5, 2);

    assertThat(pool.intern("今日は")).isEqualTo(today);
    assertThat(pool.matchesAt(sunny, "今日は晴れ", 3)).isTrue();
    assertThat(pool.matchesAt(sunny, "今日は晴", 3)).isFalse();
    assertThat(pool.matchesAt(today, buffer, 2, 7)).isTrue();
    assertThat(pool.matchesAt(today, buffer, 2, 4)).isFalse();
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
