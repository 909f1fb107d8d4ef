package io.github.amivoicetoolkit.exporters.subtitle;

import static io.github.amivoicetoolkit.exporters.subtitle.Dialogue.DIALOGUE;
import static io.github.amivoicetoolkit.exporters.subtitle.Dialogue.RENAMED;
import static io.github.amivoicetoolkit.exporters.subtitle.Dialogue.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Transcripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact output of the plain-text transcript writer. */
class TextTranscriptWriterTest {

  @Test
  void oneParagraphPerSpeakerTurn() throws IOException {
    assertThat(text(DIALOGUE, RENAMED)).isEqualTo("""
        [00:00:01] 山田: こんにちは。

        [00:00:02] 佐藤: AT&T <b> -->

        [00:00:04] 山田: また明日
        """);
    Transcript unlabelled = Transcripts.result().utterance().sentence("Just one voice.", 3_723_000, 300, null)
        .utterance().sentence("Still the same.", 3_730_000, 300, null).read("one");
    assertThat(text(unlabelled, SubtitleOptions.defaults())).isEqualTo("[01:02:03] Just one voice. Still the same.\n");
  }

  @Test
  void emptyTranscriptGivesAnEmptyFile() throws IOException {
    Transcript empty = Transcripts.result().read("empty");
    assertThat(text(empty, SubtitleOptions.defaults())).isEmpty();
  }

  @Test
  void fileIsWrittenWholeOverTheOldOneWithNothingLeftBeside(@TempDir Path dir) throws IOException {
    Path txt = dir.resolve("out.txt");
    Files.writeString(txt, "old");
    new TextTranscriptWriter(RENAMED).write(DIALOGUE, txt);

    assertThat(Files.readString(txt)).isEqualTo(text(DIALOGUE, RENAMED));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.txt");
    }
  }
}
