package io.github.amivoicetoolkit.exporters.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.analytics.BatchStats;
import io.github.amivoicetoolkit.core.Samples;
import io.github.amivoicetoolkit.exporters.table.XlsxExporter;
import io.github.amivoicetoolkit.exporters.table.XlsxOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class BatchChartSheetTest {
  @Test
  void summaryWorkbookChartsTalkAndSilenceSharePerFileFromItsOwnCells(@TempDir Path dir) throws IOException {
    BatchStats batch = new BatchStats();
    batch.add("example.json", ReportSamples.workedExample());
    batch.add("v1.json", Samples.read("async-v1-completed-sentiment.json"));
    Map<String, Table> sheets = new LinkedHashMap<>();
    sheets.put("Summary", batch.summaryTable());
    Path file = new XlsxExporter(XlsxOptions.defaults(), new BatchChartSheet(batch))
        .writeTables(sheets, dir.resolve("summary.xlsx"));

    try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
      XSSFSheet charts = workbook.getSheet("Charts");
      assertThat(charts.getRow(1).getCell(0).getStringCellValue()).isEqualTo("example.json");
      assertThat(charts.getRow(2).getCell(0).getStringCellValue()).isEqualTo("v1.json");
      // the worked example of docs/figures.md: 7000 ms of talk, one 3500 ms silence in a 9400 ms window
      assertThat(charts.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(7000 / 60_000.0);
      assertThat(charts.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3500.0 / 9400);
      XSSFDrawing drawing = charts.getDrawingPatriarch();
      assertThat(drawing.getCharts()).hasSize(2);
      assertThat(drawing.getCharts().get(0).getTitleText().getString()).isEqualTo("Talk per file (minutes)");
      assertThat(drawing.getCharts().get(1).getChartSeries().get(0).getSeries(0).getValuesData()
          .getDataRangeReference()).isEqualTo("Charts!$C$2:$C$3");
    }
  }
}
