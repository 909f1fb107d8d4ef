package io.github.amivoicetoolkit.exporters.subtitle;

import static io.github.amivoicetoolkit.exporters.subtitle.Dialogue.DIALOGUE;
import static io.github.amivoicetoolkit.exporters.subtitle.Dialogue.RENAMED;
import static io.github.amivoicetoolkit.exporters.subtitle.Dialogue.vtt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Transcripts;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact output of the WebVTT writer, and the report it returns. */
class WebVttWriterTest {

  @Test
  void escapesTextAndMarksVoices() throws IOException {
    assertThat(vtt(DIALOGUE, RENAMED)).isEqualTo("""
        WEBVTT

        00:00:01.000 --> 00:00:01.900
        <v 山田>こんにちは。</v>

        00:00:02.500 --> 00:00:03.333
        <v 佐藤>AT&amp;T &lt;b&gt; --&gt;</v>

        00:00:04.000 --> 00:00:04.833
        <v 山田>また明日</v>

        """);
  }

  @Test
  void noteAndStyleComeBeforeTheFirstCue() throws IOException {
    String vtt = vtt(DIALOGUE, RENAMED.toBuilder().noteMetadata(true).speakerColours(true).build());
    assertThat(vtt).startsWith("""
        WEBVTT

        NOTE
        session_id: 0123abcd
        status: completed
        content_id: synthetic.wav
        speakers: 山田, 佐藤

        STYLE
        ::cue(v[voice="山田"]) { color: #ffff00; }
        ::cue(v[voice="佐藤"]) { color: #00ffff; }

        00:00:01.000 --> 00:00:01.900
        """);
    SubtitleChecks.checkAll(DIALOGUE, RENAMED.toBuilder().noteMetadata(true).speakerColours(true).build(), "note");
  }

  @Test
  void wordTimingPutsTimestampsStrictlyInsideTheCue() throws IOException {
    String vtt = vtt(DIALOGUE, RENAMED.toBuilder().wordTiming(true).build());
    assertThat(vtt).contains("<v 山田><c>こんにちは</c><00:00:01.800><c>。</c></v>")
        .contains("<v 佐藤><c>AT&amp;T</c> <00:00:02.900><c>&lt;b&gt;</c> <00:00:03.100><c>--&gt;</c></v>")
        .contains("<v 山田><c>また</c><00:00:04.300><c>明日</c></v>");
  }

  @Test
  void timestampsPastNinetyNineHoursGetMoreHourDigits() throws IOException {
    Transcript t = Transcripts.synthetic().get("past-99-hours");
    assertThat(vtt(t, SubtitleOptions.defaults())).contains("99:59:59.000 --> 100:00:00.500")
        .contains("111:06:40.000 --> ");
  }

  @Test
  void emptyTranscriptGivesAValidFileWithNoCues() throws IOException {
    Transcript empty = Transcripts.result().read("empty");
    assertThat(vtt(empty, SubtitleOptions.defaults())).isEqualTo("WEBVTT\n\n");
  }

  @Test
  void fileIsWrittenWholeOverTheOldOneWithNothingLeftBeside(@TempDir Path dir) throws IOException {
    Path vtt = dir.resolve("out.vtt");
    Files.writeString(vtt, "old");
    SubtitleReport report = new WebVttWriter(RENAMED).write(DIALOGUE, vtt);

    assertThat(Files.readString(vtt)).isEqualTo(vtt(DIALOGUE, RENAMED));
    assertThat(report.cues()).isEqualTo(3);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.vtt");
    }
  }

  @Test
  void reportSummarisesTheFile() throws IOException {
    SubtitleReport report = new WebVttWriter(RENAMED).write(DIALOGUE, new StringWriter());
    assertThat(report.profile()).isEqualTo(SubtitleProfile.ja());
    assertThat(report.cues()).isEqualTo(3);
    assertThat(report.shortestCueMs()).isEqualTo(833);
    assertThat(report.longestCueMs()).isEqualTo(900);
    assertThat(report.summary()).startsWith("profile ja: 3 cues, 833 ms to 900 ms;");
  }
}
