package io.github.amivoicetoolkit.exporters.subtitle;

import static io.github.amivoicetoolkit.exporters.subtitle.Dialogue.DIALOGUE;
import static io.github.amivoicetoolkit.exporters.subtitle.Dialogue.RENAMED;
import static io.github.amivoicetoolkit.exporters.subtitle.Dialogue.srt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Transcripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact output of the SRT writer. */
class SrtWriterTest {

  @Test
  void numbersCuesPrefixesSpeakerChangesAndKeepsMarkupOutOfPlayersHands() throws IOException {
    assertThat(srt(DIALOGUE, RENAMED)).isEqualTo("""
        1
        00:00:01,000 --> 00:00:01,900
        山田: こんにちは。

        2
        00:00:02,500 --> 00:00:03,333
        佐藤: AT&T ＜b＞ --＞

        3
        00:00:04,000 --> 00:00:04,833
        山田: また明日

        """);
  }

  @Test
  void timestampsPastNinetyNineHoursGetMoreHourDigits() throws IOException {
    Transcript t = Transcripts.synthetic().get("past-99-hours");
    assertThat(srt(t, SubtitleOptions.defaults())).contains("99:59:59,000 --> 100:00:00,500");
  }

  @Test
  void emptyTranscriptGivesAnEmptyFile() throws IOException {
    Transcript empty = Transcripts.result().read("empty");
    assertThat(srt(empty, SubtitleOptions.defaults())).isEmpty();
  }

  @Test
  void fileIsWrittenWholeOverTheOldOneWithNothingLeftBeside(@TempDir Path dir) throws IOException {
    Path srt = dir.resolve("out.srt");
    Files.writeString(srt, "old");
    SubtitleReport report = new SrtWriter(RENAMED).write(DIALOGUE, srt);

    assertThat(Files.readString(srt)).isEqualTo(srt(DIALOGUE, RENAMED));
    assertThat(report.cues()).isEqualTo(3);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.srt");
    }
  }
}
