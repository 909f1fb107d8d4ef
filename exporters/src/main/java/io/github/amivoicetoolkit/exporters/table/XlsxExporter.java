package io.github.amivoicetoolkit.exporters.table;

import io.github.amivoicetoolkit.exporters.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;
import tech.tablesaw.api.Table;

/**
 * Writes the tables of an {@link ExportInput} as one XLSX workbook: sheets Summary, Speakers, Utterances,
 * Turns, Events, Tokens and Sentiment, as far as chosen and present. The Speakers sheet shows talk and
 * turn times also as time-formatted columns beside the milliseconds ({@code talk} beside {@code
 * talk_ms}), and shares in percent format.
 *
 * <p>Each sheet has a bold, frozen header row, an autofilter over its rows and column widths taken from
 * the header and the first rows. Numbers are numeric cells; times come as millisecond numbers and as
 * time-formatted cells ({@code [hh]:mm:ss.000}); text cells are plain strings, never formulas, and read
 * back exactly (NUL and other characters XML cannot hold, and text like {@code _x0041_}, go through the
 * OOXML {@code _xHHHH_} escape); absent values are blank cells. A table longer than a sheet (1,048,576
 * rows with the header) continues on {@code "Tokens (2)"}, {@code "Tokens (3)"}, … each with its own
 * header. Text longer than a cell's 32,767 characters is cut, ends with {@code …[truncated]}, and the
 * Summary's {@code truncated_cells} counts such cells.
 *
 * <p>Memory does not grow with the transcript, and nothing is written to temporary files: each table
 * sheet's XML streams straight into the workbook's zip, holding back only its first {@value
 * #WIDTH_SAMPLE_ROWS} rows until their column widths are known. Strings are written inline, with no
 * shared-strings table in memory. Apache POI builds the rest of the workbook (styles, the sheet list, an
 * addition's sheets and charts) in memory and saves it into the same zip.
 *
 * <p>Immutable and thread-safe.
 */
public final class XlsxExporter {
  /** Rows whose values set the column widths (with the header); they are held in memory until then. */
  static final int WIDTH_SAMPLE_ROWS = 200;
  private static final int MAX_COLUMN_WIDTH = 60;
  private static final int MIN_COLUMN_WIDTH = 6;

  private final XlsxOptions options;
  private final int maxRowsPerSheet;
  private final WorkbookAddition addition;

  public XlsxExporter(XlsxOptions options) {
    this(options, SpreadsheetVersion.EXCEL2007.getMaxRows());
  }

  /** With {@code addition} run after the tables, e.g. the Charts sheet of {@code exporters.report.XlsxChartSheet}. */
  public XlsxExporter(XlsxOptions options, WorkbookAddition addition) {
    this(options, SpreadsheetVersion.EXCEL2007.getMaxRows(), Objects.requireNonNull(addition, "addition"));
  }

  /** With a smaller sheet size (header included), so tests can split tables without a million rows. */
  XlsxExporter(XlsxOptions options, int maxRowsPerSheet) {
    this(options, maxRowsPerSheet, null);
  }

  private XlsxExporter(XlsxOptions options, int maxRowsPerSheet, WorkbookAddition addition) {
    this.addition = addition;
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
    Sheets sheets = sheets(input);
    writeWorkbook(sheets.summary(), sheets.tables(), out, input);
  }

  /** The Summary (null when not written) and the table sheets, in order, that {@code input} gives. */
  record Sheets(SummaryTable summary, Map<String, TableSource> tables) {}

  /** The sheets {@link #write(ExportInput, OutputStream)} writes for {@code input}: new sources each call. */
  Sheets sheets(ExportInput input) {
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
    return new Sheets(summary, sheets);
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
    AtomicFile.write(file, out -> writeWorkbook(null, sources, out, null));
    return file;
  }

  /** {@link #write(ExportInput, Path)} of given sources, for tests. */
  void write(Path file, SummaryTable summary, Map<String, TableSource> sheets) throws IOException {
    AtomicFile.write(file, out -> writeWorkbook(summary, sheets, out, null));
  }

  /**
   * Writes the Summary sheet (when not null) first and then {@code sheets} in order. POI builds the
   * workbook's skeleton in memory — styles, the workbook part with its sheet list and filter names, the
   * addition's sheets and charts — with an empty stand-in for each table sheet; the table sheets' XML is
   * streamed into the zip by {@link SheetXml} first, and POI then saves the skeleton into the same zip,
   * leaving out its stand-ins. The Summary is filled last, once the truncations it counts are known; the
   * order of parts in a zip does not matter to readers.
   */
  void writeWorkbook(SummaryTable summary, Map<String, TableSource> sheets, OutputStream out, ExportInput input)
      throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook();
    try {
      declareNormalStyle(workbook);
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle headerStyle = workbook.createCellStyle();
      headerStyle.setFont(bold);
      CellStyle timeStyle = workbook.createCellStyle();
      timeStyle.setDataFormat(workbook.createDataFormat().getFormat("[hh]:mm:ss.000"));
      CellStyle percentStyle = workbook.createCellStyle();
      percentStyle.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));

      XSSFSheet summarySheet = summary == null ? null : workbook.createSheet(ExportTable.SUMMARY.sheetName());
      List<SheetPart> parts = new ArrayList<>();
      for (Map.Entry<String, TableSource> sheet : sheets.entrySet()) {
        int rows = sheet.getValue().rowCount();
        int rowsPerSheet = maxRowsPerSheet - 1;
        int part = 1;
        int from = 0;
        do {
          String name = part == 1 ? sheet.getKey() : sheet.getKey() + " (" + part + ")";
          int to = (int) Math.min(rows, (long) from + rowsPerSheet);
          parts.add(new SheetPart(workbook.createSheet(name), sheet.getValue(), from, to));
          from = to;
          part++;
        } while (from < rows);
      }

      WorkbookZip zip = new WorkbookZip(out, options.compressionLevel());
      try {
        SheetWriter writer = new SheetWriter(zip, headerStyle.getIndex(), timeStyle.getIndex(),
            percentStyle.getIndex());
        for (SheetPart part : parts) {
          writer.writeSheet(part.sheet(), part.source(), part.from(), part.to());
        }
        if (summary != null) {
          summary.withCount("truncated_cells", writer.sink.truncatedCells());
          writer.writeSheet(summarySheet, summary, 0, summary.rowCount());
        }
        if (addition != null) {
          addition.addTo(workbook, input);
        }
        try {
          workbook.write(zip);
        } catch (RuntimeException e) {
          if (zip.failure != null) {
            zip.failure.addSuppressed(e);
            throw zip.failure;
          }
          throw e;
        }
        zip.finishOnce();
      } finally {
        zip.endDeflater();
      }
      out.flush();
    } catch (RuntimeException e) {
      // POI wraps failures of the stream it saves to (OpenXML4JRuntimeException and the like)
      IOException cause = ioCause(e);
      if (cause == null) {
        throw e;
      }
      throw cause;
    } finally {
      // not close(): a new workbook's close() saves the whole package once more, into a buffer
      workbook.getPackage().revert();
    }
  }

  /** Rows {@code [from, to)} of {@code source} on {@code sheet}, POI's stand-in for the sheet. */
  private record SheetPart(XSSFSheet sheet, TableSource source, int from, int to) {}

  private static final String SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /**
   * Names the default cell format the built-in "Normal" style, as spreadsheet applications do. POI
   * writes the format ({@code cellStyleXfs}) but no {@code cellStyles} element naming it, and readers
   * such as openpyxl (so {@code pandas.read_excel}) then warn "Workbook contains no default style". The
   * schema class of {@code cellStyles} is not in poi-ooxml-lite, so the element is written with a cursor;
   * POI adds the formats only when it saves, and XmlBeans puts them before it, in schema order.
   */
  private static void declareNormalStyle(XSSFWorkbook workbook) {
    CTStylesheet stylesheet = workbook.getStylesSource().getCTStylesheet();
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

  /**
   * The {@link IOException} POI wrapped in {@code e} (it rethrows failures of the stream it saves to as
   * {@code RuntimeException}s such as {@code OpenXML4JRuntimeException}, or {@code UncheckedIOException}),
   * or null when {@code e} is not one.
   */
  static IOException ioCause(RuntimeException e) {
    if (e instanceof UncheckedIOException unchecked) {
      return unchecked.getCause();
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException io) {
        return io;
      }
      if (!(cause instanceof RuntimeException)) {
        return null;
      }
    }
    return null;
  }

  /** Writes table sheets into one workbook's zip, sharing its styles, XML writer and cell sink. */
  private static final class SheetWriter {
    private static final byte[] TAIL_MARGINS = SheetXml.ascii("<pageMargins bottom=\"0.75\" footer=\"0.3\""
        + " header=\"0.3\" left=\"0.7\" right=\"0.7\" top=\"0.75\"/></worksheet>");

    private final WorkbookZip zip;
    private final SheetXml xml;
    private final int headerStyle;
    final XlsxCellSink sink;

    SheetWriter(WorkbookZip zip, int headerStyle, int timeStyle, int percentStyle) {
      this.zip = zip;
      this.xml = new SheetXml(zip);
      this.headerStyle = headerStyle;
      this.sink = new XlsxCellSink(xml, timeStyle, percentStyle);
    }

    /**
     * Writes the header and rows {@code [from, to)} of {@code source} as the part of {@code sheet}, and
     * gives {@code sheet} the autofilter, so that POI names its range in the workbook part.
     */
    void writeSheet(XSSFSheet sheet, TableSource source, int from, int to) throws IOException {
      List<String> columns = source.columns();
      int lastRow = to - from + 1;
      String range = columns.isEmpty() ? "A1" : "A1:" + SheetXml.columnName(columns.size() - 1) + lastRow;
      if (!columns.isEmpty()) {
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow - 1, 0, columns.size() - 1));
      }
      zip.putPart(sheet.getPackagePart().getPartName().getName().substring(1));
      sink.resetWidths(columns.size());
      xml.holdRows();
      xml.startRow(1);
      for (int c = 0; c < columns.size(); c++) {
        xml.text(c, headerStyle, columns.get(c));
      }
      xml.endRow();
      int sampled = Math.min(to, from + WIDTH_SAMPLE_ROWS);
      int sheetRow = 1;
      sink.sampling = true;
      for (int row = from; row < sampled; row++) {
        sink.startRow(++sheetRow);
        source.writeRow(row, sink);
        sink.endRow();
      }
      sink.sampling = false;
      xml.releaseAfter(head(sheet, columns, range));
      for (int row = sampled; row < to; row++) {
        sink.startRow(++sheetRow);
        source.writeRow(row, sink);
        sink.endRow();
      }
      String filter = columns.isEmpty() ? "" : "<autoFilter ref=\"" + range + "\"/>";
      xml.finishPart(SheetXml.ascii("</sheetData>" + filter));
      zip.write(TAIL_MARGINS);
      zip.closeArchiveEntry();
    }

    /**
     * The part up to {@code <sheetData>}: its range, a frozen header row, and column widths taken from
     * the header and the sampled rows.
     */
    private byte[] head(XSSFSheet sheet, List<String> columns, String range) {
      StringBuilder head = new StringBuilder(200 + 60 * columns.size());
      head.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"").append(SPREADSHEET_NS)
          .append("\"><dimension ref=\"").append(range).append("\"/><sheetViews><sheetView workbookViewId=\"0\"")
          .append(sheet.isSelected() ? " tabSelected=\"true\"" : "")
          .append("><pane ySplit=\"1.0\" state=\"frozen\" topLeftCell=\"A2\" activePane=\"bottomLeft\"/>")
          .append("<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15.0\"/>");
      if (!columns.isEmpty()) {
        head.append("<cols>");
        for (int c = 0; c < columns.size(); c++) {
          int characters = Math.max(XlsxCellSink.displayWidth(columns.get(c)) + 3, sink.width(c) + 1);
          characters = Math.max(MIN_COLUMN_WIDTH, Math.min(MAX_COLUMN_WIDTH, characters));
          head.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
              .append(characters).append(".0\" customWidth=\"true\"/>");
        }
        head.append("</cols>");
      }
      return SheetXml.ascii(head.append("<sheetData>").toString());
    }
  }

  /**
   * The workbook's zip: parts written with {@link #putPart} are kept, and the same parts when POI saves
   * its stand-ins for them later are left out. It remembers the first failure of the stream under it:
   * POI's part marshallers swallow it and report only that a part "failed to be saved".
   */
  private static final class WorkbookZip extends ZipArchiveOutputStream {
    private final Set<String> ownParts = new HashSet<>();
    private boolean skipping;
    /** The first IOException of a write, put or close of an entry; null while none failed. */
    IOException failure;

    WorkbookZip(OutputStream out, int level) {
      super(out);
      setLevel(level);
    }

    void putPart(String name) throws IOException {
      ownParts.add(name);
      try {
        super.putArchiveEntry(new ZipArchiveEntry(name));
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
      skipping = ownParts.contains(entry.getName());
      if (!skipping) {
        try {
          super.putArchiveEntry(entry);
        } catch (IOException e) {
          throw failed(e);
        }
      }
    }

    @Override
    public void closeArchiveEntry() throws IOException {
      if (skipping) {
        skipping = false;
        return;
      }
      try {
        super.closeArchiveEntry();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (!skipping) {
        try {
          super.write(bytes, offset, length);
        } catch (IOException e) {
          throw failed(e);
        }
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void finish() throws IOException {
      try {
        super.finish();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    private IOException failed(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }

    /** Finishes the zip unless POI already has (it does when it saves into a zip stream it is given). */
    void finishOnce() throws IOException {
      if (!finished) {
        finish();
      }
    }

    /** Frees the deflater's native memory; the underlying stream stays open. */
    void endDeflater() {
      def.end();
    }
  }
}
