package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.testkit.WorkedExample;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conversation figures of {@code docs/figures.md}, hand-computed, one edge of the rules at a time. */
class ConversationFiguresTest {
  /** The worked example of docs/figures.md, verbatim. */
  static final String WORKED_EXAMPLE = WorkedExample.JSON;

  /** A token: written, speaker label, start, end (a negative start leaves it untimed). */
  private static String t(String written, String label, int start, int end) {
    return "{'written':'" + written + "'" + (label == null ? "" : ",'label':'" + label + "'")
        + (start < 0 ? "" : ",'starttime':" + start + ",'endtime':" + end) + "}";
  }

  private static TranscriptStats stats(AnalyticsOptions options, String... tokens) {
    return TranscriptStats.of(Docs.utterances("[" + String.join(",", tokens) + "]"), options);
  }

  private static TranscriptStats stats(String... tokens) {
    return stats(AnalyticsOptions.defaults(), tokens);
  }

  private static SpeakerConversation speaker(TranscriptStats stats, String name) {
    return stats.speakers().stream().filter(s -> s.speaker().equals(name)).findFirst().orElseThrow().conversation();
  }

  private static List<String> events(TranscriptStats stats) {
    ConversationEvents events = stats.events();
    List<String> rows = new ArrayList<>();
    for (int e = 0; e < events.size(); e++) {
      rows.add(events.type(e).id() + " " + events.startMs(e) + "-" + events.endMs(e)
          + (events.speaker(e) == null ? "" : " " + events.speaker(e) + ">" + events.interrupted(e)));
    }
    return rows;
  }

  @Test
  void workedExampleOfTheDocs() {
    TranscriptStats stats = TranscriptStats.of(Docs.json(WORKED_EXAMPLE));

    SpeakerConversation agent = speaker(stats, "speaker0");
    assertThat(agent.longestTurnMs()).hasValue(1700);
    assertThat(agent.wordsPerMin()).isEqualTo(131.25);
    assertThat(agent.responses()).isEqualTo(1);
    assertThat(agent.responseGapMean()).hasValue(-1200.0);
    assertThat(agent.responseGapP50()).hasValue(-1200);
    assertThat(agent.interruptions()).isEqualTo(1);
    assertThat(agent.interrupted()).isZero();
    SpeakerConversation caller = speaker(stats, "speaker1");
    assertThat(caller.longestTurnMs()).hasValue(3400);
    assertThat(caller.wordsPerMin()).isEqualTo(78.94736842105263);
    assertThat(caller.responses()).isEqualTo(2);
    assertThat(caller.responseGapMean()).hasValue(1650.0);
    assertThat(caller.responseGapP50()).hasValue(-200);
    assertThat(caller.interruptions()).isZero();
    assertThat(caller.interrupted()).isEqualTo(1);

    TotalConversation total = stats.total().conversation();
    assertThat(total.longestTurnMs()).hasValue(3400);
    assertThat(total.wordsPerMin()).isEqualTo(102.85714285714286);
    assertThat(total.responseGapMean()).hasValue(700.0);
    assertThat(total.responseGapP50()).hasValue(-200);
    assertThat(total.switches()).isEqualTo(3);
    assertThat(total.switchesPerMin()).isEqualTo(19.148936170212764);
    assertThat(total.interruptions()).isEqualTo(1);
    assertThat(total.interruptionMs()).isEqualTo(1200);
    assertThat(total.silences()).isEqualTo(1);
    assertThat(total.silenceMs()).isEqualTo(3500);
    assertThat(total.longestSilenceMs()).hasValue(3500);
    assertThat(total.nonTalkMs()).isEqualTo(3800);
    assertThat(total.windowMs()).isEqualTo(9400);
    assertThat(events(stats)).containsExactly("interruption 3800-5000 speaker0>speaker1", "silence 5500-9000");
  }

  @Test
  void workedExampleIsTheOneInTheDocs() throws java.io.IOException {
    java.nio.file.Path docs = java.nio.file.Path.of("..", "docs", "figures.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(docs), "docs/figures.md beside the module");
    String text = java.nio.file.Files.readString(docs);
    int from = text.indexOf("```json", text.indexOf("<summary>example.json</summary>")) + "```json".length();
    String json = text.substring(from, text.indexOf("```", from));
    assertThat(json.replaceAll("\\s+", "")).isEqualTo(WORKED_EXAMPLE.replaceAll("\\s+", ""));
    // and the events the docs list are the ones computed
    assertThat(text).contains("| 0 | interruption | 3800 | 5000 | 00:00:03.800 | 00:00:05.000 | 1200 | speaker0 | speaker1 |",
        "| 1 | silence | 5500 | 9000 | 00:00:05.500 | 00:00:09.000 | 3500 | | |");
  }

  @Test
  void workedExampleAsJsonHasTheDocumentedKeysAndValues() {
    String line = StatsJson.toJson("example.json", TranscriptStats.of(Docs.json(WORKED_EXAMPLE)));
    assertThat(line).contains("\"low_conf_share\":0.14285714285714285,\"longest_turn_ms\":1700,"
        + "\"words_per_min\":131.25,\"responses\":1,\"response_gap_mean\":-1200.0,\"response_gap_p50\":-1200,"
        + "\"interruptions\":1,\"interrupted\":0}");
    assertThat(line).contains("\"utterance_conf_max\":0.99,\"longest_turn_ms\":3400,\"words_per_min\":102.85714285714286,"
        + "\"response_gap_mean\":700.0,\"response_gap_p50\":-200,\"switches\":3,\"switches_per_min\":19.148936170212764,"
        + "\"interruptions\":1,\"interruption_ms\":1200,\"silences\":1,\"silence_ms\":3500,\"longest_silence_ms\":3500,"
        + "\"non_talk_ms\":3800}");
  }

  @Test
  void noTimedTokenGivesNullsAndZeros() {
    TranscriptStats stats = stats(t("a", "speaker0", -1, 0), t("b", "speaker1", -1, 0), t("c", "speaker0", 5, 5));

    SpeakerConversation s = speaker(stats, "speaker0");
    assertThat(s.longestTurnMs()).isEmpty();
    assertThat(s.wordsPerMin()).isZero();
    assertThat(s.responses()).isZero();
    assertThat(s.responseGapMean()).isEmpty();
    assertThat(s.responseGapP50()).isEmpty();
    TotalConversation total = stats.total().conversation();
    assertThat(total.switches()).isZero();
    assertThat(total.switchesPerMin()).isZero();
    assertThat(total.windowMs()).isZero();
    assertThat(total.nonTalkMs()).isZero();
    assertThat(total.silences()).isZero();
    assertThat(total.longestSilenceMs()).isEmpty();
    assertThat(total.longestTurnMs()).isEmpty();
    assertThat(stats.events().size()).isZero();
    assertThat(StatsJson.toJson("x.json", stats)).contains("\"longest_turn_ms\":null", "\"response_gap_mean\":null",
        "\"response_gap_p50\":null", "\"longest_silence_ms\":null").doesNotContain("NaN");
  }

  @Test
  void oneSpeakerMakesNoResponsesButHasSilences() {
    TranscriptStats stats = stats(t("a", null, 0, 1000), t("b", null, 5000, 6000), t("c", null, 6000, 6500));

    SpeakerConversation s = speaker(stats, "");
    assertThat(s.longestTurnMs()).hasValue(6500);
    assertThat(s.responses()).isZero();
    TotalConversation total = stats.total().conversation();
    assertThat(total.switches()).isZero();
    assertThat(total.silences()).isEqualTo(1);
    assertThat(total.silenceMs()).isEqualTo(4000);
    assertThat(total.nonTalkMs()).isEqualTo(4000);
    assertThat(total.windowMs()).isEqualTo(6500);
    assertThat(events(stats)).containsExactly("silence 1000-5000");
  }

  @Test
  void anUntimedTurnBetweenTwoOthersIsSkipped() {
    // speaker0 [0,1000), speaker1 untimed, speaker2 [1500,2000): speaker2 answers speaker0 with gap 500
    TranscriptStats stats = stats(t("a", "speaker0", 0, 1000), t("b", "speaker1", -1, 0), t("c", "speaker2", 1500, 2000));

    assertThat(speaker(stats, "speaker1").responses()).isZero();
    assertThat(speaker(stats, "speaker1").longestTurnMs()).isEmpty();
    assertThat(speaker(stats, "speaker2").responses()).isEqualTo(1);
    assertThat(speaker(stats, "speaker2").responseGapMean()).hasValue(500.0);
    assertThat(stats.total().conversation().switches()).isEqualTo(1);
    assertThat(stats.total().turns()).isEqualTo(3);
  }

  @Test
  void sameSpeakerAcrossAnUntimedTurnMakesNoResponse() {
    TranscriptStats stats = stats(t("a", "speaker0", 0, 1000), t("b", "speaker1", -1, 0), t("c", "speaker0", 1200, 2000));

    assertThat(stats.total().conversation().switches()).isZero();
    assertThat(speaker(stats, "speaker0").longestTurnMs()).hasValue(1000);
  }

  @Test
  void gapsAndOverlapsExactlyAtTheThresholdsCount() {
    // silence of exactly 3000 ms; an overlap of exactly 1000 ms
    TranscriptStats stats = stats(t("a", "speaker0", 0, 2000), t("b", "speaker1", 1000, 3000),
        t("c", "speaker0", 6000, 7000));
    TotalConversation total = stats.total().conversation();
    assertThat(total.interruptions()).isEqualTo(1);
    assertThat(total.interruptionMs()).isEqualTo(1000);
    assertThat(total.silences()).isEqualTo(1);
    assertThat(total.silenceMs()).isEqualTo(3000);
    assertThat(events(stats)).containsExactly("interruption 1000-2000 speaker1>speaker0", "silence 3000-6000");

    // one millisecond less of each: neither counts, but the gap is still non-talk time
    TranscriptStats below = stats(t("a", "speaker0", 0, 2000), t("b", "speaker1", 1001, 3000),
        t("c", "speaker0", 5999, 7000));
    assertThat(below.total().conversation().interruptions()).isZero();
    assertThat(below.total().conversation().silences()).isZero();
    assertThat(below.total().conversation().nonTalkMs()).isEqualTo(2999);
    assertThat(below.total().conversation().switches()).isEqualTo(2);
    assertThat(below.events().size()).isZero();
  }

  @Test
  void thresholdsAreOptionsAndZeroCountsEveryGapAndOverlap() {
    AnalyticsOptions everything = AnalyticsOptions.builder().silenceMs(0).interruptionMs(0).build();
    TranscriptStats stats = stats(everything, t("a", "speaker0", 0, 2000), t("b", "speaker1", 1999, 3000),
        t("c", "speaker0", 3001, 4000), t("d", "speaker1", 4000, 4500));
    TotalConversation total = stats.total().conversation();
    // an overlap of 1 ms interrupts; touching turns (gap 0) neither overlap nor leave a silence
    assertThat(total.interruptions()).isEqualTo(1);
    assertThat(total.interruptionMs()).isEqualTo(1);
    assertThat(total.silences()).isEqualTo(1);
    assertThat(total.silenceMs()).isEqualTo(1);
    assertThat(events(stats)).containsExactly("interruption 1999-2000 speaker1>speaker0", "silence 3000-3001");
  }

  @Test
  void untimedPunctuationNeitherBreaksTurnsNorCounts() {
    TranscriptStats stats = stats(t("a", "speaker0", 0, 1000), t("。", "speaker1", -1, 0), t("、", null, 1000, 5000),
        t("b", "speaker0", 1000, 1500), t("c", "speaker1", 1600, 2000));
    // timed punctuation does not count as talk either: [1000, 5000) leaves no trace
    assertThat(speaker(stats, "speaker0").longestTurnMs()).hasValue(1500);
    assertThat(stats.total().conversation().switches()).isEqualTo(1);
    assertThat(speaker(stats, "speaker1").responseGapMean()).hasValue(100.0);
    assertThat(stats.total().conversation().windowMs()).isEqualTo(2000);
  }

  @Test
  void overlapInsideOneSpeakerIsNeitherAnInterruptionNorASilence() {
    // speaker0's own tokens overlap; speaker1 then starts inside speaker0's last token
    TranscriptStats stats = stats(t("a", "speaker0", 0, 3000), t("b", "speaker0", 1000, 2000),
        t("c", "speaker1", 1500, 4000));
    // turn of speaker0 is [0, 2000): the last timed end in document order, not the largest
    assertThat(speaker(stats, "speaker0").longestTurnMs()).hasValue(2000);
    // gap 1500 - 2000 = -500, overlap min(2000, 4000) - 1500 = 500 < 1000
    assertThat(speaker(stats, "speaker1").responseGapMean()).hasValue(-500.0);
    assertThat(stats.total().conversation().interruptions()).isZero();
    assertThat(stats.total().conversation().silences()).isZero();
    assertThat(stats.total().conversation().nonTalkMs()).isZero();
  }

  @Test
  void aResponseEndingBeforeTheTurnItAnswersOverlapsOnlyItsOwnLength() {
    // B speaks [1000, 2500) inside A's [0, 5000): overlap min(5000, 2500) - 1000 = 1500
    TranscriptStats stats = stats(t("a", "A", 0, 5000), t("b", "B", 1000, 2500));
    assertThat(stats.total().conversation().interruptionMs()).isEqualTo(1500);
    assertThat(events(stats)).containsExactly("interruption 1000-2500 B>A");
  }

  @Test
  void eventsAreOrderedByStartWithSilencesFirst() {
    // a silence [1000, 5000) and an interruption starting at 5000? An interruption starts inside a turn,
    // so at a silence's start only with times out of document order: C's turn answers B's late turn.
    TranscriptStats stats = stats(t("a", "A", 0, 1000), t("b", "B", 5000, 9000), t("c", "C", 1000, 8000));
    // silences: the union is [0, 9000) minus nothing: A [0,1000) C [1000,8000) B [5000,9000) => none
    assertThat(stats.total().conversation().silences()).isZero();
    // C answers B: gap 1000 - 9000 < 0, overlap min(9000, 8000) - 1000 = 7000
    assertThat(events(stats)).containsExactly("interruption 1000-8000 C>B");

    TranscriptStats tied = stats(AnalyticsOptions.builder().silenceMs(500).build(),
        t("a", "A", 0, 1000), t("b", "B", 2000, 9000), t("c", "C", 1000, 1500), t("d", "A", 6000, 6100),
        t("e", "B", 8000, 8500));
    // union: [0,1500) [2000,9000): silence [1500, 2000); C answers B from 1000: overlap min(9000,1500)-1000
    // = 500 < 1000, so no interruption; B answers A at 8000 (gap 8000 - 6100 > 0)
    assertThat(events(tied)).containsExactly("silence 1500-2000");
    TranscriptStats interleaved = stats(AnalyticsOptions.builder().silenceMs(500).build(),
        t("a", "A", 0, 1000), t("b", "B", 3000, 9000), t("c", "C", 1500, 4000), t("d", "A", 1500, 3500));
    // silence [1000, 1500); C answers B at 1500 (overlap 4000 - 1500 = 2500), A answers C at 1500
    // (overlap min(4000, 3500) - 1500 = 2000): same start, silence first, then document order
    assertThat(events(interleaved)).containsExactly("silence 1000-1500", "interruption 1500-4000 C>B",
        "interruption 1500-3500 A>C");
  }

  @Test
  void renamingMergesSpeakersBeforeTheFiguresAreComputed() {
    Transcript transcript = Docs.json(WORKED_EXAMPLE)
        .withSpeakerNames(io.github.amivoicetoolkit.core.SpeakerNames.parse("speaker0=Agent,speaker1=Agent"));
    TranscriptStats stats = TranscriptStats.of(transcript);
    assertThat(stats.total().conversation().switches()).isZero();
    assertThat(speaker(stats, "Agent").longestTurnMs()).hasValue(9400);
  }
}
