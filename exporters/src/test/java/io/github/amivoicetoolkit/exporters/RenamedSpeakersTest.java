package io.github.amivoicetoolkit.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.subtitle.SrtWriter;
import io.github.amivoicetoolkit.exporters.subtitle.SubtitleOptions;
import io.github.amivoicetoolkit.exporters.subtitle.TextTranscriptWriter;
import io.github.amivoicetoolkit.exporters.table.CsvDialect;
import io.github.amivoicetoolkit.exporters.table.CsvExporter;
import io.github.amivoicetoolkit.exporters.table.CsvOptions;
import io.github.amivoicetoolkit.exporters.table.ExportInput;
import io.github.amivoicetoolkit.exporters.table.ExportTable;
import io.github.amivoicetoolkit.testkit.ResultJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Renaming is decided once, on the transcript, so every output names the same speakers (the redesign's
 * two regressions: an utterance table that disagreed with the sentiment table, and subtitles that broke a
 * cue where two labels renamed to one name handed over).
 */
class RenamedSpeakersTest {
  private static final SpeakerNames NAMES = SpeakerNames.parse("speaker0=A,speaker1=A,speaker2=B");

  /** 300 ms of speaker0 and 200 ms of speaker1 (together A: 500 ms) against 400 ms of speaker2 (B), one utterance. */
  private static Transcript call() {
    return ResultJson.result()
        .word("one", 0, 300, "speaker0").word("two", 300, 500, "speaker1").word("three", 500, 900, "speaker2")
        .utterance(0, 900, 0.9, "onetwothree")
        .segment(0, 900, "energy", 7)
        .read().withSpeakerNames(NAMES);
  }

  @Test
  void utteranceTableAndSentimentTableNameTheSameSpeaker() throws IOException {
    Transcript transcript = call();
    ExportInput input = ExportInput.builder(transcript).stats(TranscriptStats.of(transcript)).build();
    CsvExporter csv = new CsvExporter(CsvOptions.builder().dialect(CsvDialect.RFC4180)
        .tables(EnumSet.of(ExportTable.UTTERANCES, ExportTable.SENTIMENT)).build());

    String utterances = table(csv, input, ExportTable.UTTERANCES);
    String sentiment = table(csv, input, ExportTable.SENTIMENT);

    assertThat(utterances.lines().skip(1)).singleElement().asString().startsWith("0,A,\"A, B\",0,900,");
    assertThat(sentiment.lines().skip(1)).singleElement().asString().contains(",A,7");
  }

  @Test
  void subtitlesKeepOneCueAndOneNameAcrossAHandOverBetweenLabelsRenamedToOneName() throws IOException {
    Transcript transcript = ResultJson.result()
        .word("はい", 0, 400, "speaker0").utterance(0, 400, 0.9, "はい")
        .word("ええ", 400, 800, "speaker1").utterance(400, 800, 0.9, "ええ")
        .word("そう", 800, 1200, "speaker0").utterance(800, 1200, 0.9, "そう")
        .read().withSpeakerNames(SpeakerNames.parse("speaker0=A,speaker1=A"));
    StringWriter srt = new StringWriter();
    new SrtWriter(SubtitleOptions.defaults()).write(transcript, srt);
    StringWriter text = new StringWriter();
    new TextTranscriptWriter(SubtitleOptions.defaults()).write(transcript, text);

    assertThat(srt.toString()).containsOnlyOnce("A: ");
    assertThat(text.toString()).isEqualTo("[00:00:00] A: はいええそう\n");
  }

  @Test
  void theUnlabelledSpeakerShowsUnderOneNameOrTheNameGivenToIt() throws IOException {
    Transcript mixed = ResultJson.result()
        .word("hello", 0, 400, "speaker0").utterance(0, 400, 0.9, "hello")
        .word("hi", 500, 900, null).utterance(500, 900, 0.9, "hi")
        .read();
    CsvExporter csv = new CsvExporter(CsvOptions.builder().dialect(CsvDialect.RFC4180)
        .tables(EnumSet.of(ExportTable.TOKENS)).build());
    StringWriter text = new StringWriter();
    new TextTranscriptWriter(SubtitleOptions.defaults()).write(mixed, text);

    assertThat(table(csv, ExportInput.of(mixed), ExportTable.TOKENS)).contains(",(no speaker),");
    assertThat(text.toString()).contains("(no speaker): hi");

    Transcript named = mixed.withSpeakerNames(SpeakerNames.parse("speaker0=Agent,=Caller"));
    assertThat(named.speakers()).containsExactly("Agent", "Caller");
    assertThat(table(csv, ExportInput.of(named), ExportTable.TOKENS)).contains(",Caller,").doesNotContain("(no speaker)");
  }

  private static String table(CsvExporter csv, ExportInput input, ExportTable table) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    csv.write(input, table, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
