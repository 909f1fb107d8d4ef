package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.internal.DisplayWidth;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTextTest {

  @Test
  void alignsColumnsCountingKanjiAsTwoColumns() {
    String text = StatsText.render("a.json", TranscriptStats.of(Docs.sample("async-v1-completed-sentiment.json")
        .withSpeakerNames(SpeakerNames.parse("speaker1=佐藤"))));
    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).isEqualTo("a.json");
    assertThat(lines.get(1)).startsWith("speaker   ");
    assertThat(lines.get(2)).startsWith("speaker0  3.8 s   91.6%      2");
    assertThat(lines.get(3)).startsWith("佐藤      0.4 s    8.4%      1");
    // every table line ends at the same display column
    int width = DisplayWidth.columns(lines.get(1));
    assertThat(lines.subList(1, 5)).allMatch(line -> DisplayWidth.columns(line) == width);
    assertThat(text).contains("speech 4.2 s · overlap 0.0 s").contains("energy").contains("16.0");
  }

  @Test
  void printsTheConversationFiguresInASecondTableUnderTheSpeakers() {
    String text = StatsText.render("example.json", TranscriptStats.of(Docs.json(ConversationFiguresTest.WORKED_EXAMPLE)));
    List<String> lines = text.lines().toList();
    int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("conversation")).findFirst().orElseThrow());
    assertThat(header).isGreaterThan(lines.indexOf(lines.stream().filter(l -> l.startsWith("speech ")).findFirst()
        .orElseThrow()));
    assertThat(lines.get(header)).isEqualTo(
        "conversation  longest turn  words/min  responses  gap mean  gap p50  interrupts  interrupted");
    assertThat(lines.get(header + 1)).isEqualTo(
        "speaker0             1.7 s      131.3          1    -1.2 s   -1.2 s           1            0");
    assertThat(lines.get(header + 3)).startsWith("total                3.4 s      102.9          3     0.7 s   -0.2 s");
    assertThat(lines.get(header + 4)).isEqualTo(
        "switches 3 (19.1/min) · interruptions 1 (1.2 s) · silences 1 (3.5 s, longest 3.5 s) · non-talk 3.8 s");
  }

  @Test
  void showsTheUnknownSpeakerAndEmptyStatisticsReadably() {
    String text = StatsText.render("e.json", TranscriptStats.of(Docs.json(
        "{\"results\":[{\"tokens\":[{\"written\":\"a\"}],\"text\":\"a\"}],\"code\":\"\",\"message\":\"\"}")));
    assertThat(text).contains("(no speaker)").contains(" -").doesNotContain("NaN");
  }

  @Test
  void reportsResultsThatAreNotCompletedOnOneLine() {
    assertThat(StatsText.render("p.json", TranscriptStats.of(Docs.sample("status-processing.json"))))
        .isEqualTo("p.json: not a completed result: processing\n");
  }

  @Test
  void measuresDisplayWidth() {
    assertThat(DisplayWidth.columns("abc")).isEqualTo(3);
    assertThat(DisplayWidth.columns("山田")).isEqualTo(4);
    assertThat(DisplayWidth.columns("ｶﾀｶﾅ")).isEqualTo(4); // half-width katakana
    assertThat(DisplayWidth.columns("ＡＢ")).isEqualTo(4); // full-width forms
    assertThat(DisplayWidth.columns("𠮷")).isEqualTo(2);
    assertThat(DisplayWidth.columns("e\u0301")).isEqualTo(1);
  }
}
