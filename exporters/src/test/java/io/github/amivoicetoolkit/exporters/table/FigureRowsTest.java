package io.github.amivoicetoolkit.exporters.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Fixtures;
import io.github.amivoicetoolkit.exporters.Transcripts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FigureRowsTest {
  private static final AnalyticsOptions PRICED = AnalyticsOptions.builder()
      .billingUnitMs(15_000).pricePerHour(new BigDecimal("0.5")).build();

  private static Map<String, Transcript> transcripts() {
    Map<String, Transcript> transcripts = new LinkedHashMap<>(Transcripts.samples());
    transcripts.putAll(Transcripts.synthetic());
    transcripts.put("awkward", Fixtures.awkward());
    return transcripts;
  }

  @Test
  void writeTheCellsTheTablesawTablesOfTheSameFiguresWrite() throws IOException {
    for (Map.Entry<String, Transcript> entry : transcripts().entrySet()) {
      for (AnalyticsOptions options : List.of(AnalyticsOptions.defaults(), PRICED)) {
        TranscriptStats stats = TranscriptStats.of(entry.getValue(), options);
        assertSameCells(FigureRows.speakers(stats), new TablesawTable(stats.speakersTable()), entry.getKey());
        assertSameCells(FigureRows.total(stats), new TablesawTable(stats.totalTable()), entry.getKey());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(CsvDialect.class)
  void csvOfTheFiguresIsTheSameGivenTheStatisticsOrTheirTables(CsvDialect dialect) throws IOException {
    CsvExporter exporter = new CsvExporter(CsvOptions.builder().dialect(dialect).build());
    for (Map.Entry<String, Transcript> entry : transcripts().entrySet()) {
      Transcript transcript = entry.getValue();
      TranscriptStats stats = TranscriptStats.of(transcript, PRICED);
      ExportInput fromStats = ExportInput.builder(transcript).stats(stats).build();
      ExportInput fromTables = ExportInput.builder(transcript)
          .speakersTable(stats.speakersTable()).summaryTable(stats.totalTable()).build();
      for (ExportTable table : List.of(ExportTable.SPEAKERS, ExportTable.SUMMARY)) {
        assertThat(csv(exporter, fromStats, table)).as("%s %s", entry.getKey(), table)
            .isEqualTo(csv(exporter, fromTables, table));
      }
    }
  }

  @Test
  void theStatisticsTablesAreStillThereForCallersThatAskForThem() {
    Transcript transcript = Fixtures.awkward();
    TranscriptStats stats = TranscriptStats.of(transcript);
    ExportInput input = ExportInput.builder(transcript).stats(stats).build();

    assertThat(input.has(ExportTable.SPEAKERS)).isTrue();
    assertThat(input.speakersTable().orElseThrow().rowCount()).isEqualTo(stats.speakers().size());
    assertThat(input.summaryTable().orElseThrow().columnNames()).isEqualTo(stats.totalTable().columnNames());
    assertThat(ExportInput.of(transcript).speakersTable()).isEmpty();
    assertThat(ExportInput.of(transcript).has(ExportTable.SPEAKERS)).isFalse();
  }

  private static byte[] csv(CsvExporter exporter, ExportInput input, ExportTable table) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(input, table, out);
    return out.toByteArray();
  }

  private static void assertSameCells(CellTable actual, CellTable expected, String name) throws IOException {
    assertThat(actual.columns()).as(name).isEqualTo(expected.columns());
    assertThat(actual.rowCount()).as(name).isEqualTo(expected.rowCount());
    for (int r = 0; r < expected.rowCount(); r++) {
      Recorder byRow = new Recorder();
      actual.writeRow(r, byRow);
      Recorder expectedRow = new Recorder();
      expected.writeRow(r, expectedRow);
      assertThat(byRow.cells).as("%s row %d", name, r).isEqualTo(expectedRow.cells);
      Recorder byCell = new Recorder();
      for (int c = 0; c < expected.columns().size(); c++) {
        actual.writeCell(c, r, byCell);
      }
      assertThat(byCell.cells).as("%s row %d cell by cell", name, r).isEqualTo(expectedRow.cells);
    }
  }

  /** Every call, with its type: integer 3 and decimal 3.0 differ. */
  private static final class Recorder implements CellSink {
    final List<String> cells = new ArrayList<>();

    @Override
    public void empty() {
      cells.add("empty");
    }

    @Override
    public void integer(long value) {
      cells.add("integer " + value);
    }

    @Override
    public void decimal(double value) {
      cells.add("decimal " + Double.doubleToRawLongBits(value));
    }

    @Override
    public void text(String value) {
      cells.add("text " + value);
    }

    @Override
    public void bool(boolean value) {
      cells.add("bool " + value);
    }

    @Override
    public void time(long ms) {
      cells.add("time " + ms);
    }
  }
}
