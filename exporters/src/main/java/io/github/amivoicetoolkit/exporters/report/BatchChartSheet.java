package io.github.amivoicetoolkit.exporters.report;

import io.github.amivoicetoolkit.analytics.BatchStats;
import io.github.amivoicetoolkit.analytics.FileStats;
import io.github.amivoicetoolkit.analytics.TotalConversation;
import io.github.amivoicetoolkit.exporters.table.ExportInput;
import io.github.amivoicetoolkit.exporters.table.WorkbookAddition;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Charts sheet of a batch's {@code summary.xlsx}: native, editable bar charts of the talk time of each
 * file and of each file's silence share (silence over the conversation window, {@code
 * docs/figures.md#conversation-figures}), drawn from a small table on the same sheet — one row per
 * completed file, so the sheet stays small beside the streamed summary.
 */
public final class BatchChartSheet implements WorkbookAddition {
  private final BatchStats batch;

  public BatchChartSheet(BatchStats batch) {
    this.batch = Objects.requireNonNull(batch, "batch");
  }

  @Override
  public void addTo(XSSFWorkbook workbook, ExportInput input) {
    List<FileStats> files = batch.files();
    XSSFSheet sheet = workbook.createSheet(XlsxChartSheet.SHEET);
    String[] header = {"file", "talk_min", "silence_share"};
    XSSFRow top = sheet.createRow(0);
    for (int c = 0; c < header.length; c++) {
      top.createCell(c).setCellValue(header[c]);
    }
    int n = files.size();
    String[] names = new String[n];
    Double[] talk = new Double[n];
    Double[] silence = new Double[n];
    for (int f = 0; f < n; f++) {
      FileStats file = files.get(f);
      TotalConversation conversation = file.total().conversation();
      names[f] = file.file();
      talk[f] = file.total().talkMs() / 60_000.0;
      silence[f] = conversation.windowMs() == 0 ? 0.0 : (double) conversation.silenceMs() / conversation.windowMs();
      XSSFRow row = sheet.createRow(1 + f);
      row.createCell(0).setCellValue(names[f]);
      row.createCell(1).setCellValue(talk[f]);
      row.createCell(2).setCellValue(silence[f]);
    }
    sheet.setColumnWidth(0, 30 * 256);
    if (n == 0) {
      return;
    }
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XDDFCategoryDataSource fileNames = XDDFDataSourcesFactory.fromArray(names, XlsxChartSheet.range(1, n, 0));
    XSSFChart talkChart = XlsxChartSheet.chart(drawing, 0, "Talk per file (minutes)", null);
    talkChart.plot(XlsxChartSheet.bars(talkChart, fileNames, "talk_min", new CellReference(XlsxChartSheet.SHEET, 0,
        1, true, true), XDDFDataSourcesFactory.fromArray(talk, XlsxChartSheet.range(1, n, 1)), null));
    XSSFChart silenceChart = XlsxChartSheet.chart(drawing, XlsxChartSheet.CHART_HEIGHT + 1,
        "Silence share per file", null);
    silenceChart.plot(XlsxChartSheet.bars(silenceChart, fileNames, "silence_share",
        new CellReference(XlsxChartSheet.SHEET, 0, 2, true, true),
        XDDFDataSourcesFactory.fromArray(silence, XlsxChartSheet.range(1, n, 2)), null));
  }
}
