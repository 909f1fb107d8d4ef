package io.github.amivoicetoolkit.exporters.table;

import io.github.amivoicetoolkit.analytics.SpeakerStats;
import io.github.amivoicetoolkit.analytics.StatsTables;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The analytics speakers or total table straight from the statistics, cell for cell what {@link
 * TablesawTable} writes of {@link TranscriptStats#speakersTable()} or {@link TranscriptStats#totalTable()}:
 * the rows of {@link StatsTables#speakerRow} and {@link StatsTables#totalRow}, a {@code Long} as an integer
 * cell, a {@code Double} as a decimal, a {@code String} as text and {@code null} as an empty cell. It spares a
 * run that only writes the figures Tablesaw's {@code Table}, whose class initialiser scans the whole class path.
 */
final class FigureRows implements CellTable {
  private final List<String> columns;
  private final List<List<Object>> rows;

  private FigureRows(List<String> columns, List<List<Object>> rows) {
    this.columns = columns;
    this.rows = rows;
  }

  /** One row per speaker: {@link StatsTables#SPEAKER_COLUMNS}. */
  static FigureRows speakers(TranscriptStats stats) {
    List<List<Object>> rows = new ArrayList<>(stats.speakers().size());
    for (SpeakerStats speaker : stats.speakers()) {
      rows.add(StatsTables.speakerRow(speaker));
    }
    return new FigureRows(StatsTables.SPEAKER_COLUMNS, rows);
  }

  /** The one row of totals: {@link StatsTables#TOTAL_COLUMNS}. */
  static FigureRows total(TranscriptStats stats) {
    return new FigureRows(StatsTables.TOTAL_COLUMNS, List.of(StatsTables.totalRow(stats.total())));
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public int rowCount() {
    return rows.size();
  }

  @Override
  public void writeRow(int row, CellSink sink) throws IOException {
    for (int c = 0; c < columns.size(); c++) {
      writeCell(c, row, sink);
    }
  }

  @Override
  public void writeCell(int column, int row, CellSink sink) throws IOException {
    Object value = rows.get(row).get(column);
    if (value == null) {
      sink.empty();
    } else if (value instanceof Long number) {
      sink.integer(number);
    } else if (value instanceof Double number) {
      sink.decimal(number);
    } else {
      sink.text((String) value);
    }
  }
}
