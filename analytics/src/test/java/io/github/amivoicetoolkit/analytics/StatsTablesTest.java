package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class StatsTablesTest {

  @Test
  void speakersTableHasTheSpecColumnsAndOneRowPerSpeaker() {
    TranscriptStats stats = TranscriptStats.of(Docs.sample("async-v1-completed-sentiment.json"));
    Table table = stats.speakersTable();
    assertThat(table.columnNames()).containsExactlyElementsOf(StatsTables.SPEAKER_COLUMNS);
    assertThat(table.stringColumn("speaker").asList()).containsExactly("speaker0", "speaker1");
    assertThat(table.longColumn("talk_ms").asList()).containsExactly(3840L, 352L);
    assertThat(table.doubleColumn("share").sum()).isEqualTo(1.0);
    // users sort and filter further
    Table longest = table.sortDescendingOn("talk_ms").first(1);
    assertThat(longest.stringColumn("speaker").get(0)).isEqualTo("speaker0");
  }

  @Test
  void totalTableStartsWithTheJsonTotalKeys() {
    TranscriptStats stats = TranscriptStats.of(Docs.sample("async-v2-completed-diarized.json"));
    Table table = stats.totalTable();
    assertThat(table.columnNames()).containsExactlyElementsOf(StatsTables.TOTAL_COLUMNS);
    assertThat(table.longColumn("billable_ms").get(0)).isEqualTo(4944L);
    assertThat(table.doubleColumn("mean_turn_ms").get(0)).isEqualTo(4320.0);
    assertThat(table.longColumn("billable_rounded_ms").isMissing(0)).isTrue();
    assertThat(table.doubleColumn("cost").isMissing(0)).isTrue();
  }

  @Test
  void sentimentTableHasOneColumnPerParameter() {
    Table table = TranscriptStats.of(Docs.sample("async-v1-completed-sentiment.json")).sentimentTable();
    assertThat(table.columnNames()).startsWith("speaker", "segments", "energy", "stress").hasSize(22);
    assertThat(table.doubleColumn("energy").get(0)).isEqualTo(16.0);
    assertThat(TranscriptStats.of(Docs.sample("sync-ja-filler-kept.json")).sentimentTable().rowCount()).isZero();
  }
}
