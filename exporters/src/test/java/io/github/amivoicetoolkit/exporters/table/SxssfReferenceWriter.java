package io.github.amivoicetoolkit.exporters.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;

/**
 * The workbook as {@link XlsxExporter} wrote it through POI's streaming {@code SXSSF} before it wrote the
 * sheets' XML itself: the reference {@code XlsxWriterEquivalenceTest} compares the two with, cell by
 * cell. Same sources, same cell types, styles, widths, frozen header and autofilter; POI's cells.
 */
final class SxssfReferenceWriter {
  private static final String SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final int MAX_COLUMN_WIDTH = 60;
  private static final int MIN_COLUMN_WIDTH = 6;

  private SxssfReferenceWriter() {}

  static void write(XlsxExporter.Sheets sheets, WorkbookAddition addition, ExportInput input, OutputStream out)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, false)) {
      declareNormalStyle(workbook);
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle headerStyle = workbook.createCellStyle();
      headerStyle.setFont(bold);
      CellStyle timeStyle = workbook.createCellStyle();
      timeStyle.setDataFormat(workbook.createDataFormat().getFormat("[hh]:mm:ss.000"));
      CellStyle percentStyle = workbook.createCellStyle();
      percentStyle.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
      PoiCellSink sink = new PoiCellSink(timeStyle, percentStyle);
      SummaryTable summary = sheets.summary();
      SXSSFSheet summarySheet = summary == null ? null : workbook.createSheet(ExportTable.SUMMARY.sheetName());
      for (Map.Entry<String, TableSource> table : sheets.tables().entrySet()) {
        int rows = table.getValue().rowCount();
        writeSheet(workbook.createSheet(table.getKey()), table.getValue(), 0, rows, headerStyle, sink);
      }
      if (summary != null) {
        summary.withCount("truncated_cells", sink.truncatedCells);
        writeSheet(summarySheet, summary, 0, summary.rowCount(), headerStyle, sink);
      }
      if (addition != null) {
        addition.addTo(workbook.getXSSFWorkbook(), input);
      }
      workbook.write(out);
    }
  }

  private static void writeSheet(SXSSFSheet sheet, TableSource source, int from, int to, CellStyle headerStyle,
      PoiCellSink sink) throws IOException {
    List<String> columns = source.columns();
    sink.widths = new int[columns.size()];
    SXSSFRow header = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      header.createCell(c).setCellValue(columns.get(c));
      header.getCell(c).setCellStyle(headerStyle);
    }
    int sheetRow = 1;
    for (int row = from; row < to; row++) {
      sink.sampling = sheetRow <= XlsxExporter.WIDTH_SAMPLE_ROWS;
      sink.row = sheet.createRow(sheetRow++);
      sink.column = 0;
      source.writeRow(row, sink);
    }
    sink.sampling = false;
    sheet.createFreezePane(0, 1);
    if (!columns.isEmpty()) {
      sheet.setAutoFilter(new CellRangeAddress(0, sheetRow - 1, 0, columns.size() - 1));
    }
    for (int c = 0; c < columns.size(); c++) {
      int characters = Math.max(XlsxCellSink.displayWidth(columns.get(c)) + 3, sink.widths[c] + 1);
      characters = Math.max(MIN_COLUMN_WIDTH, Math.min(MAX_COLUMN_WIDTH, characters));
      sheet.setColumnWidth(c, characters * 256);
    }
  }

  private static void declareNormalStyle(SXSSFWorkbook workbook) {
    CTStylesheet stylesheet = workbook.getXSSFWorkbook().getStylesSource().getCTStylesheet();
    try (XmlCursor cursor = stylesheet.newCursor()) {
      cursor.toEndToken();
      cursor.beginElement(new QName(SPREADSHEET_NS, "cellStyles"));
      cursor.insertAttributeWithValue("count", "1");
      cursor.beginElement(new QName(SPREADSHEET_NS, "cellStyle"));
      cursor.insertAttributeWithValue("name", "Normal");
      cursor.insertAttributeWithValue("xfId", "0");
      cursor.insertAttributeWithValue("builtinId", "0");
    }
  }

  /** The cell sink as it was: POI cells. */
  private static final class PoiCellSink implements CellSink {
    private static final double MS_PER_DAY = 86_400_000d;
    private final CellStyle timeStyle;
    private final CellStyle percentStyle;
    Row row;
    int column;
    long truncatedCells;
    int[] widths;
    boolean sampling;

    PoiCellSink(CellStyle timeStyle, CellStyle percentStyle) {
      this.timeStyle = timeStyle;
      this.percentStyle = percentStyle;
    }

    @Override
    public void empty() {
      column++;
    }

    @Override
    public void integer(long value) {
      row.createCell(column).setCellValue((double) value);
      sample(Long.toString(value).length());
    }

    @Override
    public void decimal(double value) {
      if (!Double.isFinite(value)) {
        empty();
        return;
      }
      row.createCell(column).setCellValue(value);
      sample(Math.min(12, Double.toString(value).length()));
    }

    @Override
    public void share(double value) {
      if (!Double.isFinite(value)) {
        empty();
        return;
      }
      Cell cell = row.createCell(column);
      cell.setCellValue(value);
      cell.setCellStyle(percentStyle);
      sample(7);
    }

    @Override
    public void text(String value) {
      if (value == null || value.isEmpty()) {
        empty();
        return;
      }
      String escaped = XlsxCellSink.escape(value);
      if (escaped.length() > XlsxCellSink.MAX_TEXT_LENGTH) {
        escaped = XlsxCellSink.truncate(escaped);
        truncatedCells++;
      }
      row.createCell(column).setCellValue(escaped);
      sample(sampling ? XlsxCellSink.displayWidth(value) : 0);
    }

    @Override
    public void bool(boolean value) {
      row.createCell(column).setCellValue(value);
      sample(5);
    }

    @Override
    public void time(long ms) {
      Cell cell = row.createCell(column);
      cell.setCellValue(ms / MS_PER_DAY);
      cell.setCellStyle(timeStyle);
      sample(12);
    }

    private void sample(int width) {
      if (sampling && width > widths[column]) {
        widths[column] = width;
      }
      column++;
    }
  }
}
