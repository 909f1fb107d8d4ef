package io.github.amivoicetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** {@code --to}: parsing output format lists. */
class OutputFormatTest {

  @Test
  void parsesNamesCaseAndSpaceInsensitively() {
    assertThat(OutputFormat.parseList(" XLSX, srt ,csv"))
        .containsExactly(OutputFormat.CSV, OutputFormat.XLSX, OutputFormat.SRT);
  }

  @Test
  void allIsEveryFormatAndWebvttIsVtt() {
    assertThat(OutputFormat.parseList("all")).isEqualTo(EnumSet.allOf(OutputFormat.class));
    assertThat(OutputFormat.parseList("webvtt,vtt")).containsExactly(OutputFormat.VTT);
  }

  @Test
  void anUnknownFormatIsRejectedNamingTheChoices() {
    assertThatThrownBy(() -> OutputFormat.parseList("csv,pdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown output format 'pdf': expected csv, xlsx, srt, vtt, txt or all");
  }

  @Test
  void anEmptyListIsRejected() {
    assertThatThrownBy(() -> OutputFormat.parseList(","))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no output format given: expected csv, xlsx, srt, vtt, txt or all");
  }
}
