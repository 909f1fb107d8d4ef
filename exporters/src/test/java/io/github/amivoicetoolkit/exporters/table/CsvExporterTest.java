package io.github.amivoicetoolkit.exporters.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Expected;
import io.github.amivoicetoolkit.exporters.Fixtures;
import io.github.amivoicetoolkit.testkit.ResultJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.tablesaw.api.Table;

class CsvExporterTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path directory;

  private final SpeakerNames names = SpeakerNames.parse("speaker0=山田,speaker1=+佐藤");
  private final Transcript transcript = Fixtures.awkward().withSpeakerNames(names);
  private final Table speakers = Fixtures.withMissingTurns(Fixtures.speakersTable());
  private final Table totals = Fixtures.totalsTable();
  private final ExportInput input = ExportInput.builder(transcript)
      .speakersTable(speakers).summaryTable(totals).build();

  @ParameterizedTest
  @EnumSource(CsvDialect.class)
  void everyTableReadsBackCellByCellAsTheModel(CsvDialect dialect) throws IOException {
    List<Path> files = new CsvExporter(CsvOptions.builder().dialect(dialect).build()).write(input, directory, "call");

    assertThat(files).extracting(path -> path.getFileName().toString()).containsExactly(
        "call.summary.csv", "call.speakers.csv", "call.utterances.csv", "call.turns.csv", "call.events.csv",
        "call.tokens.csv", "call.sentiment.csv");
    for (ExportTable table : ExportTable.values()) {
      List<List<String>> records = readBack(directory.resolve(CsvExporter.fileName("call", table)), dialect);
      List<List<Object>> expected = Expected.rows(table, transcript, speakers, totals);
      assertThat(records).as(table.id()).hasSize(expected.size() + 1);
      for (int r = 0; r < expected.size(); r++) {
        assertRow(table, r, records.get(r + 1), expected.get(r), dialect);
      }
    }
  }

  @Test
  void headersNameTheColumns() throws IOException {
    new CsvExporter(CsvOptions.defaults()).write(input, directory, "call");

    assertThat(header(ExportTable.TOKENS)).containsExactly("utterance", "token", "speaker", "start_ms", "end_ms",
        "start", "end", "written", "spoken", "confidence", "punctuation", "filler");
    assertThat(header(ExportTable.UTTERANCES)).containsExactly("utterance", "speaker", "speakers", "start_ms",
        "end_ms", "start", "end", "duration_ms", "confidence", "text");
    assertThat(header(ExportTable.TURNS)).containsExactly("turn", "speaker", "start_ms", "end_ms", "start", "end",
        "duration_ms", "words", "text", "utterance");
    assertThat(header(ExportTable.SENTIMENT)).containsExactly("segment", "start_ms", "end_ms", "start", "end",
        "speaker", "energy", "stress");
    assertThat(header(ExportTable.SPEAKERS)).containsExactly("speaker", "talk_ms", "share", "turns", "flag");
    assertThat(header(ExportTable.SUMMARY)).containsExactly("field", "value");
  }

  @Test
  void spreadsheetDialectWritesBomCrlfAndNeutralisesOnlyText() throws IOException {
    byte[] bytes = write(CsvDialect.SPREADSHEET, ExportTable.SPEAKERS);

    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(BOM);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).isEqualTo("speaker,talk_ms,share,turns,flag\r\n"
        + "'=SUM(1),1234,0.25,3,true\r\n"
        + "\"佐藤, 花子\",0,,,false\r\n"
        + "\"\",5000000000,0.3333333333333333,1,\r\n"
        + "'-lead,-7,-0.5,-2,false\r\n");
  }

  @Test
  void rfc4180DialectWritesExactDataWithoutBom() throws IOException {
    byte[] bytes = write(CsvDialect.RFC4180, ExportTable.SPEAKERS);

    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("speaker,talk_ms,share,turns,flag\r\n"
        + "=SUM(1),1234,0.25,3,true\r\n"
        + "\"佐藤, 花子\",0,,,false\r\n"
        + "\"\",5000000000,0.3333333333333333,1,\r\n"
        + "-lead,-7,-0.5,-2,false\r\n");
  }

  @Test
  void spreadsheetDialectNeutralisesEveryFormulaLeadInAndNothingElse() throws IOException {
    List<List<String>> tokens = readBack(exportOne(CsvDialect.SPREADSHEET, ExportTable.TOKENS), CsvDialect.SPREADSHEET);
    List<String> written = tokens.stream().skip(1).map(row -> row.get(7)).toList();

    assertThat(written).contains("'=1+1", "'+81-3-1234-5678", "'-x", "'@SUM(A1:A2)", "'\tindent", "'\rreturn",
        "a,b", "say \"hi\"", "line\nbreak", "crlf\r\nend", "日本語のテキスト、です。", "'quoted", " leading space",
        "😀絵文字", "'-5");
    assertThat(tokens.get(1).get(3)).isEqualTo("1000");
  }

  @Test
  void emptyTranscriptGivesHeadersOnly() throws IOException {
    Transcript empty = ResultJson.result().read();
    new CsvExporter(CsvOptions.builder().dialect(CsvDialect.RFC4180).build())
        .write(ExportInput.of(empty), directory, "empty");

    assertThat(Files.readString(directory.resolve("empty.tokens.csv"))).isEqualTo(
        "utterance,token,speaker,start_ms,end_ms,start,end,written,spoken,confidence,punctuation,filler\r\n");
    assertThat(Files.readString(directory.resolve("empty.utterances.csv")))
        .isEqualTo("utterance,speaker,speakers,start_ms,end_ms,start,end,duration_ms,confidence,text\r\n");
    assertThat(directory.resolve("empty.sentiment.csv")).doesNotExist();
    assertThat(directory.resolve("empty.speakers.csv")).doesNotExist();
    assertThat(directory.resolve("empty.summary.csv")).exists();
  }

  @Test
  void writesOnlyTheChosenTables() throws IOException {
    CsvOptions options = CsvOptions.builder().tables(ExportTable.parseList("tokens,sentiment")).build();

    List<Path> files = new CsvExporter(options).write(ExportInput.of(transcript), directory, "x");

    assertThat(files).containsExactly(directory.resolve("x.tokens.csv"), directory.resolve("x.sentiment.csv"));
    try (Stream<Path> listing = Files.list(directory)) {
      assertThat(listing).containsExactlyInAnyOrderElementsOf(files);
    }
  }

  @Test
  void writerOutputHasNoBomEvenForSpreadsheets() throws IOException {
    StringWriter out = new StringWriter();
    new CsvExporter(CsvOptions.defaults()).write(input, ExportTable.UTTERANCES, out);

    assertThat(out.toString()).startsWith("utterance,speaker,");
    assertThat(parse(out.toString())).hasSize(transcript.utterances().size() + 1);
  }

  @Test
  void writingATableTheInputLacksIsAnError() {
    CsvExporter exporter = new CsvExporter(CsvOptions.defaults());
    ExportInput bare = ExportInput.of(ResultJson.result().read());

    assertThatThrownBy(() -> exporter.write(bare, ExportTable.SPEAKERS, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("speakersTable");
    assertThatThrownBy(() -> exporter.write(bare, ExportTable.SENTIMENT, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no sentiment");
  }

  @Test
  void failureMidTableLeavesNeitherFileNorTemporaryFile() throws IOException {
    Path target = directory.resolve("broken.tokens.csv");
    CsvExporter exporter = new CsvExporter(CsvOptions.defaults());

    assertThatThrownBy(() -> exporter.writeFile(new FailingSource(5_000), target))
        .isInstanceOf(IOException.class).hasMessageContaining("row 5000");

    try (Stream<Path> listing = Files.list(directory)) {
      assertThat(listing).isEmpty();
    }
  }

  @Test
  void failureKeepsThePreviousFileIntact() throws IOException {
    Path target = directory.resolve("keep.tokens.csv");
    Files.writeString(target, "previous");

    assertThatThrownBy(() -> new CsvExporter(CsvOptions.defaults()).writeFile(new FailingSource(10), target))
        .isInstanceOf(IOException.class);

    assertThat(Files.readString(target)).isEqualTo("previous");
    try (Stream<Path> listing = Files.list(directory)) {
      assertThat(listing).containsExactly(target);
    }
  }

  @Test
  void targetDirectoryThatIsAFileFailsWithoutLeavingAnything() throws IOException {
    Path notADirectory = Files.writeString(directory.resolve("file"), "x");

    assertThatThrownBy(() -> new CsvExporter(CsvOptions.defaults()).write(input, notADirectory, "call"))
        .isInstanceOf(IOException.class);
    try (Stream<Path> listing = Files.list(directory)) {
      assertThat(listing).containsExactly(notADirectory);
    }
  }

  @Test
  void optionsRejectAnEmptyTableChoiceAndParseCliSpellings() {
    assertThatThrownBy(() -> CsvOptions.builder().tables(EnumSet.noneOf(ExportTable.class)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tables is empty");
    assertThat(CsvDialect.parse("rfc4180")).isEqualTo(CsvDialect.RFC4180);
    assertThat(CsvDialect.parse("RFC-4180")).isEqualTo(CsvDialect.RFC4180);
    assertThat(CsvDialect.parse("spreadsheet")).isEqualTo(CsvDialect.SPREADSHEET);
    assertThatThrownBy(() -> CsvDialect.parse("excel")).hasMessage(
        "expected CSV dialect spreadsheet or rfc4180 but was 'excel'");
    assertThat(ExportTable.parseList("all")).containsExactly(ExportTable.values());
    assertThat(ExportTable.parseList(" Tokens, summary ")).containsExactly(ExportTable.SUMMARY, ExportTable.TOKENS);
    assertThatThrownBy(() -> ExportTable.parseList("tokens,words")).hasMessage(
        "expected a table among summary, speakers, utterances, turns, events, tokens, sentiment but was 'words'");
    assertThat(CsvOptions.defaults().dialect()).isEqualTo(CsvDialect.SPREADSHEET);
    assertThat(CsvOptions.defaults().tables()).containsExactly(ExportTable.values());
  }

  @Test
  void summaryOfSeveralTotalsRowsGetsOneValueColumnPerRow() throws IOException {
    Table twoRows = Fixtures.totalsTable().append(Fixtures.totalsTable());
    StringWriter out = new StringWriter();
    new CsvExporter(CsvOptions.builder().dialect(CsvDialect.RFC4180).build())
        .write(ExportInput.builder(transcript).summaryTable(twoRows).build(), ExportTable.SUMMARY, out);

    List<List<String>> records = parse(out.toString());
    assertThat(records.get(0)).containsExactly("field", "value", "value_2");
    assertThat(records).contains(List.of("talk_ms", "1234", "1234"), List.of("status", "completed", ""));
  }

  private List<String> header(ExportTable table) throws IOException {
    return readBack(directory.resolve(CsvExporter.fileName("call", table)), CsvDialect.SPREADSHEET).get(0);
  }

  private byte[] write(CsvDialect dialect, ExportTable table) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvExporter(CsvOptions.builder().dialect(dialect).build()).write(input, table, out);
    return out.toByteArray();
  }

  private Path exportOne(CsvDialect dialect, ExportTable table) throws IOException {
    CsvOptions options = CsvOptions.builder().dialect(dialect).tables(EnumSet.of(table)).build();
    return new CsvExporter(options).write(input, directory, "one").get(0);
  }

  /** Reads a file with Commons CSV, checking the dialect's byte-order mark and CRLF record ends. */
  static List<List<String>> readBack(Path file, CsvDialect dialect) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    boolean bom = bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), BOM);
    assertThat(bom).as("byte-order mark in " + file).isEqualTo(dialect == CsvDialect.SPREADSHEET);
    String text = new String(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0), StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n");
    return parse(text);
  }

  static List<List<String>> parse(String text) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
      for (CSVRecord record : parser) {
        records.add(record.toList());
      }
    }
    return records;
  }

  private static void assertRow(ExportTable table, int r, List<String> actual, List<Object> expected,
      CsvDialect dialect) {
    assertThat(actual).as("%s row %d", table.id(), r).hasSameSizeAs(expected);
    for (int c = 0; c < expected.size(); c++) {
      Object want = expected.get(c);
      String got = actual.get(c);
      String where = table.id() + " row " + r + " column " + c;
      if (want instanceof Double) {
        assertThat(Double.parseDouble(got)).as(where).isEqualTo((Double) want);
      } else {
        assertThat(got).as(where).isEqualTo(csvText(want, dialect));
      }
    }
  }

  private static String csvText(Object value, CsvDialect dialect) {
    if (value == null) {
      return "";
    }
    if (value instanceof Expected.Time) {
      long ms = ((Expected.Time) value).ms();
      return String.format("%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
    if (value instanceof String && dialect == CsvDialect.SPREADSHEET) {
      String text = (String) value;
      return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
    return String.valueOf(value);
  }

  /** A table that fails after some rows, as a disk or a source might. */
  static final class FailingSource implements TableSource {
    private final int failAt;

    FailingSource(int failAt) {
      this.failAt = failAt;
    }

    @Override
    public List<String> columns() {
      return List.of("n", "text");
    }

    @Override
    public int rowCount() {
      return failAt * 2;
    }

    @Override
    public void writeRow(int row, CellSink sink) throws IOException {
      if (row == failAt) {
        throw new IOException("disk full at row " + row);
      }
      sink.integer(row);
      sink.text("row " + row + " " + "x".repeat(100));
    }
  }
}
