package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.testkit.ResultJson;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Small handcrafted documents for each rule of the spec that the samples do not reach. */
class TranscriptStatsEdgeCasesTest {

  /** A token spoken "x"; a negative start leaves both times out, a NaN confidence leaves it out. */
  private static Consumer<ResultJson> token(String written, String label, int start, int end, double confidence) {
    return json -> json.token(written, "x", start < 0 ? null : start, start < 0 ? null : end,
        Double.isNaN(confidence) ? null : confidence, label);
  }

  @SafeVarargs
  private static List<Consumer<ResultJson>> tokens(Consumer<ResultJson>... tokens) {
    List<Consumer<ResultJson>> list = new ArrayList<>();
    for (Consumer<ResultJson> token : tokens) {
      list.add(token);
    }
    return list;
  }

  private static SpeakerStats speaker(TranscriptStats stats, String name) {
    return stats.speakers().stream().filter(s -> s.speaker().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void overlapIsTimeWhereTwoSpeakersTalkAtOnce() {
    TranscriptStats stats = TranscriptStats.of(Docs.utterances(tokens(
        token("a", "speaker0", 0, 1000, 0.9),
        token("b", "speaker1", 500, 1500, 0.9),
        token("c", "speaker0", 1400, 2000, 0.9))));

    // speaker0 [0,1000) + [1400,2000) = 1600; speaker1 [500,1500) = 1000
    assertThat(speaker(stats, "speaker0").talkMs()).isEqualTo(1600);
    assertThat(speaker(stats, "speaker1").talkMs()).isEqualTo(1000);
    // union [0,2000); both talk in [500,1000) and [1400,1500): 500 + 100
    assertThat(stats.total().speechMs()).isEqualTo(2000);
    assertThat(stats.total().overlapMs()).isEqualTo(600);
    assertThat(stats.total().talkMs()).isEqualTo(2600);
    assertThat(speaker(stats, "speaker0").turns()).isEqualTo(2);
    // turns [0,1000) and [1400,2000): (1000 + 600) / 2
    assertThat(speaker(stats, "speaker0").meanTurnMs()).hasValue(800.0);
  }

  @Test
  void overlapCountsTimeOnceHoweverManySpeakersAreActive() {
    TranscriptStats stats = TranscriptStats.of(Docs.utterances(tokens(
        token("a", "speaker0", 0, 1000, 0.9),
        token("b", "speaker1", 200, 800, 0.9),
        token("c", "speaker2", 400, 600, 0.9))));
    // two or more active in [200,800) = 600, though Σ talk - speech = 1800 - 1000 = 800
    assertThat(stats.total().speechMs()).isEqualTo(1000);
    assertThat(stats.total().overlapMs()).isEqualTo(600);
    assertThat(stats.speakers().stream().mapToDouble(SpeakerStats::share).sum()).isEqualTo(1.0);
  }

  @Test
  void touchingIntervalsDoNotOverlap() {
    TranscriptStats stats = TranscriptStats.of(Docs.utterances(tokens(
        token("a", "speaker0", 0, 500, 0.9),
        token("b", "speaker1", 500, 1000, 0.9),
        token("c", "speaker0", 1000, 1200, 0.9))));
    assertThat(stats.total().overlapMs()).isZero();
    assertThat(stats.total().speechMs()).isEqualTo(1200);
  }

  @Test
  void sameSpeakerOverlapsCountOnceInTalkTime() {
    TranscriptStats stats = TranscriptStats.of(Docs.utterances(tokens(
        token("a", "speaker0", 100, 600, 0.9),
        token("b", "speaker0", 0, 300, 0.9), // out of order: forces the sort
        token("c", "speaker0", 550, 700, 0.9))));
    assertThat(stats.speakers().get(0).talkMs()).isEqualTo(700);
    assertThat(stats.total().overlapMs()).isZero();
    // last timed end - first timed start in document order: 700 - 100
    assertThat(stats.speakers().get(0).meanTurnMs()).hasValue(600.0);
  }

  @Test
  void unlabelledTokensTakeTheNearestLabelOfTheirUtterance() {
    TranscriptStats stats = TranscriptStats.of(Docs.utterances(
        tokens(token("あ", null, 0, 100, 0.9), token("い", "speaker1", 100, 200, 0.9),
            token("う", null, 200, 300, 0.9)),
        tokens(token("え", null, 10_000, 10_400, 0.9))));

    assertThat(stats.speakers()).extracting(SpeakerStats::speaker).containsExactly("speaker1", "");
    SpeakerStats s1 = speaker(stats, "speaker1");
    assertThat(s1.words()).isEqualTo(3);
    assertThat(s1.talkMs()).isEqualTo(300);
    assertThat(s1.turns()).isEqualTo(1);
    SpeakerStats nobody = speaker(stats, "");
    assertThat(nobody.words()).isEqualTo(1);
    assertThat(nobody.talkMs()).isEqualTo(400);
    assertThat(stats.total().turns()).isEqualTo(2);
  }

  @Test
  void punctuationNeitherCountsNorBreaksATurn() {
    Transcript transcript = Docs.utterances(tokens(
        token("Hello", "speaker0", 0, 500, 0.9),
        json -> json.token(".", "", null, null, null, null), // untimed punctuation of a non-Japanese engine
        json -> json.token("、", "_", 500, 600, 0.1, "speaker1"),
        token("world", "speaker0", 600, 900, 0.8)));
    TranscriptStats stats = TranscriptStats.of(transcript);

    SpeakerStats s0 = speaker(stats, "speaker0");
    assertThat(s0.words()).isEqualTo(2);
    assertThat(s0.chars()).isEqualTo(10);
    assertThat(s0.turns()).isEqualTo(1);
    assertThat(s0.meanTurnMs()).hasValue(900.0);
    assertThat(s0.talkMs()).isEqualTo(800); // 、 [500,600) is punctuation: not talk
    assertThat(s0.confidence().n()).isEqualTo(2);
    // speaker1 only owns punctuation: a speaker with nothing to count
    SpeakerStats s1 = speaker(stats, "speaker1");
    assertThat(s1.turns()).isZero();
    assertThat(s1.talkMs()).isZero();
    assertThat(s1.share()).isEqualTo(0.0);
    assertThat(s1.meanTurnMs()).isEmpty();
    assertThat(s1.confidence().mean()).isEmpty();
    assertThat(stats.total().turns()).isEqualTo(1);
  }

  @Test
  void untimedWordsCountButAddNoTime() {
    TranscriptStats stats = TranscriptStats.of(Docs.utterances(tokens(
        token("a", "speaker0", 0, 100, 0.9),
        token("b", "speaker1", -1, -1, 0.9),
        token("c", "speaker1", 300, 300, 0.9), // end == start: not timed
        token("d", "speaker0", 400, 500, 0.9))));
    SpeakerStats s1 = speaker(stats, "speaker1");
    assertThat(s1.words()).isEqualTo(2);
    assertThat(s1.turns()).isEqualTo(1);
    assertThat(s1.talkMs()).isZero();
    assertThat(s1.meanTurnMs()).isEmpty();
    assertThat(s1.charsPerMin()).isEqualTo(0.0);
    assertThat(speaker(stats, "speaker0").turns()).isEqualTo(2);
    assertThat(speaker(stats, "speaker0").meanTurnMs()).hasValue(100.0);
  }

  @Test
  void fillersNeedThreeCharactersBetweenPercentSigns() {
    TranscriptStats stats = TranscriptStats.of(Docs.utterances(tokens(
        token("%えー%", null, 0, 200, 0.2),
        token("%あ", null, 200, 300, 0.9),
        token("%%", null, 300, 400, 0.9), // every code point punctuation
        token("%ん%", null, 400, 500, 0.3))));
    SpeakerStats s = stats.speakers().get(0);
    assertThat(s.fillers()).isEqualTo(2);
    assertThat(s.words()).isEqualTo(1);
    assertThat(s.chars()).isEqualTo(2);
    assertThat(s.talkMs()).isEqualTo(400); // fillers and the word; not %%
    assertThat(s.confidence().n()).isEqualTo(1);
  }

  /** One utterance over [0, 5000) with these tokens, and sentiment segments to add. */
  private static ResultJson withSentiment(List<Consumer<ResultJson>> tokens) {
    ResultJson json = ResultJson.result().text("");
    tokens.forEach(token -> token.accept(json));
    return json.utterance(0, 5000, 1.0, "");
  }

  @Test
  void sentimentGoesToLongestOverlapWithTiesToTheFirstSpeakerAndNobodyLast() {
    TranscriptStats stats = TranscriptStats.of(withSentiment(
        tokens(token("a", "speaker0", 0, 1000, 0.9), token("b", "speaker1", 1000, 2000, 0.9)))
        .segment(500, 1500, "energy", 10, "stress", 1)
        .segment(3000, 4000, "energy", 20, "stress", 2)
        .segment(1200, 1300, "energy", 30)
        .segment(900, 1800, "energy", 40, "stress", 4)
        .read());

    // [500,1500): 500 each, a tie -> speaker0; [3000,4000): nobody -> "";
    // [1200,1300): speaker1; [900,1800): speaker0 100, speaker1 800 -> speaker1
    assertThat(stats.sentiment()).extracting(SentimentStats::speaker).containsExactly("speaker0", "speaker1", "");
    assertThat(stats.sentiment()).extracting(SentimentStats::segments).containsExactly(1L, 2L, 1L);
    SentimentStats s1 = stats.sentiment().get(1);
    assertThat(s1.mean("energy")).hasValue(35.0); // (30 + 40) / 2
    assertThat(s1.mean("stress")).hasValue(4.0); // only the segment that has it
    SentimentStats all = stats.sentimentTotal().orElseThrow();
    assertThat(all.segments()).isEqualTo(4);
    assertThat(all.mean("energy")).hasValue(25.0);
    assertThat(all.mean("stress")).hasValue((1.0 + 2.0 + 4.0) / 3);
  }

  @Test
  void unknownSpeakerKeepsItsPlaceInSentimentWhenItIsASpeaker() {
    Transcript transcript = ResultJson.result().text("")
        .token("a", "x", 0, 1000, 0.9, null).utterance(0, 1000, null, "")
        .token("b", "x", 1000, 2000, 0.9, "speaker1").utterance(1000, 2000, null, "")
        .segment(1500, 1600, "energy", 1)
        .segment(5000, 6000, "energy", 3)
        .read();
    TranscriptStats stats = TranscriptStats.of(transcript);
    assertThat(stats.speakers()).extracting(SpeakerStats::speaker).containsExactly("", "speaker1");
    assertThat(stats.sentiment()).extracting(SentimentStats::speaker).containsExactly("", "speaker1");
  }

  @Test
  void emptyTranscriptGivesZerosAndEmptyStatistics() {
    for (Transcript empty : List.of(
        Docs.json("{'results':[{'tokens':[],'text':''}],'text':'','code':'','message':''}".replace('\'', '"')),
        ResultJson.result().text("").read())) {
      TranscriptStats stats = TranscriptStats.of(empty);
      assertThat(stats.isCompletedResult()).isTrue();
      assertThat(stats.speakers()).isEmpty();
      TotalStats t = stats.total();
      assertThat(List.of(t.talkMs(), t.speechMs(), t.overlapMs(), t.billableMs(), t.spanMs(), t.turns(),
          t.words(), t.chars(), t.fillers())).containsOnly(0L);
      assertThat(t.charsPerMin()).isEqualTo(0.0);
      assertThat(t.meanTurnMs()).isEmpty();
      assertThat(t.confidence().n()).isZero();
      assertThat(t.confidence().mean()).isEmpty();
      assertThat(t.confidence().p50()).isEmpty();
      assertThat(t.confidence().lowShare()).isEmpty();
      assertThat(t.utteranceConfidence().mean()).isEmpty();
      assertThat(StatsJson.toJson("e.json", stats)).doesNotContain("NaN")
          .contains("\"speakers\":[]", "\"conf_mean\":null", "\"utterance_conf_mean\":null");
      assertThat(stats.speakersTable().rowCount()).isZero();
      assertThat(stats.totalTable().rowCount()).isEqualTo(1);
      assertThat(stats.totalTable().doubleColumn("conf_mean").isMissing(0)).isTrue();
      assertThat(StatsText.render("e.json", stats)).doesNotContain("NaN");
    }
  }

  @Test
  void transcriptWithoutTimedTokensHasNoTalkButItsCounts() {
    TranscriptStats stats = TranscriptStats.of(Docs.utterances(tokens(
        token("a", "speaker0", -1, -1, 0.9), token("b", "speaker1", -1, -1, Double.NaN))));
    assertThat(stats.speakers()).extracting(SpeakerStats::share).containsExactly(0.0, 0.0);
    assertThat(stats.speakers()).extracting(SpeakerStats::charsPerMin).containsExactly(0.0, 0.0);
    assertThat(stats.speakers().get(1).confidence().isEmpty()).isTrue();
    assertThat(stats.total().speechMs()).isZero();
    assertThat(stats.total().meanTurnMs()).isEmpty();
    assertThat(stats.total().words()).isEqualTo(2);
    assertThat(stats.total().confidence().n()).isEqualTo(1);
    assertThat(StatsJson.toJson("t.json", stats)).doesNotContain("NaN").contains("\"mean_turn_ms\":null");
  }
}
