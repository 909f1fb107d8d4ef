package io.github.amivoicetoolkit.exporters.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.internal.Clock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellSinkTest {
  /** Every lead-in of the OWASP CSV-injection list, the ASVS NUL, and the invisible and look-alike ones. */
  @ParameterizedTest
  @ValueSource(strings = {
      // OWASP: = + - @ tab CR
      "=1+1", "+81-3", "-2+3", "@SUM(A1:A2)", "\t=1", "\tplain", "\r=1", "\rplain",
      "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\",\"y\")", "@x", "-",
      // other controls: LF, NUL (ASVS), VT, ESC, DEL and C1
      "\n=1", "\nplain", "\0", "\0=1", "\u000B=1", "\u001B", "\u007F=1", "\u0085=1",
      // invisible lead-ins before a formula character
      " =1+1", "   +1", "\u00A0=1", "\u3000=1", "\u200B=1", "\uFEFF=1", "\u2060@x", "\u200E-1", "\u202E=1",
      " \u00A0\u3000\u200B\uFEFF=1", "\u2028=1", "\u2003-1",
      // full-width, small-form and minus-sign look-alikes, bare and after invisible lead-ins
      "＝1+1", "＋1", "－1", "＠SUM(A1)", "\u3000＝1", "\uFE66x", "\uFE62x", "\uFE63x", "\uFE6Bx", "\u22121"})
  void neutralisesEveryFormulaLeadIn(String text) throws IOException {
    assertThat(CsvCellSink.startsLikeFormula(text)).as(escaped(text)).isTrue();

    String field = writeAndReadBack(CsvDialect.SPREADSHEET, text);
    assertThat(field).as(escaped(text)).isEqualTo("'" + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", " leading space", "\u3000全角スペース", "a=b", "a+b", "'quoted", "日本語", "😀=",
      "1-2", "trailing =", " ", "\u00A0", "\uFEFFtext", "(=1)", "%=1"})
  void leavesOtherTextAsItIs(String text) throws IOException {
    assertThat(CsvCellSink.startsLikeFormula(text)).as(escaped(text)).isFalse();

    assertThat(writeAndReadBack(CsvDialect.SPREADSHEET, text)).isEqualTo(text);
  }

  @Test
  void rfc4180WritesEveryLeadInExactly() throws IOException {
    for (String text : List.of(" =1", "\n=1", "\0x", "＝1", "\uFEFF@x")) {
      assertThat(writeAndReadBack(CsvDialect.RFC4180, text)).isEqualTo(text);
    }
  }

  @Test
  void aFormulaAfterASeparatorOrQuoteStaysInsideItsField() throws IOException {
    String text = "x\",=1+1,\"\r\n=2";

    StringWriter out = new StringWriter();
    CsvCellSink sink = new CsvCellSink(new PrinterCsvFields(out), CsvDialect.SPREADSHEET);
    sink.text(text);
    sink.text("next");
    sink.endRow();
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).toList()).containsExactly(text, "next");
  }

  @ParameterizedTest
  @EnumSource(CsvDialect.class)
  void timesAreWrittenAsClockWritesThem(CsvDialect dialect) throws IOException {
    List<Long> times = new ArrayList<>(List.of(0L, 1L, 999L, 1000L, 59_999L, 60_000L, 3_599_999L, 3_600_000L,
        35_999_999L, 36_000_000L, 359_999_999L, 360_000_000L, 360_000_001L, 7_654_321_000L, Long.MAX_VALUE / 2,
        (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE));
    for (long time : List.copyOf(times)) {
      times.add(-time);
    }
    Random random = new Random(3);
    for (int k = 0; k < 2_000; k++) {
      times.add((long) random.nextInt());
    }
    for (long ms : times) {
      String expected = (dialect == CsvDialect.SPREADSHEET && ms < 0 ? "'" : "") + Clock.hms(ms);
      assertThat(written(dialect, sink -> sink.time(ms))).as("%d ms", ms).isEqualTo(expected + "\r\n");
    }
  }

  @Test
  void decimalsAreWrittenAsDoubleToStringWritesThem() throws IOException {
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.5, 0.945, 1.005, 0.01, 0.07, 0.1 + 0.2, -0.25,
        100.0, 1e-7, 123456789.0, 1e22, Double.MIN_VALUE, Double.MAX_VALUE));
    for (int k = 0; k <= 100; k++) {
      values.add(k / 100.0);
      values.add(Math.nextUp(k / 100.0));
      values.add(Math.nextDown(k / 100.0));
      values.add(k / 1000.0);
    }
    Random random = new Random(5);
    for (int k = 0; k < 2_000; k++) {
      values.add(random.nextDouble());
      values.add(random.nextInt(1_000_000) / 100.0);
    }
    for (double value : values) {
      assertThat(written(CsvDialect.RFC4180, sink -> sink.decimal(value))).isEqualTo(value + "\r\n");
    }
  }

  @Test
  void integersAndBooleansAreWrittenAsJavaWritesThem() throws IOException {
    for (long value : new long[] {0, 7, -7, 10, -10, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1}) {
      assertThat(written(CsvDialect.RFC4180, sink -> sink.integer(value))).isEqualTo(value + "\r\n");
    }
    assertThat(written(CsvDialect.RFC4180, sink -> {
      sink.bool(true);
      sink.bool(false);
    })).isEqualTo("true,false\r\n");
  }

  private interface Cells {
    void writeTo(CsvCellSink sink) throws IOException;
  }

  private static String written(CsvDialect dialect, Cells cells) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvCellSink sink = new CsvCellSink(new Utf8CsvFields(out, new byte[Utf8CsvFields.BUFFER_BYTES]), dialect);
    cells.writeTo(sink);
    sink.endRow();
    sink.flush();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String writeAndReadBack(CsvDialect dialect, String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvCellSink sink = new CsvCellSink(new Utf8CsvFields(out, new byte[Utf8CsvFields.BUFFER_BYTES]), dialect);
    sink.text(text);
    sink.endRow();
    sink.flush();
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
        .getRecords();
    assertThat(records).hasSize(1);
    return records.get(0).get(0);
  }

  private static String escaped(String text) {
    StringBuilder shown = new StringBuilder();
    text.codePoints().forEach(c -> shown.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : (char) c));
    return shown.toString();
  }
}
