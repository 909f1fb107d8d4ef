package io.github.amivoicetoolkit.exporters.subtitle;

import static io.github.amivoicetoolkit.exporters.subtitle.Dialogue.DIALOGUE;
import static io.github.amivoicetoolkit.exporters.subtitle.Dialogue.RENAMED;
import static io.github.amivoicetoolkit.exporters.subtitle.Dialogue.srt;
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

        00:00:01.000 --> 00:00:02.417
        <v 山田>こんにちは。</v>

        00:00:02.500 --> 00:00:03.917
        <v 佐藤>AT&amp;T &lt;b&gt; --&gt;</v>

        00:00:04.000 --> 00:00:05.000
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

        00:00:01.000 --> 00:00:02.417
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
    // each cue extended into the silence after it towards 4 characters per second
    assertThat(report.shortestCueMs()).isEqualTo(1000);
    assertThat(report.longestCueMs()).isEqualTo(1417);
    assertThat(report.summary()).startsWith("profile ja: 3 cues, 1000 ms to 1417 ms;");
  }

  @Test
  void webVttFuriganaFromTheSpokenFormInHiragana() throws IOException {
    String vtt = vtt(Transcripts.synthetic().get("furigana"), RENAMED.toBuilder().ruby(true).build());
    assertThat(vtt).contains("<ruby>本日<rt>ほんじつ</rt></ruby>は", "お<ruby>忙<rt>いそが</rt></ruby>しい",
            "<ruby>東京<rt>とうきょう</rt></ruby>", "<ruby>A&amp;B社<rt>えーあんどびーしゃ</rt></ruby>",
            "<ruby>話<rt>はな</rt></ruby>す")
        // no ruby without kanji, when spoken is the written form, or not kana
        .contains("ヴァイオリン", "AmiVoice", "会議", "漢字")
        .doesNotContain("<rt>ヴ", "<rt>あみ", "<rt>会議", "<rt>kanji");
    assertThat(vtt(Transcripts.synthetic().get("furigana"), RENAMED)).doesNotContain("<ruby>");
    assertThat(Furigana.reading("漢字", "_")).isNull();
    assertThat(Furigana.reading("漢字", "カンジ")).isEqualTo("かんじ");
  }

  @Test
  void furiganaCountsInNeitherWidthNorReadingSpeed() throws IOException {
    Transcript t = Transcripts.synthetic().get("furigana");
    SubtitleReport plain = new WebVttWriter(RENAMED).write(t, new StringWriter());
    SubtitleReport ruby = new WebVttWriter(RENAMED.toBuilder().ruby(true).build()).write(t, new StringWriter());
    assertThat(ruby).isEqualTo(plain);
    assertThat(vtt(t, RENAMED.toBuilder().ruby(true).build()).replaceAll("<rt>[^<]*</rt>", "")
        .replace("<ruby>", "").replace("</ruby>", "")).isEqualTo(vtt(t, RENAMED));
  }

  @Test
  void webVttSpeakerPrefixShowsNamesInTheTextWhereSrtDoes() throws IOException {
    assertThat(vtt(DIALOGUE, RENAMED.toBuilder().speakerPrefix(true).build())).contains(
        "<v 山田>山田: こんにちは。</v>", "<v 佐藤>佐藤: AT&amp;T &lt;b&gt; --&gt;</v>", "<v 山田>山田: また明日</v>");
    Transcript awkward = Transcripts.synthetic().get("ja-dialogue-awkward-names");
    assertThat(vtt(awkward, RENAMED.toBuilder().speakerPrefix(true).build()))
        .contains("<v 山田 ＆ ＜Co＞>山田 &amp; ＜Co＞: ", "<v Dr. \"Smith\" --＞ B>Dr. \"Smith\" --＞ B: ");
  }

  @Test
  void voiceNamesNeverMakeACueArrow() throws IOException {
    Transcript dashes = Transcripts.synthetic().get("dash-names");
    String vtt = vtt(dashes, SubtitleOptions.defaults());
    assertThat(vtt).contains("<v a－－>hi</v>", "<v b－>yes</v>", "<v －>--</v>");
    assertThat(vtt.lines().filter(line -> !line.matches("\\d{2,}:.* --> .*"))).noneMatch(line -> line.contains("-->"));
    assertThat(WebVttWriter.voiceName("a-->b")).isEqualTo("a--＞b");
    assertThat(srt(dashes, SubtitleOptions.defaults())).contains("a--: hi");
  }
}
