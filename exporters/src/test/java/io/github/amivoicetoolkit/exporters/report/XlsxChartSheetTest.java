package io.github.amivoicetoolkit.exporters.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.table.ExportInput;
import io.github.amivoicetoolkit.exporters.table.XlsxExporter;
import io.github.amivoicetoolkit.exporters.table.XlsxOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxChartSheetTest {
  private static XSSFWorkbook write(Transcript transcript, String name) throws IOException {
    Path file = new XlsxExporter(XlsxOptions.defaults(), new XlsxChartSheet(ReportOptions.defaults()))
        .write(ExportInput.builder(transcript).stats(TranscriptStats.of(transcript)).build(),
            ReportSamples.out(ReportSamples.OFFICE_OUT, name + ".xlsx"));
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  void chartsSheetComesAfterTheTablesWithThreeNativeChartsOnItsOwnCells() throws IOException {
    try (XSSFWorkbook workbook = write(ReportSamples.workedExample(), "worked-example-charts")) {
      assertThat(workbook.getSheetName(workbook.getNumberOfSheets() - 1)).isEqualTo("Charts");
      assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
      XSSFSheet sheet = workbook.getSheet("Charts");
      List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
      assertThat(charts).extracting(c -> c.getTitleText().getString())
          .containsExactly("Talk share", "Word confidence (bins of 0.05; low under 0.5)", "Interruptions per speaker");

      XDDFChartData.Series share = charts.get(0).getChartSeries().get(0).getSeries(0);
      assertThat(share.getCategoryData().getDataRangeReference()).isEqualTo("Charts!$A$2:$A$3");
      assertThat(share.getValuesData().getDataRangeReference()).isEqualTo("Charts!$C$2:$C$3");
      assertThat(List.of(share.getValuesData().getPointAt(0), share.getValuesData().getPointAt(1)))
          .containsExactly(3200.0 / 7000, 3800.0 / 7000);
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3200.0 / 7000);
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3200 / 60_000.0);

      XDDFChartData confidence = charts.get(1).getChartSeries().get(0);
      assertThat(confidence).isInstanceOf(XDDFBarChartData.class);
      assertThat(confidence.getSeriesCount()).isEqualTo(2);
      assertThat(sum(confidence.getSeries(0))).isEqualTo(7);
      assertThat(sum(confidence.getSeries(1))).isEqualTo(5);
      assertThat(confidence.getSeries(1).getValuesData().getDataRangeReference()).isEqualTo("Charts!$C$9:$C$28");

      XDDFChartData interruptions = charts.get(2).getChartSeries().get(0);
      assertThat(points(interruptions.getSeries(0))).containsExactly(1.0, 0.0);
      assertThat(points(interruptions.getSeries(1))).containsExactly(0.0, 1.0);
      assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).as("silences").isEqualTo(1);
    }
  }

  @Test
  void oneSpeakerWithoutDiarizationStillGetsItsCharts() throws IOException {
    try (XSSFWorkbook workbook = write(ReportSamples.all().get("sync-ja-low-confidence"), "no-diarization-charts")) {
      assertThat(workbook.getSheet("Charts").getDrawingPatriarch().getCharts()).hasSize(3);
    }
  }

  private static double sum(XDDFChartData.Series series) {
    return points(series).stream().mapToDouble(Double::doubleValue).sum();
  }

  private static List<Double> points(XDDFChartData.Series series) {
    List<Double> points = new ArrayList<>();
    for (int k = 0; k < series.getValuesData().getPointCount(); k++) {
      points.add(series.getValuesData().getPointAt(k).doubleValue());
    }
    return points;
  }
}
