package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.testkit.ResultJson;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Confidence statistics are read off counts per distinct value; they must equal, bit for bit, the
 * statistics of the values sorted, whichever way they were counted.
 */
class ConfidenceCountingTest {

  @Test
  void countsGiveTheSameStatisticsAsSortingIncludingSignedZerosAndTheThreshold() {
    double[] values = {0.5, -0.0, 0.0, 0.5, 1.0, 0.49999999999999994, 0.5, 0.0, 0.25, -0.0, 0.9};
    double[] sorted = {-0.0, 0.0, 0.25, 0.49999999999999994, 0.5, 0.9, 1.0};
    long[] counts = {99, 2, 2, 1, 1, 3, 1, 1};
    double sum = 0;
    for (double v : values) {
      sum += v;
    }

    assertThat(ConfidenceStats.ofCounts(sorted, counts, 1, values.length, sum, 0.5))
        .isEqualTo(ConfidenceStats.of(values, 0.5));
    assertThat(ConfidenceStats.ofCounts(sorted, counts, 1, values.length, sum, 0.0))
        .isEqualTo(ConfidenceStats.of(values, 0.0));
  }

  @Test
  void countsSkipValuesNotPresentAndTakeNearestRanks() {
    double[] sorted = {0.1, 0.2, 0.3, 0.4};
    long[] counts = {0, 9, 0, 1};
    ConfidenceStats stats = ConfidenceStats.ofCounts(sorted, counts, 0, 10, 9 * 0.2 + 0.4, 0.3);

    assertThat(stats.min()).hasValue(0.2);
    assertThat(stats.max()).hasValue(0.4);
    assertThat(stats.p50()).hasValue(0.2);
    assertThat(stats.p90()).hasValue(0.2);
    assertThat(stats.lowShare()).hasValue(0.9);
    assertThat(ConfidenceStats.ofCounts(sorted, new long[4], 0, 0, 0, 0.3).isEmpty()).isTrue();
  }

  /**
   * 30 speakers with nearly every confidence distinct: the per-speaker count table would outgrow the
   * tokens, so each speaker's values are sorted instead (and with 3 speakers they are counted).
   */
  @ParameterizedTest
  @ValueSource(ints = {3, 30})
  void perSpeakerStatisticsAreExactWhetherCountedOrSorted(int speakers) {
    SplittableRandom random = new SplittableRandom(speakers);
    List<List<Double>> bySpeaker = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    for (int s = 0; s < speakers; s++) {
      bySpeaker.add(new ArrayList<>());
    }
    ResultJson json = ResultJson.result();
    for (int u = 0; u < 300; u++) {
      double utteranceConfidence = random.nextInt(1000) / 1000.0;
      for (int t = 0; t < 10; t++) {
        int speaker = random.nextInt(speakers);
        double confidence = random.nextInt(1_000_000) / 1_000_000.0;
        bySpeaker.get(speaker).add(confidence);
        all.add(confidence);
        json.token("w" + t, null, null, null, confidence, "speaker" + speaker);
      }
      json.utterance(null, null, utteranceConfidence, null);
    }
    Transcript transcript = json.read();
    TranscriptStats stats = TranscriptStats.of(transcript);

    for (SpeakerStats s : stats.speakers()) {
      int index = Integer.parseInt(s.speaker().substring("speaker".length()));
      assertThat(s.confidence()).as(s.speaker()).isEqualTo(ConfidenceStats.of(array(bySpeaker.get(index)), 0.5));
    }
    assertThat(stats.total().confidence()).isEqualTo(ConfidenceStats.of(array(all), 0.5));
  }

  private static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
