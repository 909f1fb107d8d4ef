package io.github.amivoicetoolkit.exporters.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Samples;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import io.github.amivoicetoolkit.exporters.Fixtures;
import io.github.amivoicetoolkit.exporters.report.ReportOptions;
import io.github.amivoicetoolkit.exporters.report.XlsxChartSheet;
import io.github.amivoicetoolkit.testkit.ResultJson;
import io.github.amivoicetoolkit.testkit.SyntheticResults;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workbook written as sheet XML of our own reads back, through POI, the same as the one POI's
 * streaming SXSSF wrote before ({@link SxssfReferenceWriter}): sheet names and order, every cell's type,
 * value and style (number format, bold), column widths, frozen header, autofilter and its defined name,
 * the selected tab, and the Charts sheet with its charts.
 */
class XlsxWriterEquivalenceTest {
  private static final XlsxChartSheet CHARTS = new XlsxChartSheet(ReportOptions.defaults());

  static Stream<Arguments> inputs() {
    List<Arguments> inputs = new ArrayList<>();
    Transcript awkward = Fixtures.awkward();
    inputs.add(Arguments.of("awkward text", ExportInput.builder(awkward)
        .speakersTable(Fixtures.withMissingTurns(Fixtures.speakersTable())).summaryTable(Fixtures.totalsTable())
        .build()));
    for (String name : Samples.names()) {
      if (name.startsWith("async-") || name.startsWith("sync-")) {
        Transcript sample = Samples.read(name);
        inputs.add(Arguments.of(name, ExportInput.builder(sample).stats(TranscriptStats.of(sample)).build()));
      }
    }
    Transcript synthetic = synthetic90Minutes();
    inputs.add(Arguments.of("synthetic 90 minutes", ExportInput.builder(synthetic)
        .stats(TranscriptStats.of(synthetic)).build()));
    Transcript truncated = ResultJson.result().word("x".repeat(40_000), 0, 500, "speaker0")
        .word(" leading space", 500, 900, "speaker1").utterance(0, 900, 0.8, "long").read();
    inputs.add(Arguments.of("truncated text", ExportInput.of(truncated)));
    // the rows that set the column widths are held back: a sheet just under, at and just over them
    for (int tokens : new int[] {XlsxExporter.WIDTH_SAMPLE_ROWS - 1, XlsxExporter.WIDTH_SAMPLE_ROWS,
        XlsxExporter.WIDTH_SAMPLE_ROWS + 1}) {
      ResultJson json = ResultJson.result();
      for (int k = 0; k < tokens; k++) {
        json.word(k == tokens - 1 ? "the widest word of the sheet, last" : "w" + k, k * 100, k * 100 + 90, "speaker0");
      }
      inputs.add(Arguments.of(tokens + " tokens", ExportInput.of(json.utterance(0, tokens * 100, 0.9, "t").read())));
    }
    return inputs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void readsBackTheSameAsPoisStreamingWriter(String name, ExportInput input) throws IOException {
    XlsxExporter exporter = new XlsxExporter(XlsxOptions.defaults(), CHARTS);
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    exporter.write(input, ours);
    ByteArrayOutputStream reference = new ByteArrayOutputStream();
    SxssfReferenceWriter.write(exporter.sheets(input), CHARTS, input, reference);

    try (XSSFWorkbook expected = open(reference); XSSFWorkbook actual = open(ours)) {
      assertSameWorkbook(expected, actual);
    }
  }

  private static Transcript synthetic90Minutes() {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try {
      SyntheticResults.builder().seed(20261121L).minutes(90).speakers(4)
          .language(SyntheticResults.Language.JAPANESE).sentiment(true).build().writeTo(json);
      return new TranscriptReader().read(json.toByteArray(), "synthetic-90min.json");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static XSSFWorkbook open(ByteArrayOutputStream bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
  }

  static void assertSameWorkbook(XSSFWorkbook expected, XSSFWorkbook actual) {
    assertThat(actual.getNumberOfSheets()).isEqualTo(expected.getNumberOfSheets());
    assertThat(names(actual)).isEqualTo(names(expected));
    for (int s = 0; s < expected.getNumberOfSheets(); s++) {
      XSSFSheet want = expected.getSheetAt(s);
      XSSFSheet got = actual.getSheetAt(s);
      String sheet = want.getSheetName();
      assertThat(got.getSheetName()).isEqualTo(sheet);
      assertThat(got.isSelected()).as(sheet + " selected").isEqualTo(want.isSelected());
      assertThat(pane(got)).as(sheet + " pane").isEqualTo(pane(want));
      assertThat(got.getCTWorksheet().getDimension().getRef()).as(sheet + " dimension")
          .isEqualTo(want.getCTWorksheet().getDimension().getRef());
      assertThat(got.getCTWorksheet().isSetAutoFilter()).as(sheet + " autofilter")
          .isEqualTo(want.getCTWorksheet().isSetAutoFilter());
      if (want.getCTWorksheet().isSetAutoFilter()) {
        assertThat(got.getCTWorksheet().getAutoFilter().getRef()).as(sheet + " autofilter")
            .isEqualTo(want.getCTWorksheet().getAutoFilter().getRef());
      }
      assertThat(got.getLastRowNum()).as(sheet + " last row").isEqualTo(want.getLastRowNum());
      int columns = Math.max(1, want.getRow(0) == null ? 0 : want.getRow(0).getLastCellNum());
      for (int c = 0; c <= columns; c++) {
        assertThat(got.getColumnWidth(c)).as(sheet + " width of column " + c).isEqualTo(want.getColumnWidth(c));
      }
      for (int r = 0; r <= want.getLastRowNum(); r++) {
        assertSameRow(sheet, r, want.getRow(r), got.getRow(r));
      }
      List<String> wantCharts = charts(want);
      assertThat(charts(got)).as(sheet + " charts").isEqualTo(wantCharts);
    }
  }

  private static void assertSameRow(String sheet, int r, XSSFRow want, XSSFRow got) {
    if (want == null) {
      assertThat((Object) got).as(sheet + " row " + r).isNull();
      return;
    }
    assertThat((Object) got).as(sheet + " row " + r).isNotNull();
    assertThat(got.getLastCellNum()).as(sheet + " row " + r + " cells").isEqualTo(want.getLastCellNum());
    for (int c = 0; c < want.getLastCellNum(); c++) {
      XSSFCell wantCell = want.getCell(c);
      XSSFCell gotCell = got.getCell(c);
      String where = sheet + "!" + (gotCell == null ? "row " + r + " column " + c : gotCell.getReference());
      if (wantCell == null) {
        assertThat(gotCell).as(where).isNull();
        continue;
      }
      assertThat(gotCell).as(where).isNotNull();
      assertThat(gotCell.getCellType()).as(where + " type").isEqualTo(wantCell.getCellType());
      assertThat(value(gotCell)).as(where + " value").isEqualTo(value(wantCell));
      assertThat(gotCell.getCellStyle().getIndex()).as(where + " style").isEqualTo(wantCell.getCellStyle().getIndex());
      assertThat(gotCell.getCellStyle().getDataFormatString()).as(where + " number format")
          .isEqualTo(wantCell.getCellStyle().getDataFormatString());
      assertThat(gotCell.getCellStyle().getFont().getBold()).as(where + " bold")
          .isEqualTo(wantCell.getCellStyle().getFont().getBold());
    }
  }

  private static Object value(Cell cell) {
    return switch (cell.getCellType()) {
      // the bits, so that -0.0 and 0.0 differ and every double compares exactly
      case NUMERIC -> Double.doubleToRawLongBits(cell.getNumericCellValue());
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> cell.getBooleanCellValue();
      case BLANK -> "";
      default -> throw new AssertionError("unexpected cell type " + cell.getCellType() + " at " + cell.getAddress());
    };
  }

  private static List<Object> pane(XSSFSheet sheet) {
    PaneInformation pane = sheet.getPaneInformation();
    return pane == null ? List.of() : List.of(pane.isFreezePane(), pane.getHorizontalSplitPosition(),
        pane.getVerticalSplitPosition(), pane.getHorizontalSplitTopRow(), pane.getVerticalSplitLeftColumn());
  }

  private static List<String> names(XSSFWorkbook workbook) {
    List<String> names = new ArrayList<>();
    for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
      names.add(workbook.getSheetName(s));
    }
    for (Name name : workbook.getAllNames()) {
      names.add(name.getNameName() + " " + name.getSheetIndex() + " " + name.getRefersToFormula());
    }
    names.subList(workbook.getNumberOfSheets(), names.size()).sort(null);
    return names;
  }

  private static List<String> charts(XSSFSheet sheet) {
    List<String> charts = new ArrayList<>();
    if (sheet.getDrawingPatriarch() != null) {
      for (XSSFChart chart : sheet.getDrawingPatriarch().getCharts()) {
        charts.add(chart.getCTChartSpace().xmlText());
      }
    }
    return charts;
  }
}
