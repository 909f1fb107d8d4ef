package io.github.amivoicetoolkit.exporters.table;

import io.github.amivoicetoolkit.analytics.SpeakerStats;
import io.github.amivoicetoolkit.analytics.StatsTables;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import java.util.ArrayList;
import java.util.List;

/**
 * The analytics speakers or total table straight from the statistics, cell for cell what {@link
 * TablesawTable} writes of {@link TranscriptStats#speakersTable()} or {@link TranscriptStats#totalTable()}:
 * the rows of {@link StatsTables#speakerRow} and {@link StatsTables#totalRow} as {@link ValueRows} (a
 * {@code Long} an integer cell, a {@code Double} a decimal, a {@code String} text, {@code null} empty). It
 * spares a run that only writes the figures Tablesaw's {@code Table}, whose class initialiser scans the
 * whole class path.
 */
final class FigureRows {
  private FigureRows() {}

  /** One row per speaker: {@link StatsTables#SPEAKER_COLUMNS}. */
  static CellTable speakers(TranscriptStats stats) {
    List<List<Object>> rows = new ArrayList<>(stats.speakers().size());
    for (SpeakerStats speaker : stats.speakers()) {
      rows.add(StatsTables.speakerRow(speaker));
    }
    return new ValueRows(StatsTables.SPEAKER_COLUMNS, rows);
  }

  /** The one row of totals: {@link StatsTables#TOTAL_COLUMNS}. */
  static CellTable total(TranscriptStats stats) {
    return new ValueRows(StatsTables.TOTAL_COLUMNS, List.of(StatsTables.totalRow(stats.total())));
  }
}
