package io.github.amivoicetoolkit.exporters.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.amivoicetoolkit.core.Samples;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Expected;
import io.github.amivoicetoolkit.exporters.Fixtures;
import io.github.amivoicetoolkit.testkit.ResultJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class XlsxExporterTest {
  private static final double MS_PER_DAY = 86_400_000d;

  @TempDir Path directory;

  private final SpeakerNames names = SpeakerNames.parse("speaker0=山田,speaker1==佐藤");
  private final Transcript transcript = Fixtures.awkward().withSpeakerNames(names);
  private final Table speakers = Fixtures.withMissingTurns(Fixtures.speakersTable());
  private final Table totals = Fixtures.totalsTable();
  private final ExportInput input = ExportInput.builder(transcript)
      .speakersTable(speakers).summaryTable(totals).build();

  @Test
  void everySheetReadsBackCellByCellAsTheModel() throws IOException {
    Path file = directory.resolve("call.xlsx");
    new XlsxExporter(XlsxOptions.defaults()).write(input, file);

    try (XSSFWorkbook workbook = open(file)) {
      assertThat(sheetNames(workbook)).containsExactly("Summary", "Speakers", "Utterances", "Turns", "Events", "Tokens",
          "Sentiment");
      for (ExportTable table : ExportTable.values()) {
        XSSFSheet sheet = workbook.getSheet(table.sheetName());
        List<List<Object>> expected = table == ExportTable.SPEAKERS ? Expected.sheetTable(speakers)
            : Expected.rows(table, transcript, speakers, totals);
        if (table == ExportTable.SUMMARY) {
          expected.add(List.of("truncated_cells", 0L));
        }
        assertThat(sheet.getLastRowNum()).as(table.id()).isEqualTo(expected.size());
        for (int r = 0; r < expected.size(); r++) {
          assertRow(sheet, r + 1, expected.get(r));
        }
      }
    }
  }

  @Test
  void headersAreBoldFrozenAndFilteredWithReadableWidths() throws IOException {
    Path file = directory.resolve("call.xlsx");
    new XlsxExporter(XlsxOptions.defaults()).write(input, file);

    try (XSSFWorkbook workbook = open(file)) {
      for (int k = 0; k < workbook.getNumberOfSheets(); k++) {
        XSSFSheet sheet = workbook.getSheetAt(k);
        Row header = sheet.getRow(0);
        for (Cell cell : header) {
          assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).as(sheet.getSheetName()).isTrue();
        }
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
        String lastColumn = org.apache.poi.ss.util.CellReference.convertNumToColString(header.getLastCellNum() - 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
            .isEqualTo("A1:" + lastColumn + (sheet.getLastRowNum() + 1));
        for (int c = 0; c < header.getLastCellNum(); c++) {
          assertThat(sheet.getColumnWidth(c)).as("%s column %d", sheet.getSheetName(), c)
              .isBetween(6 * 256, 60 * 256)
              .isGreaterThanOrEqualTo(header.getCell(c).getStringCellValue().length() * 256);
        }
      }
      XSSFSheet tokens = workbook.getSheet("Tokens");
      assertThat(tokens.getColumnWidth(TokenTable.COLUMNS.indexOf("start")))
          .isGreaterThanOrEqualTo(12 * 256);
      assertThat(tokens.getRow(1).getCell(TokenTable.COLUMNS.indexOf("start")).getCellStyle().getDataFormatString())
          .isEqualTo("[hh]:mm:ss.000");
    }
  }

  @Test
  void formulaLookingTextStaysText() throws IOException {
    Path file = directory.resolve("call.xlsx");
    new XlsxExporter(XlsxOptions.defaults()).write(input, file);

    try (XSSFWorkbook workbook = open(file)) {
      List<String> written = new ArrayList<>();
      for (Row row : workbook.getSheet("Tokens")) {
        Cell cell = row.getCell(TokenTable.COLUMNS.indexOf("written"));
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        written.add(cell.getStringCellValue());
      }
      assertThat(written).contains(Fixtures.AWKWARD_TEXT).contains("-5");
      Cell renamed = workbook.getSheet("Tokens").getRow(4).getCell(TokenTable.COLUMNS.indexOf("speaker"));
      assertThat(renamed.getCellType()).isEqualTo(CellType.STRING);
      assertThat(renamed.getStringCellValue()).isEqualTo("=佐藤");
    }
  }

  @Test
  void textLongerThanACellIsCutWithAMarkerAndCounted() throws IOException {
    String huge = "長".repeat(20_000) + "😀" + "x".repeat(20_000);
    Transcript longText = ResultJson.result().token(huge, null, 0, 10, 0.9, null).utterance(0, 10, 0.9, huge).read();
    Path file = directory.resolve("long.xlsx");
    new XlsxExporter(XlsxOptions.defaults()).write(ExportInput.of(longText), file);

    try (XSSFWorkbook workbook = open(file)) {
      String text = workbook.getSheet("Utterances").getRow(1).getCell(9).getStringCellValue();
      String written = workbook.getSheet("Tokens").getRow(1).getCell(7).getStringCellValue();
      String turn = workbook.getSheet("Turns").getRow(1).getCell(8).getStringCellValue();
      for (String cut : List.of(text, written, turn)) {
        assertThat(cut).hasSizeLessThanOrEqualTo(32_767).endsWith("…[truncated]");
        assertThat(huge).startsWith(cut.substring(0, cut.length() - "…[truncated]".length()));
      }
      assertThat(summaryValue(workbook, "truncated_cells")).isEqualTo(3.0);
    }
  }

  @Test
  void cuttingNeverSplitsASurrogatePair() {
    int keep = XlsxCellSink.MAX_TEXT_LENGTH - XlsxCellSink.TRUNCATION_MARKER.length();
    String text = "a".repeat(keep - 1) + "😀" + "b".repeat(10);

    String cut = XlsxCellSink.truncate(text);

    assertThat(cut).isEqualTo("a".repeat(keep - 1) + XlsxCellSink.TRUNCATION_MARKER);
  }

  @Test
  void aTableLongerThanASheetContinuesOnNumberedSheets() throws IOException {
    Path file = directory.resolve("split.xlsx");
    int maxRows = 4;
    new XlsxExporter(XlsxOptions.builder().tables(EnumSet.of(ExportTable.TOKENS, ExportTable.SENTIMENT)).build(), maxRows)
        .write(input, file);

    List<List<Object>> expected = Expected.tokens(transcript);
    int sheets = (expected.size() + maxRows - 2) / (maxRows - 1);
    try (XSSFWorkbook workbook = open(file)) {
      List<String> tokenSheets = new ArrayList<>();
      tokenSheets.add("Tokens");
      for (int k = 2; k <= sheets; k++) {
        tokenSheets.add("Tokens (" + k + ")");
      }
      List<String> all = new ArrayList<>(tokenSheets);
      all.add("Sentiment");
      assertThat(sheetNames(workbook)).containsExactlyElementsOf(all);
      int next = 0;
      for (String name : tokenSheets) {
        XSSFSheet sheet = workbook.getSheet(name);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("utterance");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
          assertRow(sheet, r, expected.get(next++));
        }
      }
      assertThat(next).isEqualTo(expected.size());
    }
  }

  @Test
  void emptyTranscriptGivesHeadersOnlyAndNoSentimentSheet() throws IOException {
    Path file = directory.resolve("empty.xlsx");
    new XlsxExporter(XlsxOptions.defaults()).write(ExportInput.of(ResultJson.result().read()), file);

    try (XSSFWorkbook workbook = open(file)) {
      assertThat(sheetNames(workbook)).containsExactly("Summary", "Utterances", "Turns", "Events", "Tokens");
      assertThat(workbook.getSheet("Tokens").getLastRowNum()).isZero();
      assertThat(workbook.getSheet("Utterances").getLastRowNum()).isZero();
      assertThat(summaryValue(workbook, "status")).isEqualTo("completed");
    }
  }

  @Test
  void realV1ResultWithSentimentExportsEverySegment() throws IOException {
    Transcript v1 = Samples.read("async-v1-completed-sentiment.json");
    Path file = directory.resolve("v1.xlsx");
    new XlsxExporter(XlsxOptions.defaults()).write(ExportInput.of(v1), file);

    try (XSSFWorkbook workbook = open(file)) {
      XSSFSheet sheet = workbook.getSheet("Sentiment");
      List<List<Object>> expected = Expected.sentiment(v1);
      assertThat(expected).isNotEmpty();
      assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
      for (int r = 0; r < expected.size(); r++) {
        assertRow(sheet, r + 1, expected.get(r));
      }
      List<List<Object>> utterances = Expected.utterances(v1);
      for (int r = 0; r < utterances.size(); r++) {
        assertRow(workbook.getSheet("Utterances"), r + 1, utterances.get(r));
      }
    }
  }

  @Test
  void noChosenTableAvailableStillGivesASummarySheet() throws IOException {
    Path file = directory.resolve("only.xlsx");
    new XlsxExporter(XlsxOptions.builder().tables(Set.of(ExportTable.SPEAKERS)).build())
        .write(ExportInput.of(transcript), file);

    try (XSSFWorkbook workbook = open(file)) {
      assertThat(sheetNames(workbook)).containsExactly("Summary");
    }
  }

  @Test
  void failureMidSheetLeavesNeitherFileNorTemporaryFiles() throws IOException {
    Set<Path> poiFilesBefore = poiTemporaryFiles();
    Path file = directory.resolve("broken.xlsx");
    Map<String, TableSource> sheets = new LinkedHashMap<>();
    sheets.put("Tokens", new CsvExporterTest.FailingSource(500));
    XlsxExporter exporter = new XlsxExporter(XlsxOptions.defaults());

    assertThatThrownBy(() -> exporter.write(file, null, sheets)).hasMessageContaining("row 500");

    try (Stream<Path> listing = Files.list(directory)) {
      assertThat(listing).isEmpty();
    }
    assertThat(poiTemporaryFiles()).isSubsetOf(poiFilesBefore);
  }

  @Test
  void successLeavesNoPoiTemporaryFiles() throws IOException {
    Set<Path> poiFilesBefore = poiTemporaryFiles();

    new XlsxExporter(XlsxOptions.defaults()).write(input, directory.resolve("ok.xlsx"));

    assertThat(poiTemporaryFiles()).isSubsetOf(poiFilesBefore);
    try (Stream<Path> listing = Files.list(directory)) {
      assertThat(listing).containsExactly(directory.resolve("ok.xlsx"));
    }
  }

  @Test
  void compressionLevelTradesSizeAndEveryLevelReadsBackTheSame() throws IOException {
    Map<Integer, Long> sizes = new LinkedHashMap<>();
    for (int level : new int[] {0, XlsxOptions.DEFAULT_COMPRESSION_LEVEL, 9}) {
      Path file = directory.resolve("level" + level + ".xlsx");
      new XlsxExporter(XlsxOptions.builder().compressionLevel(level).build()).write(input, file);
      sizes.put(level, Files.size(file));
      try (XSSFWorkbook workbook = open(file)) {
        XSSFSheet tokens = workbook.getSheet("Tokens");
        List<List<Object>> expected = Expected.rows(ExportTable.TOKENS, transcript, speakers, totals);
        assertThat(tokens.getLastRowNum()).isEqualTo(expected.size());
        assertRow(tokens, 1, expected.get(0));
      }
    }

    assertThat(sizes.get(0)).isGreaterThan(sizes.get(XlsxOptions.DEFAULT_COMPRESSION_LEVEL));
    assertThat(sizes.get(XlsxOptions.DEFAULT_COMPRESSION_LEVEL)).isGreaterThanOrEqualTo(sizes.get(9));
    assertThatThrownBy(() -> XlsxOptions.builder().compressionLevel(10))
        .hasMessage("compression level must be 0 to 9: 10");
  }

  @Test
  void rejectsASheetSizeOutsideExcelsLimits() {
    assertThatThrownBy(() -> new XlsxExporter(XlsxOptions.defaults(), 1_048_577))
        .hasMessage("maxRowsPerSheet out of 2..1048576: 1048577");
  }

  static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<String> sheetNames(XSSFWorkbook workbook) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < workbook.getNumberOfSheets(); k++) {
      names.add(workbook.getSheetName(k));
    }
    return names;
  }

  private static Object summaryValue(XSSFWorkbook workbook, String field) {
    for (Row row : workbook.getSheet("Summary")) {
      if (row.getCell(0).getStringCellValue().equals(field)) {
        Cell value = row.getCell(1);
        return value.getCellType() == CellType.NUMERIC ? (Object) value.getNumericCellValue() : value.getStringCellValue();
      }
    }
    throw new AssertionError("no summary field " + field);
  }

  private static Set<Path> poiTemporaryFiles() throws IOException {
    Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
    if (!Files.isDirectory(poiFiles)) {
      return Set.of();
    }
    try (Stream<Path> listing = Files.list(poiFiles)) {
      return listing.collect(Collectors.toSet());
    }
  }

  static void assertRow(XSSFSheet sheet, int rowIndex, List<Object> expected) {
    Row row = sheet.getRow(rowIndex);
    assertThat(row).as("%s row %d", sheet.getSheetName(), rowIndex).isNotNull();
    for (int c = 0; c < expected.size(); c++) {
      Object want = expected.get(c);
      Cell cell = row.getCell(c);
      String where = sheet.getSheetName() + " row " + rowIndex + " column " + c;
      if (want == null) {
        assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(where + ": " + cell).isTrue();
      } else if (want instanceof Long) {
        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(where).isEqualTo(((Long) want).doubleValue());
      } else if (want instanceof Double) {
        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(where).isEqualTo((Double) want);
      } else if (want instanceof Boolean) {
        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.BOOLEAN);
        assertThat(cell.getBooleanCellValue()).as(where).isEqualTo(want);
      } else if (want instanceof Expected.Time) {
        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(where).isEqualTo(((Expected.Time) want).ms() / MS_PER_DAY);
        assertThat(cell.getCellStyle().getDataFormatString()).as(where).isEqualTo("[hh]:mm:ss.000");
      } else {
        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).as(where).isEqualTo(want);
      }
    }
  }

  /** openpyxl (and so pandas.read_excel) warns "Workbook contains no default style" without these. */
  @Test
  void workbookDeclaresTheDefaultNormalStyleThatReadersLookFor() throws IOException {
    Path file = directory.resolve("styles.xlsx");
    new XlsxExporter(XlsxOptions.defaults()).write(ExportInput.of(Fixtures.awkward()), file);

    String styles;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(styles).containsPattern("<cellStyleXfs count=\"[1-9][0-9]*\"><xf ")
        .containsPattern("<cellXfs count=\"[1-9][0-9]*\"><xf ")
        .containsPattern("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
    // schema order: cellStyleXfs, cellXfs, cellStyles, dxfs
    assertThat(styles.indexOf("<cellStyleXfs")).isLessThan(styles.indexOf("<cellXfs"));
    assertThat(styles.indexOf("<cellXfs")).isLessThan(styles.indexOf("<cellStyles"));
    if (styles.contains("<dxfs")) {
      assertThat(styles.indexOf("<cellStyles")).isLessThan(styles.indexOf("<dxfs"));
    }
  }
}
