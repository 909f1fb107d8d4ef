package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.amivoicetoolkit.core.Transcript;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

class BatchStatsTest {

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void pooledStatisticsEqualStatisticsOfTheConcatenatedValues(long seed) {
    BatchStats batch = new BatchStats();
    List<Double> words = new ArrayList<>();
    long talk = 0;
    long billable = 0;
    long turns = 0;
    int files = 1 + (int) (seed % 5);
    for (int f = 0; f < files; f++) {
      Transcript transcript = Docs.json(RandomResults.json(seed * 31 + f));
      TranscriptStats stats = batch.add("f" + f + ".json", transcript);
      for (double c : TranscriptStatsPropertiesTest.wordConfidences(transcript)) {
        words.add(c);
      }
      talk += stats.total().talkMs();
      billable += stats.total().billableMs();
      turns += stats.total().turns();
    }
    double[] concatenated = words.stream().mapToDouble(Double::doubleValue).toArray();
    TotalStats total = batch.total();
    assertThat(total.confidence()).isEqualTo(ConfidenceStats.of(concatenated, 0.5));
    assertThat(total.talkMs()).isEqualTo(talk);
    assertThat(total.billableMs()).isEqualTo(billable);
    assertThat(total.turns()).isEqualTo(turns);
    assertThat(total.charsPerMin()).isEqualTo(talk == 0 ? 0.0 : total.chars() / (talk / 60000.0));
    assertThat(batch.speakersTable().rowCount())
        .isEqualTo(batch.files().stream().mapToInt(f -> f.speakers().size()).sum());
    assertThat(batch.filesTable().rowCount()).isEqualTo(files);
  }

  @Test
  void meansArePooledNotAveraged() {
    BatchStats batch = new BatchStats();
    // 13 words with mean ≈ 0.47 and 9 words with mean ≈ 0.995: the pooled mean weighs them 13 : 9
    batch.add("low.json", Docs.sample("sync-ja-low-confidence.json"));
    batch.add("high.json", Docs.sample("async-v2-completed-diarized.json"));
    double sum = 0;
    for (double v : new double[] {0.63, 0.68, 0.42, 0.33, 0.22, 0.01, 0.12, 0.4, 0.41, 0.94, 0.61, 0.49, 0.94,
        1, 1, 1, 1, 1, 1, 1, 1, 0.96}) {
      sum += v;
    }
    TotalStats total = batch.total();
    assertThat(total.confidence().n()).isEqualTo(22);
    assertThat(total.confidence().mean()).hasValue(sum / 22);
    // sorted: .01 .12 .22 .33 .40 .41 .42 .49 .61 .63 .68 .94 .94 .96 1 x8; rank ceil(11) = 11 -> 0.68
    assertThat(total.confidence().p50()).hasValue(0.68);
    // (11604 + 4320) / 2 turns
    assertThat(total.meanTurnMs()).hasValue(7962.0);
    assertThat(total.utterances()).isEqualTo(2);
    assertThat(total.utteranceConfidence().mean()).hasValue((0.931 + 1.0) / 2);
    assertThat(total.billableMs()).isEqualTo(12084 + 4944);
    assertThat(total.spanMs()).isEqualTo(12084 + 4944);
  }

  @Test
  void roundsEachJobBeforeAddingAndPricesTheSum() {
    AnalyticsOptions options = AnalyticsOptions.builder().billingUnitMs(1000)
        .pricePerHour(new BigDecimal("36")).build();
    BatchStats batch = new BatchStats(options);
    batch.add("a.json", Docs.sample("sync-ja-filler-kept.json")); // 2192 -> 3000
    batch.add("b.json", Docs.sample("async-v2-completed-diarized.json")); // 4944 -> 5000
    assertThat(batch.total().billableMs()).isEqualTo(7136);
    assertThat(batch.total().billableRoundedMs()).hasValue(8000);
    // 36 x 8000 / 3 600 000 = 0.08
    assertThat(batch.total().cost()).hasValue(new BigDecimal("0.08"));
  }

  @Test
  void keysSpeakersByFileAndPoolsSentiment() {
    BatchStats batch = new BatchStats();
    batch.add("one.json", Docs.sample("async-v1-completed-sentiment.json"));
    batch.add("two.json", Docs.sample("async-v1-completed-sentiment.json"));
    Table speakers = batch.speakersTable();
    assertThat(speakers.columnNames()).startsWith("file", "speaker", "talk_ms");
    assertThat(speakers.stringColumn("file").asList()).containsExactly("one.json", "one.json", "two.json", "two.json");
    assertThat(batch.sentimentTotal().orElseThrow().segments()).isEqualTo(4);
    assertThat(batch.sentimentTotal().orElseThrow().mean("energy")).hasValue(16.0);
    assertThat(batch.sentimentTable().rowCount()).isEqualTo(2);
  }

  @Test
  void skipsResultsThatAreNotCompletedAndRejectsMisuse() {
    BatchStats batch = new BatchStats();
    batch.add("bad.json", Docs.sample("create-job-failed-auth.json"));
    batch.add("ok.json", Docs.sample("sync-ja-filler-kept.json"));
    assertThat(batch.notCompleted()).containsExactly("bad.json");
    assertThat(batch.files()).extracting(FileStats::file).containsExactly("ok.json");
    assertThatThrownBy(() -> batch.add("ok.json", Docs.sample("sync-ja-filler-kept.json")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("file added twice: ok.json");
    TranscriptStats other = TranscriptStats.of(Docs.sample("sync-ja-filler-kept.json"),
        AnalyticsOptions.builder().lowConfidenceThreshold(0.9).build());
    assertThatThrownBy(() -> batch.add("x.json", other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("figures of x.json were computed with other options");
  }

  @Test
  void emptyBatchHasZerosAndEmptyStatistics() {
    BatchStats batch = new BatchStats();
    assertThat(batch.total().talkMs()).isZero();
    assertThat(batch.total().confidence().mean()).isEmpty();
    assertThat(batch.total().meanTurnMs()).isEmpty();
    assertThat(batch.sentimentTotal()).isEmpty();
    assertThat(batch.totalTable().rowCount()).isEqualTo(1);
    assertThat(StatsText.render(batch)).doesNotContain("NaN");
  }
}
