package io.github.amivoicetoolkit.exporters.subtitle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWidthTest {
  @Test
  void displayTextTurnsLineBreaksAndRunsOfSpaceIntoOneSpace() {
    assertThat(TextWidth.displayText("a\nb")).isEqualTo("a b");
    assertThat(TextWidth.displayText("  a \t\r\n b  ")).isEqualTo("a b");
    assertThat(TextWidth.displayText("\u3000")).isEmpty();
    assertThat(TextWidth.displayText("plain")).isEqualTo("plain");
  }
}
