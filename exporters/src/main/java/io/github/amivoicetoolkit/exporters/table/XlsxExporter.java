package io.github.amivoicetoolkit.exporters.table;

import io.github.amivoicetoolkit.exporters.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.namespace.QName;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;
import tech.tablesaw.api.Table;

/**
 * Writes the tables of an {@link ExportInput} as one XLSX workbook with Apache POI's streaming
 * {@code SXSSF}: sheets Summary, Speakers, Utterances, Turns, Events, Tokens and Sentiment, as far as
 * chosen and present. The Speakers sheet shows talk and turn times also as time-formatted columns beside
 * the milliseconds ({@code talk} beside {@code talk_ms}), and shares in percent format.
 *
 * <p>Each sheet has a bold, frozen header row, an autofilter over its rows and column widths taken from
 * the header and the first rows. Numbers are numeric cells; times come as millisecond numbers and as
 * time-formatted cells ({@code [hh]:mm:ss.000}); text cells are plain strings, never formulas; absent
 * values are blank cells. A table longer than a sheet (1,048,576 rows with the header) continues on
 * {@code "Tokens (2)"}, {@code "Tokens (3)"}, … each with its own header. Text longer than a cell's
 * 32,767 characters is cut, ends with {@code …[truncated]}, and the Summary's {@code truncated_cells}
 * counts such cells.
 *
 * <p>Memory does not grow with the transcript: only a window of 100 rows per sheet is
 * held, the rest goes to POI's temporary sheet files (under {@code java.io.tmpdir}, uncompressed: about
 * 300 bytes of disk per row while the export runs), which are deleted when the export ends, whether it
 * succeeds or fails. Strings are written inline, with no
 * shared-strings table in memory.
 *
 * <p>Immutable and thread-safe.
 */
public final class XlsxExporter {
  /** Rows held in memory per sheet before POI flushes them to its temporary file. */
  static final int ROW_WINDOW = 100;
  /** Rows whose values set the column widths (with the header). */
  static final int WIDTH_SAMPLE_ROWS = 200;
  private static final int MAX_COLUMN_WIDTH = 60;
  private static final int MIN_COLUMN_WIDTH = 6;

  private final XlsxOptions options;
  private final int maxRowsPerSheet;

  public XlsxExporter(XlsxOptions options) {
    this(options, SpreadsheetVersion.EXCEL2007.getMaxRows());
  }

  /** With a smaller sheet size (header included), so tests can split tables without a million rows. */
  XlsxExporter(XlsxOptions options, int maxRowsPerSheet) {
    this.options = Objects.requireNonNull(options, "options");
    if (maxRowsPerSheet < 2 || maxRowsPerSheet > SpreadsheetVersion.EXCEL2007.getMaxRows()) {
      throw new IllegalArgumentException("maxRowsPerSheet out of 2.." + SpreadsheetVersion.EXCEL2007.getMaxRows()
          + ": " + maxRowsPerSheet);
    }
    this.maxRowsPerSheet = maxRowsPerSheet;
  }

  public XlsxOptions options() {
    return options;
  }

  /**
   * Writes the workbook to {@code file}, creating its directory when needed and replacing an existing
   * file. The file is moved into place only when complete: on failure neither a partial file nor a
   * temporary file is left.
   *
   * @return {@code file}
   */
  public Path write(ExportInput input, Path file) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(file, "file");
    AtomicFile.write(file, out -> write(input, out));
    return file;
  }

  /** Writes the workbook to a stream, which is not closed. */
  public void write(ExportInput input, OutputStream out) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(out, "out");
    TableSources sources = new TableSources(input);
    SummaryTable summary = null;
    Map<String, TableSource> sheets = new LinkedHashMap<>();
    for (ExportTable table : options.tables()) {
      if (table == ExportTable.SUMMARY) {
        summary = sources.summary();
      } else if (table == ExportTable.SPEAKERS && input.has(table)) {
        // for people: talk and turn times also as times, shares as percentages
        sheets.put(table.sheetName(), new SheetTable(input.speakersTable().orElseThrow()));
      } else if (input.has(table)) {
        sheets.put(table.sheetName(), sources.source(table));
      }
    }
    if (summary == null && sheets.isEmpty()) {
      summary = sources.summary();
    }
    writeWorkbook(summary, sheets, out);
  }

  /**
   * Writes Tablesaw tables as a workbook, one sheet per entry in order (sheet name → table), atomically
   * like {@link #write(ExportInput, Path)}: e.g. a batch's summary of figures ({@code
   * BatchStats.summaryTable()}). Cells are typed as for the Speakers sheet: numbers as numbers, beside
   * every numeric {@code *_ms} column a time-formatted column named without {@code _ms}, and {@code share}
   * and {@code *_share} columns as percentages. A table longer than a sheet continues on further sheets.
   * The chosen tables of the options do not apply.
   *
   * @return {@code file}
   * @throws IllegalArgumentException when {@code sheets} is empty
   */
  public Path writeTables(Map<String, Table> sheets, Path file) throws IOException {
    Objects.requireNonNull(sheets, "sheets");
    Objects.requireNonNull(file, "file");
    if (sheets.isEmpty()) {
      throw new IllegalArgumentException("no sheets to write: a workbook needs one");
    }
    Map<String, TableSource> sources = new LinkedHashMap<>();
    for (Map.Entry<String, Table> sheet : sheets.entrySet()) {
      sources.put(Objects.requireNonNull(sheet.getKey(), "sheet name"),
          new SheetTable(Objects.requireNonNull(sheet.getValue(), "table")));
    }
    AtomicFile.write(file, out -> writeWorkbook(null, sources, out));
    return file;
  }

  /** {@link #write(ExportInput, Path)} of given sources, for tests. */
  void write(Path file, SummaryTable summary, Map<String, TableSource> sheets) throws IOException {
    AtomicFile.write(file, out -> writeWorkbook(summary, sheets, out));
  }

  /**
   * Writes the Summary sheet (when not null) first and then {@code sheets} in order. The Summary is
   * filled last, once the truncations it counts are known: SXSSF streams each sheet to its own file, so
   * sheets can be filled in any order.
   */
  void writeWorkbook(SummaryTable summary, Map<String, TableSource> sheets, OutputStream out) throws IOException {
    // close() deletes the temporary sheet files too (it calls the now deprecated dispose()); tests check it.
    // Temporary sheet files stay uncompressed (see LeveledWorkbook), for temporary disk of roughly 300
    // bytes per row.
    try (SXSSFWorkbook workbook = new LeveledWorkbook(options.compressionLevel())) {
      declareNormalStyle(workbook);
      SheetWriter writer = new SheetWriter(workbook);
      SXSSFSheet summarySheet = summary == null ? null : workbook.createSheet(ExportTable.SUMMARY.sheetName());
      for (Map.Entry<String, TableSource> sheet : sheets.entrySet()) {
        writer.writeTable(sheet.getKey(), sheet.getValue());
      }
      if (summary != null) {
        summary.withCount("truncated_cells", writer.sink.truncatedCells());
        writer.writeSheet(summarySheet, summary, 0, summary.rowCount());
      }
      workbook.write(out);
      out.flush();
    }
  }

  private static final String SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /**
   * Names the default cell format the built-in "Normal" style, as spreadsheet applications do. POI
   * writes the format ({@code cellStyleXfs}) but no {@code cellStyles} element naming it, and readers
   * such as openpyxl (so {@code pandas.read_excel}) then warn "Workbook contains no default style". The
   * schema class of {@code cellStyles} is not in poi-ooxml-lite, so the element is written with a cursor;
   * POI adds the formats only when it saves, and XmlBeans puts them before it, in schema order.
   */
  private static void declareNormalStyle(SXSSFWorkbook workbook) {
    CTStylesheet stylesheet = workbook.getXSSFWorkbook().getStylesSource().getCTStylesheet();
    try (XmlCursor cursor = stylesheet.newCursor()) {
      if (cursor.toChild(new QName(SPREADSHEET_NS, "cellStyles"))) {
        return;
      }
      boolean beforeLaterElement = false;
      for (String later : new String[] {"dxfs", "tableStyles", "colors", "extLst"}) {
        if (!beforeLaterElement && cursor.toChild(new QName(SPREADSHEET_NS, later))) {
          beforeLaterElement = true;
        }
      }
      if (!beforeLaterElement) {
        cursor.toEndToken();
      }
      cursor.beginElement(new QName(SPREADSHEET_NS, "cellStyles"));
      cursor.insertAttributeWithValue("count", "1");
      cursor.beginElement(new QName(SPREADSHEET_NS, "cellStyle"));
      cursor.insertAttributeWithValue("name", "Normal");
      cursor.insertAttributeWithValue("xfId", "0");
      cursor.insertAttributeWithValue("builtinId", "0");
    }
  }

  /** Writes tables into one workbook, sharing its styles and cell sink. */
  private final class SheetWriter {
    private final SXSSFWorkbook workbook;
    private final CellStyle headerStyle;
    final XlsxCellSink sink;

    SheetWriter(SXSSFWorkbook workbook) {
      this.workbook = workbook;
      Font bold = workbook.createFont();
      bold.setBold(true);
      this.headerStyle = workbook.createCellStyle();
      headerStyle.setFont(bold);
      CellStyle timeStyle = workbook.createCellStyle();
      timeStyle.setDataFormat(workbook.createDataFormat().getFormat("[hh]:mm:ss.000"));
      CellStyle percentStyle = workbook.createCellStyle();
      percentStyle.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
      this.sink = new XlsxCellSink(timeStyle, percentStyle);
    }

    void writeTable(String name, TableSource source) throws IOException {
      int rows = source.rowCount();
      int rowsPerSheet = maxRowsPerSheet - 1;
      int part = 1;
      int from = 0;
      do {
        String sheetName = part == 1 ? name : name + " (" + part + ")";
        int to = (int) Math.min(rows, (long) from + rowsPerSheet);
        writeSheet(workbook.createSheet(sheetName), source, from, to);
        from = to;
        part++;
      } while (from < rows);
    }

    /** Writes the header and rows {@code [from, to)} of {@code source} into {@code sheet}. */
    void writeSheet(SXSSFSheet sheet, TableSource source, int from, int to) throws IOException {
      List<String> columns = source.columns();
      sink.resetWidths(columns.size());
      SXSSFRow header = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        header.createCell(c).setCellValue(columns.get(c));
        header.getCell(c).setCellStyle(headerStyle);
      }
      int sheetRow = 1;
      for (int row = from; row < to; row++) {
        sink.sampling = sheetRow <= WIDTH_SAMPLE_ROWS;
        sink.startRow(sheet.createRow(sheetRow++));
        source.writeRow(row, sink);
      }
      sink.sampling = false;
      sheet.createFreezePane(0, 1);
      if (!columns.isEmpty()) {
        sheet.setAutoFilter(new CellRangeAddress(0, sheetRow - 1, 0, columns.size() - 1));
      }
      for (int c = 0; c < columns.size(); c++) {
        int characters = Math.max(XlsxCellSink.displayWidth(columns.get(c)) + 3, sink.width(c) + 1);
        characters = Math.max(MIN_COLUMN_WIDTH, Math.min(MAX_COLUMN_WIDTH, characters));
        sheet.setColumnWidth(c, characters * 256);
      }
    }
  }

  /**
   * SXSSF with uncompressed temporary sheet files (gzipping them took 22 % of the export time) and the
   * final zip deflated at a chosen level, through POI's hook for the archive stream.
   */
  private static final class LeveledWorkbook extends SXSSFWorkbook {
    private final int level;

    LeveledWorkbook(int level) {
      super(null, ROW_WINDOW, false, false);
      this.level = level;
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
      ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
      zip.setLevel(level);
      return zip;
    }
  }
}
