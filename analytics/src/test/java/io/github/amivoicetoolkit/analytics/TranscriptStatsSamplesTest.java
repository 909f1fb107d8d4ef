package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.amivoicetoolkit.core.SpeakerNames;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed figures of the shared samples; the arithmetic is in the comments. */
class TranscriptStatsSamplesTest {

  @Test
  void diarizedSampleHasOneSpeakerWithPunctuationLeftOut() {
    TranscriptStats stats = TranscriptStats.of(Docs.sample("async-v2-completed-diarized.json"));

    assertThat(stats.speakers()).hasSize(1);
    SpeakerStats s = stats.speakers().get(0);
    assertThat(s.speaker()).isEqualTo("speaker0");
    // words: www2 1620-2548, は 2548-2804 | gap 2804-2836 | バスケットボール 2836-3956 … です 5412-5940;
    // 。 (spoken "_") 5940-6244 is punctuation and not counted.
    // union [1620,2804) + [2836,5940) = 1184 + 3104 = 4288
    assertThat(s.talkMs()).isEqualTo(4288);
    assertThat(s.share()).isEqualTo(1.0);
    assertThat(s.turns()).isEqualTo(1);
    assertThat(s.meanTurnMs()).hasValue(5940 - 1620);
    assertThat(s.words()).isEqualTo(9);
    // www2 4 + は 1 + バスケットボール 8 + の 1 + 記録 2 + に 1 + 関する 3 + 用語 2 + です 2
    assertThat(s.chars()).isEqualTo(24);
    assertThat(s.charsPerMin()).isEqualTo(24 / (4288 / 60000.0)).isCloseTo(335.82, within(0.01));
    assertThat(s.fillers()).isZero();
    // eight 1.0 then 0.96, summed in document order
    ConfidenceStats c = s.confidence();
    assertThat(c.n()).isEqualTo(9);
    assertThat(c.mean()).hasValue((8.0 + 0.96) / 9);
    assertThat(c.min()).hasValue(0.96);
    assertThat(c.max()).hasValue(1.0);
    assertThat(c.p10()).hasValue(0.96); // rank ceil(0.9) = 1
    assertThat(c.p50()).hasValue(1.0); // rank ceil(4.5) = 5
    assertThat(c.p90()).hasValue(1.0); // rank ceil(8.1) = 9
    assertThat(c.lowShare()).hasValue(0.0);

    TotalStats t = stats.total();
    assertThat(t.talkMs()).isEqualTo(4288);
    assertThat(t.speechMs()).isEqualTo(4288);
    assertThat(t.overlapMs()).isZero();
    assertThat(t.utterances()).isEqualTo(1);
    assertThat(t.billableMs()).isEqualTo(6244 - 1300);
    assertThat(t.spanMs()).isEqualTo(6244 - 1300);
    assertThat(t.utteranceConfidence().mean()).hasValue(1.0);
    assertThat(t.confidence()).isEqualTo(c);
    assertThat(stats.sentiment()).isEmpty();
    assertThat(stats.sentimentTotal()).isEmpty();
  }

  @Test
  void sentimentSampleSplitsTwoSpeakersIntoThreeTurns() {
    TranscriptStats stats = TranscriptStats.of(Docs.sample("async-v1-completed-sentiment.json"));

    assertThat(stats.speakers()).extracting(SpeakerStats::speaker).containsExactly("speaker0", "speaker1");
    SpeakerStats s0 = stats.speakers().get(0);
    SpeakerStats s1 = stats.speakers().get(1);
    // speaker0: [1620,2788) 1168 + [2916,5060) 2144 + [5412,5940) 528 = 3840; speaker1: 用語 [5060,5412) 352
    assertThat(s0.talkMs()).isEqualTo(3840);
    assertThat(s1.talkMs()).isEqualTo(352);
    assertThat(s0.share()).isEqualTo(3840.0 / 4192);
    assertThat(s1.share()).isEqualTo(352.0 / 4192);
    assertThat(s0.share() + s1.share()).isEqualTo(1.0);
    // turns: speaker0 www2…関する, speaker1 用語, speaker0 です
    assertThat(s0.turns()).isEqualTo(2);
    assertThat(s1.turns()).isEqualTo(1);
    // speaker0: (5060 - 1620) = 3440 and (5940 - 5412) = 528 -> 3968 / 2
    assertThat(s0.meanTurnMs()).hasValue(1984.0);
    assertThat(s1.meanTurnMs()).hasValue(352.0);
    assertThat(s0.words()).isEqualTo(8);
    assertThat(s0.chars()).isEqualTo(22); // 24 - 用語 2
    assertThat(s1.chars()).isEqualTo(2);
    assertThat(s0.charsPerMin()).isEqualTo(22 / (3840 / 60000.0));
    // speaker0 confidences in document order: 1, 1, 1, 0.99, 1, 1, 1, 0.96
    ConfidenceStats c0 = s0.confidence();
    assertThat(c0.n()).isEqualTo(8);
    assertThat(c0.mean()).hasValue((((((((1.0 + 1.0) + 1.0) + 0.99) + 1.0) + 1.0) + 1.0) + 0.96) / 8);
    assertThat(c0.p10()).hasValue(0.96); // sorted 0.96, 0.99, 1 x6; rank ceil(0.8) = 1
    assertThat(c0.p50()).hasValue(1.0); // rank 4
    assertThat(c0.p90()).hasValue(1.0); // rank ceil(7.2) = 8
    assertThat(s1.confidence().n()).isEqualTo(1);

    TotalStats t = stats.total();
    // union [1620,2788) + [2916,5940) = 1168 + 3024 = 4192: no overlap
    assertThat(t.talkMs()).isEqualTo(4192);
    assertThat(t.speechMs()).isEqualTo(4192);
    assertThat(t.overlapMs()).isZero();
    assertThat(t.turns()).isEqualTo(3);
    assertThat(t.meanTurnMs()).hasValue((3440 + 352 + 528) / 3.0);
    assertThat(t.words()).isEqualTo(9);
    assertThat(t.chars()).isEqualTo(24);
    // all nine in document order; sorted 0.96, 0.99, 1 x7
    assertThat(t.confidence().mean())
        .hasValue(((((((((1.0 + 1.0) + 1.0) + 0.99) + 1.0) + 1.0) + 1.0) + 1.0) + 0.96) / 9);
    assertThat(t.confidence().p10()).hasValue(0.96);
    assertThat(t.confidence().p50()).hasValue(1.0);
    assertThat(t.billableMs()).isEqualTo(6196 - 1300);

    // segment [1680,2860) overlaps speaker0's [1620,2788) by 1108, nobody else;
    // segment [3520,4900) overlaps speaker0's [2916,5060) by 1380.
    assertThat(stats.sentiment()).hasSize(1);
    SentimentStats sentiment = stats.sentiment().get(0);
    assertThat(sentiment.speaker()).isEqualTo("speaker0");
    assertThat(sentiment.segments()).isEqualTo(2);
    assertThat(sentiment.parameters()).hasSize(20).startsWith("energy", "stress", "emo_cog");
    assertThat(sentiment.mean("energy")).hasValue(16.0); // (12 + 20) / 2
    assertThat(sentiment.mean("stress")).hasValue(5.5); // (3 + 8) / 2
    assertThat(sentiment.mean("emo_cog")).hasValue(257.5); // (210 + 305) / 2
    assertThat(sentiment.mean("atmosphere")).hasValue(-1.5); // (12 - 15) / 2
    assertThat(stats.sentimentTotal().orElseThrow().segments()).isEqualTo(2);
  }

  @Test
  void keptFillerCountsAsTalkAndTurnButNotAsWordOrConfidence() {
    TranscriptStats stats = TranscriptStats.of(Docs.sample("sync-ja-filler-kept.json"));

    SpeakerStats s = stats.speakers().get(0);
    assertThat(s.speaker()).isEmpty(); // no diarization: one speaker ""
    assertThat(s.fillers()).isEqualTo(1); // %えーと% 708-1252
    assertThat(s.words()).isEqualTo(1); // こんにちは 1252-2228
    assertThat(s.chars()).isEqualTo(5);
    assertThat(s.talkMs()).isEqualTo(2228 - 708);
    assertThat(s.turns()).isEqualTo(1);
    assertThat(s.meanTurnMs()).hasValue(1520.0);
    // the filler's 0.45 is not a word confidence: only こんにちは 0.87, which is not low
    assertThat(s.confidence().n()).isEqualTo(1);
    assertThat(s.confidence().mean()).hasValue(0.87);
    assertThat(s.confidence().lowShare()).hasValue(0.0);
    assertThat(stats.total().billableMs()).isEqualTo(2692 - 500);
    assertThat(stats.total().utteranceConfidence().mean()).hasValue(0.993);
  }

  @Test
  void lowConfidenceSampleHasNearestRankPercentiles() {
    TranscriptStats stats = TranscriptStats.of(Docs.sample("sync-ja-low-confidence.json"));

    SpeakerStats s = stats.speakers().get(0);
    // merged: [336,1280) 944, [1938,2626) 688, [2674,3474) 800, [5612,6044) 432, [6850,7746) 896,
    // [9938,10594) 656, [11172,11940) 768 -> 5184
    assertThat(s.talkMs()).isEqualTo(5184);
    assertThat(s.words()).isEqualTo(13);
    // ナンプラー5 パン2 葉1 を1 煎じ2 た1 ピチャイ4 氏1 ちょっと4 B1 星1 への2 パーク3
    assertThat(s.chars()).isEqualTo(28);
    ConfidenceStats c = s.confidence();
    // sorted: .01 .12 .22 .33 .40 .41 .42 .49 .61 .63 .68 .94 .94
    assertThat(c.n()).isEqualTo(13);
    assertThat(c.min()).hasValue(0.01);
    assertThat(c.max()).hasValue(0.94);
    assertThat(c.p10()).hasValue(0.12); // rank ceil(1.3) = 2
    assertThat(c.p50()).hasValue(0.42); // rank ceil(6.5) = 7
    assertThat(c.p90()).hasValue(0.94); // rank ceil(11.7) = 12
    assertThat(c.lowShare()).hasValue(8.0 / 13); // .42 .33 .22 .01 .12 .40 .41 .49 are < 0.5
    double sum = 0;
    for (double v : List.of(0.63, 0.68, 0.42, 0.33, 0.22, 0.01, 0.12, 0.4, 0.41, 0.94, 0.61, 0.49, 0.94)) {
      sum += v;
    }
    assertThat(c.mean()).hasValue(sum / 13);
    assertThat(s.meanTurnMs()).hasValue(11940 - 336);
    assertThat(stats.total().spanMs()).isEqualTo(12084);
  }

  @Test
  void thresholdIsConfigurable() {
    AnalyticsOptions strict = AnalyticsOptions.builder().lowConfidenceThreshold(0.95).build();
    TranscriptStats stats = TranscriptStats.of(Docs.sample("sync-ja-low-confidence.json"), strict);
    assertThat(stats.total().confidence().lowShare()).hasValue(1.0); // the best word is 0.94
    // utterance confidence 0.931 is below 0.95 too
    assertThat(stats.total().utteranceConfidence().lowShare()).hasValue(1.0);
  }

  @Test
  void renamingAppliesToSpeakersAndSentiment() {
    TranscriptStats stats = TranscriptStats.of(Docs.sample("async-v1-completed-sentiment.json")
        .withSpeakerNames(SpeakerNames.parse("speaker0=山田,speaker1=佐藤")));
    assertThat(stats.speakers()).extracting(SpeakerStats::speaker).containsExactly("山田", "佐藤");
    assertThat(stats.sentiment()).extracting(SentimentStats::speaker).containsExactly("山田");
  }

  @Test
  void labelsRenamedToOneNameArePooled() {
    TranscriptStats stats = TranscriptStats.of(Docs.sample("async-v1-completed-sentiment.json")
        .withSpeakerNames(SpeakerNames.parse("speaker0=山田,speaker1=山田")));
    assertThat(stats.speakers()).hasSize(1);
    SpeakerStats s = stats.speakers().get(0);
    assertThat(s.talkMs()).isEqualTo(4192);
    assertThat(s.turns()).isEqualTo(1); // one run once the labels are the same speaker
    assertThat(s.words()).isEqualTo(9);
  }

  @Test
  void billingRoundsEachJobUpAndEstimatesCostFromTheGivenPrice() {
    AnalyticsOptions options = AnalyticsOptions.builder()
        .billingUnitMs(1000).pricePerHour(new BigDecimal("90")).build();
    TotalStats t = TranscriptStats.of(Docs.sample("async-v2-completed-diarized.json"), options).total();
    assertThat(t.billableMs()).isEqualTo(4944);
    assertThat(t.billableRoundedMs()).hasValue(5000);
    // 90 per hour x 5000 ms / 3 600 000 = 0.125 exactly
    assertThat(t.cost()).hasValue(new BigDecimal("0.125"));
    TotalStats unpriced = TranscriptStats.of(Docs.sample("async-v2-completed-diarized.json")).total();
    assertThat(unpriced.billableRoundedMs()).isEmpty();
    assertThat(unpriced.cost()).isEmpty();
  }

  @Test
  void failureBodiesAndUnfinishedJobsAreNotCompletedResults() {
    for (String name : List.of("create-job-failed-auth.json", "status-error-rejected.json",
        "status-processing.json", "create-job-accepted.json")) {
      TranscriptStats stats = TranscriptStats.of(Docs.sample(name));
      assertThat(stats.isCompletedResult()).as(name).isFalse();
      assertThat(stats.total().talkMs()).as(name).isZero();
    }
    assertThat(TranscriptStats.of(Docs.sample("sync-ja-filler-kept.json")).isCompletedResult()).isTrue();
  }
}
