package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.SpeakerNames;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class StatsJsonTest {
  private static final List<String> SPEAKER_KEYS = List.of("speaker", "talk_ms", "share", "turns", "mean_turn_ms",
      "words", "chars", "chars_per_min", "fillers", "conf_n", "conf_mean", "conf_min", "conf_max", "conf_p10",
      "conf_p50", "conf_p90", "low_conf_share", "longest_turn_ms", "words_per_min", "responses", "response_gap_mean",
      "response_gap_p50", "interruptions", "interrupted");
  private static final List<String> TOTAL_KEYS = List.of("talk_ms", "speech_ms", "overlap_ms", "utterances",
      "billable_ms", "span_ms", "turns", "words", "chars", "chars_per_min", "fillers", "conf_n", "conf_mean",
      "conf_min", "conf_max", "conf_p10", "conf_p50", "conf_p90", "low_conf_share", "utterance_conf_mean",
      "utterance_conf_min", "utterance_conf_max", "longest_turn_ms", "words_per_min", "response_gap_mean",
      "response_gap_p50", "switches", "switches_per_min", "interruptions", "interruption_ms", "silences", "silence_ms",
      "longest_silence_ms", "non_talk_ms");

  @Test
  void writesTheDiarizedSampleExactly() throws IOException {
    StringWriter out = new StringWriter();
    StatsJson.write(out, "a.json", TranscriptStats.of(Docs.sample("async-v2-completed-diarized.json")));
    // chars_per_min = 24 / (4288 / 60000.0); conf_mean = (8.0 + 0.96) / 9
    assertThat(out.toString()).isEqualTo("{\"file\":\"a.json\",\"speakers\":[{\"speaker\":\"speaker0\","
        + "\"talk_ms\":4288,\"share\":1.0,\"turns\":1,\"mean_turn_ms\":4320.0,\"words\":9,\"chars\":24,"
        + "\"chars_per_min\":335.82089552238807,\"fillers\":0,\"conf_n\":9,\"conf_mean\":0.9955555555555556,"
        + "\"conf_min\":0.96,\"conf_max\":1.0,\"conf_p10\":0.96,\"conf_p50\":1.0,\"conf_p90\":1.0,"
        + "\"low_conf_share\":0.0,\"longest_turn_ms\":4320,\"words_per_min\":125.93283582089552,"
        + "\"responses\":0,\"response_gap_mean\":null,\"response_gap_p50\":null,\"interruptions\":0,"
        + "\"interrupted\":0}],\"total\":{\"talk_ms\":4288,\"speech_ms\":4288,\"overlap_ms\":0,"
        + "\"utterances\":1,\"billable_ms\":4944,\"span_ms\":4944,\"turns\":1,\"words\":9,\"chars\":24,"
        + "\"chars_per_min\":335.82089552238807,\"fillers\":0,\"conf_n\":9,\"conf_mean\":0.9955555555555556,"
        + "\"conf_min\":0.96,\"conf_max\":1.0,\"conf_p10\":0.96,\"conf_p50\":1.0,\"conf_p90\":1.0,"
        + "\"low_conf_share\":0.0,\"utterance_conf_mean\":1.0,\"utterance_conf_min\":1.0,"
        + "\"utterance_conf_max\":1.0,\"longest_turn_ms\":4320,\"words_per_min\":125.93283582089552,"
        + "\"response_gap_mean\":null,\"response_gap_p50\":null,\"switches\":0,\"switches_per_min\":0.0,"
        + "\"interruptions\":0,\"interruption_ms\":0,\"silences\":0,\"silence_ms\":0,"
        + "\"longest_silence_ms\":null,\"non_talk_ms\":32}}\n");
    assertThat(24 / (4288 / 60000.0)).isEqualTo(335.82089552238807);
    assertThat((8.0 + 0.96) / 9).isEqualTo(0.9955555555555556);
    // words_per_min = 9 / (4288 / 60000.0); one speaker, one turn spanning the window of 4320 ms
    assertThat(9 / (4288 / 60000.0)).isEqualTo(125.93283582089552);
  }

  @Test
  void keysFollowTheSpecExampleInOrder() {
    String line = StatsJson.toJson("b.json", TranscriptStats.of(Docs.sample("async-v1-completed-sentiment.json")));
    List<List<String>> objects = objectKeys(line);
    // document order of objects: speaker0, speaker1, total, sentiment[0], then the root closes last
    assertThat(objects.get(0)).isEqualTo(SPEAKER_KEYS);
    assertThat(objects.get(1)).isEqualTo(SPEAKER_KEYS);
    assertThat(objects.get(2)).isEqualTo(TOTAL_KEYS);
    assertThat(objects.get(3)).startsWith("speaker", "segments", "energy", "stress").hasSize(22);
    assertThat(objects.get(4)).containsExactly("file", "speakers", "total", "sentiment");
  }

  @Test
  void sentimentKeyOnlyWhenTheFileHasSegments() {
    String line = StatsJson.toJson("c.json", TranscriptStats.of(Docs.sample("sync-ja-filler-kept.json")));
    assertThat(objectKeys(line).get(objectKeys(line).size() - 1)).containsExactly("file", "speakers", "total");
  }

  @Test
  void billingFiguresAreAppendedOnlyWhenConfigured() {
    AnalyticsOptions options = AnalyticsOptions.builder().billingUnitMs(60_000)
        .pricePerHour(new BigDecimal("0.60")).build();
    String line = StatsJson.toJson("d.json", TranscriptStats.of(Docs.sample("sync-ja-filler-kept.json"), options));
    List<String> total = objectKeys(line).get(1);
    assertThat(total.subList(0, TOTAL_KEYS.size())).isEqualTo(TOTAL_KEYS);
    assertThat(total.subList(TOTAL_KEYS.size(), total.size())).containsExactly("billable_rounded_ms", "cost");
    // 2192 ms rounds up to one minute; 0.60 x 60000 / 3600000 = 0.01 (scale of the price kept)
    assertThat(line).contains("\"billable_rounded_ms\":60000,\"cost\":0.01}");
  }

  @Test
  void failureBodiesAndUnfinishedJobsWriteTheFailureForm() {
    assertThat(StatsJson.toJson("f.json", TranscriptStats.of(Docs.sample("create-job-failed-auth.json"))))
        .isEqualTo("{\"file\":\"f.json\",\"status\":null,\"code\":\"-\","
            + "\"message\":\"received illegal service authorization\"}");
    assertThat(StatsJson.toJson("p.json", TranscriptStats.of(Docs.sample("status-processing.json"))))
        .isEqualTo("{\"file\":\"p.json\",\"status\":\"processing\",\"code\":null,\"message\":null}");
    assertThat(StatsJson.toJson("e.json", TranscriptStats.of(Docs.sample("status-error-rejected.json"))))
        .startsWith("{\"file\":\"e.json\",\"status\":\"error\",\"code\":\"o\",\"message\":\"ERROR: Failed");
    assertThat(StatsJson.toJson("s.json", TranscriptStats.of(Docs.sample("create-job-accepted.json"))))
        .isEqualTo("{\"file\":\"s.json\",\"status\":null,\"code\":null,\"message\":null}");
  }

  @Test
  void writesAFailureLineForAFileThatCouldNotBeRead() throws IOException {
    StringWriter out = new StringWriter();
    StatsJson.writeFailure(out, "dir/x.json", null, null, "Expected number for 'starttime'");
    assertThat(out.toString()).isEqualTo(
        "{\"file\":\"dir/x.json\",\"status\":null,\"code\":null,\"message\":\"Expected number for 'starttime'\"}\n");
  }

  @Test
  void namesAreWrittenAsUtf8TextAndDoublesRoundTrip() {
    TranscriptStats stats = TranscriptStats.of(Docs.sample("async-v1-completed-sentiment.json")
        .withSpeakerNames(SpeakerNames.parse("speaker0=山田/\"太郎\"")));
    String line = StatsJson.toJson("a/b.json", stats);
    assertThat(line).contains("\"file\":\"a/b.json\"", "\"speaker\":\"山田/\\\"太郎\\\"\"")
        .contains("\"share\":" + stats.speakers().get(0).share() + ",");
    assertThat(parsesAsOneObject(line)).isTrue();
  }

  /** Property names of every object, listed when the object closes. */
  static List<List<String>> objectKeys(String json) {
    List<List<String>> closed = new ArrayList<>();
    List<List<String>> open = new ArrayList<>();
    try (JsonParser p = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT) {
          open.add(new ArrayList<>());
        } else if (t == JsonToken.PROPERTY_NAME) {
          open.get(open.size() - 1).add(p.currentName());
        } else if (t == JsonToken.END_OBJECT) {
          closed.add(open.remove(open.size() - 1));
        }
      }
    }
    return closed;
  }

  static boolean parsesAsOneObject(String json) {
    try (JsonParser p = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      p.skipChildren();
      return p.nextToken() == null;
    }
  }
}
