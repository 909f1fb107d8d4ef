package io.github.amivoicetoolkit.exporters.table;

import io.github.amivoicetoolkit.exporters.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * Writes the tables of an {@link ExportInput} as CSV, one file per table: RFC 4180 records as Apache Commons
 * CSV writes them, encoded straight to UTF-8 bytes for files and streams ({@link Utf8CsvFields}) and written
 * by a Commons CSV printer for a {@link Writer}.
 *
 * <p>UTF-8, {@code ,} separated, fields quoted only when needed, CRLF line ends, a header row of column
 * names, absent values as empty fields; the {@link CsvDialect} decides the byte-order mark and formula
 * neutralisation. Rows are streamed from the transcript's columns: memory does not grow with the
 * transcript's length. Files are written through {@link AtomicFile}: each appears complete or not at all.
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvExporter {
  private final CsvOptions options;

  public CsvExporter(CsvOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public CsvOptions options() {
    return options;
  }

  /** The file name of one table: {@code <baseName>.<table id>.csv}, e.g. {@code call.tokens.csv}. */
  public static String fileName(String baseName, ExportTable table) {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(table, "table");
    return baseName + "." + table.id() + ".csv";
  }

  /**
   * Writes every chosen table the input has ({@link ExportInput#has}) to
   * {@code directory/<baseName>.<table>.csv}, creating the directory when needed and replacing existing
   * files. Each file is moved into place only when complete; if one fails, the files already written
   * by this call stay (complete) and no partial or temporary file is left.
   *
   * @return the files written, in workbook order
   */
  public List<Path> write(ExportInput input, Path directory, String baseName) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(directory, "directory");
    if (Objects.requireNonNull(baseName, "baseName").isEmpty()) {
      throw new IllegalArgumentException("baseName is empty");
    }
    TableSources sources = new TableSources(input);
    List<Path> written = new ArrayList<>();
    byte[] buffer = new byte[Utf8CsvFields.BUFFER_BYTES];
    for (ExportTable table : options.tables()) {
      if (input.has(table)) {
        Path file = directory.resolve(fileName(baseName, table));
        writeFile(sources.source(table), file, buffer);
        written.add(file);
      }
    }
    return written;
  }

  /**
   * Writes one table as UTF-8 bytes (with a byte-order mark in the spreadsheet dialect), whichever
   * tables the options choose. The stream is flushed, not closed.
   *
   * @throws IllegalArgumentException when the input lacks the table ({@link ExportInput#has})
   */
  public void write(ExportInput input, ExportTable table, OutputStream out) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(out, "out");
    write(new TableSources(input).source(table), out, new byte[Utf8CsvFields.BUFFER_BYTES]);
  }

  /**
   * Writes one table as characters, whichever tables the options choose. No byte-order mark is written
   * even in the spreadsheet dialect: it belongs to a byte encoding, which the writer's owner chooses.
   * The writer is flushed, not closed.
   *
   * @throws IllegalArgumentException when the input lacks the table ({@link ExportInput#has})
   */
  public void write(ExportInput input, ExportTable table, Writer out) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(out, "out");
    writeRows(new TableSources(input).source(table), new PrinterCsvFields(out));
  }

  /**
   * Writes a Tablesaw table as one CSV file, atomically, in this exporter's dialect: e.g. a batch's
   * summary of figures ({@code BatchStats.summaryTable()}). Integer columns are written as integers,
   * fractions as the shortest decimal that reads back to the same double, missing values as empty fields.
   *
   * @return {@code file}
   */
  public Path writeTable(Table table, Path file) throws IOException {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(file, "file");
    writeFile(new TablesawTable(table), file);
    return file;
  }

  /**
   * Writes rows of plain values as one CSV file, atomically, in this exporter's dialect, with no Tablesaw
   * table (whose class scans the whole class path when first used): e.g. a batch's summary ({@code
   * BatchStats.summaryRows()}). Cells are written as {@link #writeTable} writes the column they would fill:
   * {@code Long}, {@code Integer} and {@code Short} as integers, {@code Double} and {@code Float} as the
   * shortest decimal that reads back to the same number, {@code Boolean} as {@code true}/{@code false},
   * {@code String} (and anything else, as its {@code toString()}) as text, {@code null} as an empty field.
   *
   * @return {@code file}
   * @throws IllegalArgumentException when a row has not one value per column
   */
  public Path writeRows(List<String> columns, List<? extends List<?>> rows, Path file) throws IOException {
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(file, "file");
    writeFile(new ValueRows(columns, rows), file);
    return file;
  }

  void writeFile(TableSource source, Path file) throws IOException {
    writeFile(source, file, new byte[Utf8CsvFields.BUFFER_BYTES]);
  }

  /** {@code buffer} is the encoding buffer ({@link Utf8CsvFields}), reusable when this returns. */
  private void writeFile(TableSource source, Path file, byte[] buffer) throws IOException {
    // the fields write whole buffers: the file needs no buffer of its own
    AtomicFile.writeBlocks(file, out -> write(source, out, buffer));
  }

  private void write(TableSource source, OutputStream out, byte[] buffer) throws IOException {
    Utf8CsvFields fields = new Utf8CsvFields(out, buffer);
    if (options.dialect() == CsvDialect.SPREADSHEET) {
      fields.byteOrderMark();
    }
    writeRows(source, fields);
  }

  /** Writes the header and every row; flushes, but does not close, the caller's stream. */
  private void writeRows(TableSource source, CsvFields fields) throws IOException {
    CsvCellSink sink = new CsvCellSink(fields, options.dialect());
    for (String column : source.columns()) {
      sink.text(column);
    }
    sink.endRow();
    int rows = source.rowCount();
    for (int row = 0; row < rows; row++) {
      source.writeRow(row, sink);
      sink.endRow();
    }
    sink.flush();
  }
}
