package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

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

  @Test
  void rowsHoldWhatTheTablesHoldCellByCell() {
    for (long seed = 0; seed < 300; seed++) {
      AnalyticsOptions.Builder options = AnalyticsOptions.builder().billingUnitMs(seed % 2 == 0 ? 1000 : 15_000);
      if (seed % 3 == 0) {
        options.pricePerHour(new BigDecimal("0.75"));
      }
      TranscriptStats stats = TranscriptStats.of(Docs.json(RandomResults.json(seed)), options.build());
      Table speakers = stats.speakersTable();
      assertThat(speakers.rowCount()).isEqualTo(stats.speakers().size());
      for (int r = 0; r < speakers.rowCount(); r++) {
        assertSameCells(speakers, r, StatsTables.speakerRow(stats.speakers().get(r)), "seed " + seed);
      }
      assertSameCells(stats.totalTable(), 0, StatsTables.totalRow(stats.total()), "seed " + seed);
    }
  }

  @Test
  void aMissingFigureIsNullInTheRow() {
    TranscriptStats stats = TranscriptStats.of(Docs.sample("async-v2-completed-diarized.json"));
    List<Object> total = StatsTables.totalRow(stats.total());

    assertThat(total.get(StatsTables.TOTAL_COLUMNS.indexOf("cost"))).isNull();
    assertThat(total.get(StatsTables.TOTAL_COLUMNS.indexOf("billable_rounded_ms"))).isNull();
    assertThat(total.get(StatsTables.TOTAL_COLUMNS.indexOf("billable_ms"))).isEqualTo(4944L);
    assertThat(total.get(StatsTables.TOTAL_COLUMNS.indexOf("mean_turn_ms"))).isEqualTo(4320.0);
  }

  private static void assertSameCells(Table table, int row, List<Object> cells, String where) {
    assertThat(cells).as(where).hasSize(table.columnCount());
    for (int c = 0; c < table.columnCount(); c++) {
      Column<?> column = table.column(c);
      if (column.isMissing(row)) {
        assertThat(cells.get(c)).as("%s %s", where, column.name()).isNull();
      } else {
        assertThat(cells.get(c)).as("%s %s", where, column.name()).isEqualTo(column.get(row));
      }
    }
  }
}
