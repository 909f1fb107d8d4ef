package io.github.amivoicetoolkit.exporters.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.analytics.BatchStats;
import io.github.amivoicetoolkit.analytics.StatsTables;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The events table, the Speakers sheet's formats and workbooks of figures ({@link XlsxExporter#writeTables}). */
class FiguresWorkbookTest {
  private static final double MS_PER_DAY = 86_400_000d;

  @TempDir Path directory;

  /** A [0, 2000), B [1000, 3000) interrupting by 1000, then A again after a silence of 4000 ms. */
  static Transcript call(String name) throws IOException {
    String json = "{\"status\":\"completed\",\"segments\":["
        + "{\"results\":[{\"starttime\":0,\"endtime\":2000,\"confidence\":0.9,\"tokens\":["
        + "{\"written\":\"hello\",\"starttime\":0,\"endtime\":2000,\"confidence\":0.9,\"label\":\"speaker0\"}],\"text\":\"hello\"}]},"
        + "{\"results\":[{\"starttime\":1000,\"endtime\":3000,\"confidence\":0.8,\"tokens\":["
        + "{\"written\":\"wait\",\"starttime\":1000,\"endtime\":3000,\"confidence\":0.8,\"label\":\"speaker1\"}],\"text\":\"wait\"}]},"
        + "{\"results\":[{\"starttime\":7000,\"endtime\":7500,\"confidence\":0.7,\"tokens\":["
        + "{\"written\":\"ok\",\"starttime\":7000,\"endtime\":7500,\"confidence\":0.7,\"label\":\"speaker0\"}],\"text\":\"ok\"}]}"
        + "],\"code\":\"\",\"message\":\"\"}";
    return new TranscriptReader().read(json.getBytes(StandardCharsets.UTF_8), name);
  }

  @Test
  void eventsTableListsSilencesAndInterruptionsWithTheStatisticsThresholds() throws IOException {
    Transcript transcript = call("call.json");
    ExportInput input = ExportInput.builder(transcript).stats(TranscriptStats.of(transcript)).build();
    java.io.StringWriter out = new java.io.StringWriter();
    new CsvExporter(CsvOptions.builder().dialect(CsvDialect.RFC4180).build()).write(input, ExportTable.EVENTS, out);
    assertThat(out.toString().split("\r\n")).containsExactly(
        "event,type,start_ms,end_ms,start,end,duration_ms,speaker,interrupted",
        "0,interruption,1000,2000,00:00:01.000,00:00:02.000,1000,speaker1,speaker0",
        "1,silence,3000,7000,00:00:03.000,00:00:07.000,4000,,");

    // a longer silence threshold, given through the statistics, drops the silence
    AnalyticsOptions strict = AnalyticsOptions.builder().silenceMs(5_000).build();
    ExportInput strictInput = ExportInput.builder(transcript).stats(TranscriptStats.of(transcript, strict)).build();
    java.io.StringWriter strictOut = new java.io.StringWriter();
    new CsvExporter(CsvOptions.builder().dialect(CsvDialect.RFC4180).build())
        .write(strictInput, ExportTable.EVENTS, strictOut);
    assertThat(strictOut.toString().split("\r\n")).hasSize(2);
  }

  @Test
  void speakersSheetShowsTalkAndTurnTimesAsTimesAndSharesAsPercent() throws IOException {
    Transcript transcript = call("call.json");
    Path file = directory.resolve("call.xlsx");
    new XlsxExporter(XlsxOptions.defaults())
        .write(ExportInput.builder(transcript).stats(TranscriptStats.of(transcript)).build(), file);

    try (XSSFWorkbook workbook = XlsxExporterTest.open(file)) {
      XSSFSheet speakers = workbook.getSheet("Speakers");
      List<String> header = header(speakers);
      assertThat(header).startsWith("speaker", "talk_ms", "talk", "share", "turns", "mean_turn_ms", "mean_turn")
          .contains("longest_turn_ms", "longest_turn", "words_per_min", "responses", "interrupted");
      Row agent = speakers.getRow(1);
      assertTime(agent.getCell(header.indexOf("talk")), 2500);
      assertTime(agent.getCell(header.indexOf("longest_turn")), 2000);
      Cell share = agent.getCell(header.indexOf("share"));
      assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(share.getNumericCellValue()).isEqualTo(2500.0 / 4500);
      assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(agent.getCell(header.indexOf("talk_ms")).getNumericCellValue()).isEqualTo(2500.0);
      assertThat(header(workbook.getSheet("Events"))).isEqualTo(EventTable.COLUMNS);
      assertThat(workbook.getSheet("Events").getLastRowNum()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(CsvDialect.class)
  void summaryRowsWriteTheSameCsvAsTheSummaryTable(CsvDialect dialect) throws IOException {
    BatchStats batch = new BatchStats();
    batch.add("a/call.json", call("a/call.json"));
    batch.add("b/=call.json", call("b/=call.json"));
    CsvExporter exporter = new CsvExporter(CsvOptions.builder().dialect(dialect).build());

    Path fromTable = exporter.writeTable(batch.summaryTable(), directory.resolve("table.csv"));
    Path fromRows = exporter.writeRows(StatsTables.SUMMARY_COLUMNS, batch.summaryRows(), directory.resolve("rows.csv"));

    assertThat(Files.readAllBytes(fromRows)).isEqualTo(Files.readAllBytes(fromTable));
  }

  @Test
  void rowsOfPlainValuesAreTypedCells() throws IOException {
    List<List<Object>> rows = List.of(Arrays.asList("a", 1L, 2, (short) 3, 0.1, 0.1f, true, null, 'x'));
    Path file = new CsvExporter(CsvOptions.builder().dialect(CsvDialect.RFC4180).build())
        .writeRows(List.of("s", "l", "i", "h", "d", "f", "b", "n", "c"), rows, directory.resolve("values.csv"));

    assertThat(Files.readAllLines(file)).containsExactly("s,l,i,h,d,f,b,n,c", "a,1,2,3,0.1,0.1,true,,x");
    assertThatThrownBy(() -> new CsvExporter(CsvOptions.defaults())
        .writeRows(List.of("one"), List.of(List.of("a", "b")), directory.resolve("bad.csv")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("row 0 has 2 values for 1 columns");
    assertThat(directory.resolve("bad.csv")).doesNotExist();
  }

  @Test
  void summaryWorkbookReadsBackWithNumbersAsNumbersAndTimesAsTimes() throws IOException {
    BatchStats batch = new BatchStats();
    batch.add("a/call.json", call("a/call.json"));
    batch.add("b/call.json", call("b/call.json"));
    Map<String, tech.tablesaw.api.Table> sheets = new LinkedHashMap<>();
    sheets.put("Summary", batch.summaryTable());
    Path file = directory.resolve("summary.xlsx");
    new XlsxExporter(XlsxOptions.defaults()).writeTables(sheets, file);
    Path csv = new CsvExporter(CsvOptions.builder().dialect(CsvDialect.RFC4180).build())
        .writeTable(batch.summaryTable(), directory.resolve("summary.csv"));

    try (XSSFWorkbook workbook = XlsxExporterTest.open(file)) {
      XSSFSheet sheet = workbook.getSheet("Summary");
      List<String> header = header(sheet);
      assertThat(header).startsWith("level", "file", "speaker", "talk_ms", "talk", "share")
          .contains("silence_ms", "silence", "non_talk_ms", "non_talk", "switches_per_min");
      // 2 files x (2 speakers + total) + pooled
      assertThat(sheet.getLastRowNum()).isEqualTo(7);
      Row pooled = sheet.getRow(7);
      assertThat(pooled.getCell(0).getStringCellValue()).isEqualTo("pooled");
      Cell silences = pooled.getCell(header.indexOf("silences"));
      assertThat(silences.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(silences.getNumericCellValue()).isEqualTo(2.0);
      assertThat(pooled.getCell(header.indexOf("silence_ms")).getNumericCellValue()).isEqualTo(8000.0);
      assertTime(pooled.getCell(header.indexOf("silence")), 8000);
      assertTime(pooled.getCell(header.indexOf("longest_silence")), 4000);
      assertThat(pooled.getCell(header.indexOf("switches_per_min")).getNumericCellValue())
          .isEqualTo(4 / (15000 / 60000.0)); // two switches in each 7500 ms window
      Row speaker = sheet.getRow(1);
      assertThat(speaker.getCell(header.indexOf("speaker")).getStringCellValue()).isEqualTo("speaker0");
      assertThat(speaker.getCell(header.indexOf("share")).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      Cell missing = speaker.getCell(header.indexOf("switches"));
      assertThat(missing == null || missing.getCellType() == CellType.BLANK).isTrue();
    }
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(8);
    assertThat(lines.get(0)).isEqualTo(String.join(",", StatsTables.SUMMARY_COLUMNS));
    assertThat(lines.get(7)).startsWith("pooled,,,9000,");
  }

  private static void assertTime(Cell cell, long ms) {
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(cell.getNumericCellValue()).isEqualTo(ms / MS_PER_DAY);
    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("[hh]:mm:ss.000");
  }

  private static List<String> header(XSSFSheet sheet) {
    List<String> names = new ArrayList<>();
    for (Cell cell : sheet.getRow(0)) {
      names.add(cell.getStringCellValue());
    }
    return names;
  }
}
