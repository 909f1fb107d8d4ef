package io.github.amivoicetoolkit.exporters.subtitle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.SyntheticJson;
import io.github.amivoicetoolkit.exporters.Transcripts;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact output of the SRT, WebVTT and text writers. */
class WritersTest {
  private static final Transcript DIALOGUE = new SyntheticJson()
      .utterance().word("こんにちは", 1000, 1800, "speaker0").punct("。", 1800, 1900, "speaker0")
      .utterance().word("AT&T", 2500, 2900, "speaker1").word("<b>", 2900, 3100, "speaker1")
      .word("-->", 3100, 3300, "speaker1")
      .utterance().word("また", 4000, 4300, "speaker0").word("明日", 4300, 4600, "speaker0")
      .read("dialogue").withSpeakerNames(SpeakerNames.parse("speaker0=山田,speaker1=佐藤"));
  private static final SubtitleOptions RENAMED = SubtitleOptions.builder().profile(SubtitleProfile.ja()).build();

  private static String srt(Transcript t, SubtitleOptions o) throws IOException {
    StringWriter out = new StringWriter();
    new SrtWriter(o).write(t, out);
    return out.toString();
  }

  private static String vtt(Transcript t, SubtitleOptions o) throws IOException {
    StringWriter out = new StringWriter();
    new WebVttWriter(o).write(t, out);
    return out.toString();
  }

  private static String text(Transcript t, SubtitleOptions o) throws IOException {
    StringWriter out = new StringWriter();
    new TextTranscriptWriter(o).write(t, out);
    return out.toString();
  }

  @Test
  void srtNumbersCuesPrefixesSpeakerChangesAndKeepsMarkupOutOfPlayersHands() throws IOException {
    assertThat(srt(DIALOGUE, RENAMED)).isEqualTo("""
        1
        00:00:01,000 --> 00:00:02,417
        山田: こんにちは。

        2
        00:00:02,500 --> 00:00:03,917
        佐藤: AT&T ＜b＞ --＞

        3
        00:00:04,000 --> 00:00:05,000
        山田: また明日

        """);
  }

  @Test
  void webVttEscapesTextAndMarksVoices() throws IOException {
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
  void webVttNoteAndStyleComeBeforeTheFirstCue() throws IOException {
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
  void webVttWordTimingPutsTimestampsStrictlyInsideTheCue() throws IOException {
    String vtt = vtt(DIALOGUE, RENAMED.toBuilder().wordTiming(true).build());
    assertThat(vtt).contains("<v 山田><c>こんにちは</c><00:00:01.800><c>。</c></v>")
        .contains("<v 佐藤><c>AT&amp;T</c> <00:00:02.900><c>&lt;b&gt;</c> <00:00:03.100><c>--&gt;</c></v>")
        .contains("<v 山田><c>また</c><00:00:04.300><c>明日</c></v>");
  }

  private static String ass(Transcript t, SubtitleOptions o) throws IOException {
    StringWriter out = new StringWriter();
    new AssWriter(o).write(t, out);
    return out.toString();
  }

  @Test
  void assHasOneStylePerSpeakerNamesInTheNameFieldAndEscapedText() throws IOException {
    Transcript t = new SyntheticJson()
        .utterance().word("こんにちは", 1000, 1800, "speaker0").punct("。", 1800, 1900, "speaker0")
        .utterance().word("{\\an8}", 2500, 2900, "speaker1").word("a}b", 2900, 3100, "speaker1")
        .word("\\N", 3100, 3300, "speaker1")
        .read("ass").withSpeakerNames(SpeakerNames.of(Map.of("speaker0", "山田", "speaker1", "Smith, Jr")));
    assertThat(ass(t, RENAMED)).isEqualTo("""
        [Script Info]
        ; Written by amivoice-toolkit
        ScriptType: v4.00+
        WrapStyle: 0
        ScaledBorderAndShadow: yes
        YCbCr Matrix: None
        PlayResX: 1920
        PlayResY: 1080

        [V4+ Styles]
        Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, \
        Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, \
        MarginV, Encoding
        Style: 山田,Noto Sans CJK JP,64,&H00009FE6,&H00FFFFFF,&H00000000,&H80000000,0,0,0,0,100,100,0,0,1,3,0,2,96,96,54,1
        Style: Smith， Jr,Noto Sans CJK JP,64,&H00E9B456,&H00FFFFFF,&H00000000,&H80000000,0,0,0,0,100,100,0,0,1,3,0,2,\
        96,96,54,1

        [Events]
        Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
        Dialogue: 0,0:00:01.00,0:00:02.41,山田,山田,0,0,0,,こんにちは。
        Dialogue: 0,0:00:02.50,0:00:05.50,Smith， Jr,Smith， Jr,0,0,0,,\\{＼an8\\} a\\}b＼N
        """);
    assertThat(StrictAssReader.read(ass(t, RENAMED)).events()).extracting(StrictAssReader.AssEvent::plainText)
        .containsExactly("こんにちは。\n", "{＼an8} a}b＼N\n");
  }

  @Test
  void assKaraokeLightsEachWordFromItsStartToTheNextOne() throws IOException {
    String ass = ass(DIALOGUE, RENAMED.toBuilder().wordTiming(true).build());
    assertThat(ass).contains("Dialogue: 0,0:00:01.00,0:00:02.41,山田,山田,0,0,0,,{\\k80}こんにちは{\\k61}。\n")
        .contains(",0,0,0,,{\\k40}AT&T {\\k20}<b> {\\k81}-->\n");
    for (StrictAssReader.AssEvent event : StrictAssReader.read(ass).events()) {
      assertThat(event.karaoke().stream().mapToLong(Long::longValue).sum()).isEqualTo(event.endCs() - event.startCs());
    }
  }

  @Test
  void speakerColoursComeFromTheSharedColourBlindSafePalette() {
    assertThat(SpeakerColours.all()).hasSize(7).doesNotHaveDuplicates().doesNotContain("#000000");
    assertThat(SpeakerColours.hex(0)).isEqualTo("#E69F00");
    assertThat(SpeakerColours.hex(7)).isEqualTo(SpeakerColours.hex(0));
    assertThat(SpeakerColours.rgb(1)).isEqualTo(0x56B4E9);
    assertThat(AssWriter.colour(0x56B4E9)).isEqualTo("&H00E9B456");
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

  @Test
  void timestampsPastNinetyNineHoursGetMoreHourDigits() throws IOException {
    Transcript t = Transcripts.synthetic().get("past-99-hours");
    assertThat(srt(t, SubtitleOptions.defaults())).contains("99:59:59,000 --> 100:00:00,500");
    assertThat(vtt(t, SubtitleOptions.defaults())).contains("99:59:59.000 --> 100:00:00.500")
        .contains("111:06:40.000 --> ");
  }

  @Test
  void textTranscriptHasOneParagraphPerSpeakerTurn() throws IOException {
    assertThat(text(DIALOGUE, RENAMED)).isEqualTo("""
        [00:00:01] 山田: こんにちは。

        [00:00:02] 佐藤: AT&T <b> -->

        [00:00:04] 山田: また明日
        """);
    Transcript unlabelled = new SyntheticJson().utterance().sentence("Just one voice.", 3_723_000, 300, null)
        .utterance().sentence("Still the same.", 3_730_000, 300, null).read("one");
    assertThat(text(unlabelled, SubtitleOptions.defaults())).isEqualTo("[01:02:03] Just one voice. Still the same.\n");
  }

  @Test
  void emptyTranscriptsGiveEmptyButValidFiles() throws IOException {
    Transcript empty = new SyntheticJson().read("empty");
    assertThat(vtt(empty, SubtitleOptions.defaults())).isEqualTo("WEBVTT\n\n");
    assertThat(srt(empty, SubtitleOptions.defaults())).isEmpty();
    assertThat(text(empty, SubtitleOptions.defaults())).isEmpty();
  }

  @Test
  void filesAreWrittenWholeWithNothingLeftBeside(@TempDir Path dir) throws IOException {
    Path srt = dir.resolve("out.srt");
    Path vtt = dir.resolve("out.vtt");
    Path txt = dir.resolve("out.txt");
    Files.writeString(srt, "old");
    SubtitleReport report = new SrtWriter(RENAMED).write(DIALOGUE, srt);
    new WebVttWriter(RENAMED).write(DIALOGUE, vtt);
    new TextTranscriptWriter(RENAMED).write(DIALOGUE, txt);
    assertThat(Files.readString(srt)).isEqualTo(srt(DIALOGUE, RENAMED));
    assertThat(Files.readString(vtt)).isEqualTo(vtt(DIALOGUE, RENAMED));
    assertThat(Files.readString(txt)).isEqualTo(text(DIALOGUE, RENAMED));
    assertThat(report.cues()).isEqualTo(3);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out.srt", "out.vtt", "out.txt");
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
}
