package io.github.amivoicetoolkit.exporters.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte writer against the oracle: every cell written through {@link Utf8CsvFields} gives exactly the
 * bytes a Commons CSV printer writes through the JDK's UTF-8 {@link OutputStreamWriter} (the exporter's
 * writer before it), and reads back with Commons CSV as what was written.
 */
class Utf8CsvFieldsTest {
  /** Characters that decide quoting or encoding: separators, quotes, line breaks, lead-ins, 1- to 4-byte UTF-8. */
  private static final String[] PIECES = {",", "\"", "\r", "\n", "\r\n", "#", "!", " ", "\t", "\0", "\u001F", "$",
      "=", "+", "-", "@", "'", "a", "Z", "0", "é", "\u07FF", "\u0800", "あ", "日本語", "、", "。", "\u3000", "\uFEFF",
      "\uFFFF", "\u00A0", "😀", "\uD83D", "\uDE00", "\uDBFF\uDFFF", "\uD800\uD800\uDC00", "＝", "\u2212"};

  @ParameterizedTest
  @EnumSource(CsvDialect.class)
  void randomCellsGiveThePrintersBytes(CsvDialect dialect) throws IOException {
    Random random = new Random(20261129L);
    for (int run = 0; run < 300; run++) {
      List<Cell> cells = randomRecords(random, 1 + random.nextInt(8), 1 + random.nextInt(12));
      assertThat(utf8(cells, dialect)).as("run %d: %s", run, cells).isEqualTo(printer(cells, dialect));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x", " ", "  ", "#", "\"", ",", "\r", "\n", "a\"b", "\"\"", "a ", " a", "a\t", "\ta",
      "!", "$", "\0", "a\0", "\uD83D", "\uDE00", "a\uD83D", "\uD83Da", "\uDE00\uD83D", "😀", "x😀", "😀 ", "'",
      "\u3000", "\u00A0x", "x\u0085"})
  void eachHostileFieldAloneAndAmongOthersGivesThePrintersBytes(String text) throws IOException {
    for (List<Cell> cells : List.of(
        List.of(Cell.text(text), Cell.END),
        List.of(Cell.text("before"), Cell.text(text), Cell.END),
        List.of(Cell.text(text), Cell.text(text), Cell.END, Cell.text(text), Cell.END))) {
      for (CsvDialect dialect : CsvDialect.values()) {
        assertThat(utf8(cells, dialect)).as("%s %s", dialect, cells).isEqualTo(printer(cells, dialect));
      }
    }
  }

  @Test
  void numbersAndTimesGiveThePrintersBytes() throws IOException {
    List<Cell> cells = new ArrayList<>();
    for (long value : new long[] {0, 1, -1, 9, 10, -10, 99, 100, 101, 999, 1000, 1009, 99_999, 100_000, 999_999_999,
        1_000_000_000, 1_000_000_007, 1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MIN_VALUE,
        Integer.MAX_VALUE, Integer.MAX_VALUE + 1L}) {
      cells.add(Cell.integer(value));
      cells.add(Cell.time(value / 1000));
    }
    for (double value : new double[] {0.0, -0.0, 1.0, 0.94, 1e-4, 1e21, -2.5, 1.0 / 3, Double.MIN_VALUE,
        Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY}) {
      cells.add(Cell.decimal(value));
    }
    cells.add(Cell.bool(true));
    cells.add(Cell.bool(false));
    cells.add(Cell.END);
    for (CsvDialect dialect : CsvDialect.values()) {
      assertThat(utf8(cells, dialect)).isEqualTo(printer(cells, dialect));
    }
  }

  @Test
  void fieldsLongerThanTheBufferGiveThePrintersBytesAndReadBack() throws IOException {
    Random random = new Random(7);
    for (int run = 0; run < 20; run++) {
      StringBuilder text = new StringBuilder();
      while (text.length() < Utf8CsvFields.BUFFER_BYTES + random.nextInt(200_000)) {
        // mostly plain, so that quoting is decided by a few characters anywhere in a long field
        text.append(random.nextInt(50) == 0 ? PIECES[random.nextInt(PIECES.length)] : "あa😀"
            .substring(0, 1 + random.nextInt(2)));
      }
      List<Cell> cells = List.of(Cell.text("id"), Cell.text(text.toString()), Cell.integer(run), Cell.END);
      byte[] bytes = utf8(cells, CsvDialect.RFC4180);
      assertThat(bytes).isEqualTo(printer(cells, CsvDialect.RFC4180));
    }
  }

  @Test
  void surrogatePairAcrossASliceBoundaryStaysWhole() throws IOException {
    int slice = (Utf8CsvFields.BUFFER_BYTES - 1) / 3;
    for (int offset = slice - 50; offset < slice + 50; offset++) {
      String text = "a".repeat(offset) + "😀" + "\"".repeat(offset % 3) + "b".repeat(slice);
      List<Cell> cells = List.of(Cell.text(text), Cell.END);
      byte[] bytes = utf8(cells, CsvDialect.RFC4180);
      assertThat(bytes).isEqualTo(printer(cells, CsvDialect.RFC4180));
      List<CSVRecord> records = PrinterCsvFields.FORMAT.parse(
          new StringReader(new String(bytes, StandardCharsets.UTF_8))).getRecords();
      assertThat(records.get(0).get(0)).isEqualTo(text);
    }
  }

  @Test
  void readsBackAsWrittenWithoutUnpairedSurrogates() throws IOException {
    Random random = new Random(11);
    for (int run = 0; run < 200; run++) {
      List<String> values = new ArrayList<>();
      List<Cell> cells = new ArrayList<>();
      for (int k = 0; k < 1 + random.nextInt(6); k++) {
        String value = randomText(random).replaceAll("[\\uD800-\\uDFFF]", "").replace("😀", "");
        values.add(value);
        cells.add(Cell.text(value));
      }
      cells.add(Cell.END);
      String csv = new String(utf8(cells, CsvDialect.RFC4180), StandardCharsets.UTF_8);
      List<CSVRecord> records = PrinterCsvFields.FORMAT.parse(new StringReader(csv)).getRecords();
      assertThat(records).hasSize(1);
      assertThat(records.get(0).toList()).as(csv).isEqualTo(values);
    }
  }

  private static List<Cell> randomRecords(Random random, int records, int fields) {
    List<Cell> cells = new ArrayList<>();
    for (int r = 0; r < records; r++) {
      for (int f = 0; f < fields; f++) {
        cells.add(switch (random.nextInt(8)) {
          case 0 -> Cell.text(null);
          case 1 -> Cell.integer(random.nextLong() >> random.nextInt(64));
          case 2 -> Cell.decimal(random.nextBoolean() ? random.nextInt(101) / 100.0 : random.nextGaussian() * 1e4);
          case 3 -> Cell.bool(random.nextBoolean());
          case 4 -> Cell.time(random.nextInt(1_000_000_000) - 100_000_000);
          default -> Cell.text(randomText(random));
        });
      }
      cells.add(Cell.END);
    }
    return cells;
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(6);
    for (int k = 0; k < pieces; k++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  private static byte[] utf8(List<Cell> cells, CsvDialect dialect) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(cells, new CsvCellSink(new Utf8CsvFields(out, new byte[Utf8CsvFields.BUFFER_BYTES]), dialect));
    return out.toByteArray();
  }

  /** What the exporter wrote before the byte writer: a printer on a UTF-8 {@code OutputStreamWriter}. */
  private static byte[] printer(List<Cell> cells, CsvDialect dialect) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(cells, new CsvCellSink(new PrinterCsvFields(writer), dialect));
    return out.toByteArray();
  }

  private static void write(List<Cell> cells, CsvCellSink sink) throws IOException {
    for (Cell cell : cells) {
      switch (cell.kind) {
        case "end" -> sink.endRow();
        case "text" -> sink.text(cell.text);
        case "integer" -> sink.integer(cell.integer);
        case "decimal" -> sink.decimal(cell.decimal);
        case "bool" -> sink.bool(cell.integer != 0);
        case "time" -> sink.time(cell.integer);
        default -> throw new AssertionError(cell.kind);
      }
    }
    sink.flush();
  }

  private record Cell(String kind, String text, long integer, double decimal) {
    static final Cell END = new Cell("end", null, 0, 0);

    static Cell text(String text) {
      return new Cell("text", text, 0, 0);
    }

    static Cell integer(long value) {
      return new Cell("integer", null, value, 0);
    }

    static Cell decimal(double value) {
      return new Cell("decimal", null, 0, value);
    }

    static Cell bool(boolean value) {
      return new Cell("bool", null, value ? 1 : 0, 0);
    }

    static Cell time(long ms) {
      return new Cell("time", null, ms, 0);
    }

    @Override
    public String toString() {
      return kind.equals("text") && text != null ? kind + ":" + text.codePoints()
          .mapToObj(c -> c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : Character.toString(c))
          .reduce("", String::concat) : kind + ":" + (kind.equals("decimal") ? decimal : integer);
    }
  }
}
