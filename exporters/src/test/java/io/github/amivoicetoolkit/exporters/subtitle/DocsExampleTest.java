package io.github.amivoicetoolkit.exporters.subtitle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The worked example of {@code docs/subtitles.md} is what the writers write for the call of {@code docs/figures.md}. */
class DocsExampleTest {
  private static final Path DOCS = Path.of("..", "docs");

  private static String block(String document, String after) {
    int from = document.indexOf("```", document.indexOf(after));
    int start = document.indexOf('\n', from) + 1;
    return document.substring(start, document.indexOf("```", start));
  }

  @Test
  void workedExampleMatchesTheWriters() throws IOException {
    String figures = Files.readString(DOCS.resolve("figures.md"), StandardCharsets.UTF_8);
    String subtitles = Files.readString(DOCS.resolve("subtitles.md"), StandardCharsets.UTF_8);
    Transcript call = new TranscriptReader().read(
        block(figures, "<summary>example.json</summary>").getBytes(StandardCharsets.UTF_8), "example.json");
    StringWriter srt = new StringWriter();
    new SrtWriter(SubtitleOptions.defaults()).write(call, srt);
    assertThat(srt.toString()).isEqualTo(block(subtitles, "<a id=\"subtitle-example\"></a>"));

    SubtitleChecks.Written withFillers = SubtitleChecks.checkAll(call,
        SubtitleOptions.builder().includeFillers(true).build(), "docs-example-fillers");
    assertThat(withFillers.srtCues().get(0).endMs()).isEqualTo(1517);
    assertThat(withFillers.srtCues().get(1).startMs()).isEqualTo(1600);
    assertThat(withFillers.srtCues().get(1).lines()).containsExactly("speaker1: um my card is blocked");
  }
}
