package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/** Pooling of the conversation figures over files ({@code docs/figures.md#batches}). */
class BatchConversationTest {

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void countsAddMaximaTakeTheLargestAndGapStatisticsComeFromThePooledGaps(long seed) {
    AnalyticsOptions options = ConversationPropertiesTest.options(seed);
    BatchStats batch = new BatchStats(options);
    List<Long> gaps = new ArrayList<>();
    long switches = 0;
    long window = 0;
    long interruptions = 0;
    long interruptionMs = 0;
    long silences = 0;
    long silenceMs = 0;
    long nonTalk = 0;
    long words = 0;
    long talk = 0;
    Long longestTurn = null;
    Long longestSilence = null;
    int files = 1 + (int) (seed % 4);
    for (int f = 0; f < files; f++) {
      TranscriptStats stats = batch.add("f" + f + ".json", seed % 2 == 0
          ? ConversationPropertiesTest.syntheticCall(seed * 7 + f) : Docs.json(RandomResults.json(seed * 7 + f)));
      TotalConversation c = stats.total().conversation();
      for (long gap : stats.responseGaps()) {
        gaps.add(gap);
      }
      switches += c.switches();
      window += c.windowMs();
      interruptions += c.interruptions();
      interruptionMs += c.interruptionMs();
      silences += c.silences();
      silenceMs += c.silenceMs();
      nonTalk += c.nonTalkMs();
      words += stats.total().words();
      talk += stats.total().talkMs();
      if (c.longestTurnMs().isPresent()) {
        longestTurn = Math.max(longestTurn == null ? Long.MIN_VALUE : longestTurn, c.longestTurnMs().getAsLong());
      }
      if (c.longestSilenceMs().isPresent()) {
        longestSilence = Math.max(longestSilence == null ? 0 : longestSilence, c.longestSilenceMs().getAsLong());
      }
    }
    TotalConversation pooled = batch.total().conversation();
    assertThat(pooled.switches()).isEqualTo(switches).isEqualTo(gaps.size());
    assertThat(pooled.windowMs()).isEqualTo(window);
    assertThat(pooled.switchesPerMin()).isEqualTo(window == 0 ? 0.0 : switches / (window / 60000.0));
    assertThat(pooled.interruptions()).isEqualTo(interruptions);
    assertThat(pooled.interruptionMs()).isEqualTo(interruptionMs);
    assertThat(pooled.silences()).isEqualTo(silences);
    assertThat(pooled.silenceMs()).isEqualTo(silenceMs);
    assertThat(pooled.nonTalkMs()).isEqualTo(nonTalk);
    assertThat(pooled.wordsPerMin()).isEqualTo(talk == 0 ? 0.0 : words / (talk / 60000.0));
    assertThat(pooled.longestTurnMs().isPresent() ? pooled.longestTurnMs().getAsLong() : null).isEqualTo(longestTurn);
    assertThat(pooled.longestSilenceMs().isPresent() ? pooled.longestSilenceMs().getAsLong() : null)
        .isEqualTo(longestSilence);
    if (gaps.isEmpty()) {
      assertThat(pooled.responseGapMean()).isEmpty();
      assertThat(pooled.responseGapP50()).isEmpty();
    } else {
      assertThat(pooled.responseGapMean()).hasValue(
          (double) gaps.stream().mapToLong(Long::longValue).sum() / gaps.size());
      List<Long> sorted = gaps.stream().sorted().toList();
      assertThat(pooled.responseGapP50()).hasValue(sorted.get((sorted.size() + 1) / 2 - 1));
    }
  }

  @Test
  void gapStatisticsAreNeverAveragesOfAverages() {
    // file a: gaps -200, 3500 (mean 1650); file b: gap 100 (mean 100). Pooled: 3400 / 3 and median 100
    BatchStats batch = new BatchStats();
    batch.add("a.json", Docs.utterances("[{'written':'a','label':'A','starttime':0,'endtime':1000},"
        + "{'written':'b','label':'B','starttime':800,'endtime':1500},{'written':'c','label':'A','starttime':5000,"
        + "'endtime':5500}]"));
    batch.add("b.json", Docs.utterances("[{'written':'a','label':'A','starttime':0,'endtime':1000},"
        + "{'written':'b','label':'B','starttime':1100,'endtime':1500}]"));
    TotalConversation pooled = batch.total().conversation();
    assertThat(pooled.responseGapMean()).hasValue(3400.0 / 3);
    assertThat(pooled.responseGapP50()).hasValue(100);
    assertThat(pooled.switches()).isEqualTo(3);
    // windows 5500 and 1500
    assertThat(pooled.switchesPerMin()).isEqualTo(3 / (7000 / 60000.0));
    assertThat(pooled.silences()).isEqualTo(1);
    assertThat(pooled.longestSilenceMs()).hasValue(3500);
  }

  @Test
  void addingFromSeveralThreadsPoolsEveryFile() throws Exception {
    BatchStats serial = new BatchStats();
    BatchStats parallel = new BatchStats();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int f = 0; f < 64; f++) {
        String name = "f" + f + ".json";
        long seed = f;
        serial.add(name, Docs.json(RandomResults.json(seed)));
        futures.add(pool.submit(() -> parallel.add(name, Docs.json(RandomResults.json(seed)))));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    TotalStats a = serial.total();
    TotalStats b = parallel.total();
    assertThat(b.talkMs()).isEqualTo(a.talkMs());
    assertThat(b.words()).isEqualTo(a.words());
    assertThat(b.confidence().n()).isEqualTo(a.confidence().n());
    assertThat(b.conversation().switches()).isEqualTo(a.conversation().switches());
    assertThat(b.conversation().responseGapP50()).isEqualTo(a.conversation().responseGapP50());
    assertThat(b.conversation().responseGapMean()).isEqualTo(a.conversation().responseGapMean());
    assertThat(b.conversation().silenceMs()).isEqualTo(a.conversation().silenceMs());
    assertThat(parallel.files()).hasSize(64);
  }

  @Test
  void summaryTableHasARowPerSpeakerAndFileAndOnePooledRow() {
    BatchStats batch = new BatchStats();
    batch.add("a.json", Docs.json(ConversationFiguresTest.WORKED_EXAMPLE));
    batch.add("b.json", Docs.sample("async-v2-completed-diarized.json"));
    Table summary = batch.summaryTable();

    assertThat(summary.columnNames()).containsExactlyElementsOf(StatsTables.SUMMARY_COLUMNS);
    assertThat(summary.columnNames()).startsWith("level", "file", "speaker", "talk_ms", "share")
        .contains("speech_ms", "switches", "non_talk_ms", "cost").doesNotHaveDuplicates();
    assertThat(summary.stringColumn("level").asList())
        .containsExactly("speaker", "speaker", "file", "speaker", "file", "pooled");
    assertThat(summary.stringColumn("file").asList()).containsExactly("a.json", "a.json", "a.json", "b.json", "b.json", "");
    assertThat(summary.longColumn("interruptions").asList()).containsExactly(1L, 0L, 1L, 0L, 0L, 1L);
    assertThat(summary.longColumn("switches").isMissing(0)).isTrue();
    assertThat(summary.longColumn("switches").get(2)).isEqualTo(3L);
    assertThat(summary.longColumn("talk_ms").get(5)).isEqualTo(7000L + 4288L);
    assertThat(summary.doubleColumn("share").isMissing(2)).isTrue();
    assertThat(summary.longColumn("longest_silence_ms").get(5)).isEqualTo(3500L);
  }
}
