package io.github.amivoicetoolkit.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.spark.AmiVoiceTable;
import io.github.amivoicetoolkit.testkit.SyntheticResults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tokens table's batches: cut anywhere inside a file they give the same rows as whole-file batches
 * (whose rows the data source tests compare with the library's), and no batch spans two files.
 */
class ColumnarPartitionReaderTest {
  private static final Path SAMPLES = Path.of("..", "core", "src", "test", "resources", "samples");
  private static final Layout TOKENS = Layout.of(AmiVoiceTable.TOKENS);

  @TempDir
  static Path dir;

  private static FileGroup group;

  @BeforeAll
  static void writeFiles() throws IOException {
    List<InputFile> files = new ArrayList<>();
    try (Stream<Path> samples = Files.list(SAMPLES)) {
      for (Path sample : samples.sorted().toList()) {
        files.add(input(Files.copy(sample, dir.resolve(sample.getFileName()))));
      }
    }
    for (int i = 0; i < 3; i++) {
      Path file = dir.resolve("synthetic-" + i + ".json" + (i == 1 ? ".gz" : ""));
      SyntheticResults.builder().seed(i).minutes(0.5 + i).speakers(1 + i).fillers(i != 2).build().writeTo(file);
      files.add(input(file));
    }
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"segments\": [", StandardCharsets.UTF_8);
    files.add(1, input(broken));
    files.add(2, input(Files.writeString(dir.resolve("untimed.json"), untimedTokens(40), StandardCharsets.UTF_8)));
    group = new FileGroup(files);
  }

  @Test
  void batchesCutInsideFilesGiveTheRowsOfWholeFileBatches() throws IOException {
    String[] all = TOKENS.schema().fieldNames();

    List<List<Object>> wholeFiles = rows(all, ColumnarPartitionReader.BATCH_ROWS);
    List<List<Object>> cut = rows(all, 7);

    assertThat(wholeFiles).hasSizeGreaterThan(1000);
    // absent values: a cut batch reuses vectors that held values before
    assertThat(wholeFiles).anySatisfy(row -> assertThat(row).containsNull());
    assertThat(cut).isEqualTo(wholeFiles);
  }

  @Test
  void prunedColumnsAreTheSelectedColumnsOfTheFullRows() throws IOException {
    String[] all = TOKENS.schema().fieldNames();
    List<String> names = List.of(all);
    String[] selected = {"confidence", "file", "spoken"};

    List<List<Object>> full = rows(all, 5);
    List<List<Object>> pruned = rows(selected, 5);

    List<List<Object>> projected = new ArrayList<>();
    for (List<Object> row : full) {
      projected.add(Stream.of(selected).map(name -> row.get(names.indexOf(name))).toList());
    }
    assertThat(pruned).isEqualTo(projected);
  }

  @Test
  void aBatchHoldsRowsOfOneFileOnlyAndAtMostTheBatchSize() throws IOException {
    String[] columns = {"file", "utterance", "token"};
    try (ColumnarPartitionReader reader = reader(columns, 11)) {
      int batches = 0;
      while (reader.next()) {
        ColumnarBatch batch = reader.get();
        assertThat(batch.numRows()).isBetween(1, 11);
        assertThat(batch.column(0).getUTF8String(batch.numRows() - 1)).isEqualTo(batch.column(0).getUTF8String(0));
        batches++;
      }
      assertThat(batches).isGreaterThan(group.files().size());
    }
  }

  private static List<List<Object>> rows(String[] columns, int batchRows) throws IOException {
    ColumnDef[] defs = TOKENS.select(columns);
    List<List<Object>> rows = new ArrayList<>();
    try (ColumnarPartitionReader reader = reader(columns, batchRows)) {
      while (reader.next()) {
        for (Iterator<InternalRow> it = reader.get().rowIterator(); it.hasNext(); ) {
          InternalRow row = it.next();
          List<Object> values = new ArrayList<>();
          for (int c = 0; c < defs.length; c++) {
            values.add(row.isNullAt(c) ? null : row.get(c, defs[c].type()));
          }
          rows.add(values);
        }
      }
    }
    return rows;
  }

  private static ColumnarPartitionReader reader(String[] columns, int batchRows) {
    SourceOptions options = SourceOptions.parse(Map.of("table", "tokens", "path", dir.toString()));
    return new ColumnarPartitionReader(new ResultFiles(group, new Configuration(), options), TOKENS,
        TOKENS.select(columns), batchRows);
  }

  /** A sync result whose every other token has no times, confidence or spoken form: absent values. */
  private static String untimedTokens(int count) {
    StringBuilder tokens = new StringBuilder();
    for (int i = 0; i < count; i++) {
      tokens.append(i == 0 ? "" : ",").append(i % 2 == 0
          ? "{\"written\": \"w" + i + "\"}"
          : "{\"written\": \"w" + i + "\", \"spoken\": \"s" + i + "\", \"confidence\": 0.5, \"starttime\": "
              + i * 100 + ", \"endtime\": " + (i * 100 + 90) + "}");
    }
    return "{\"results\": [{\"tokens\": [" + tokens + "]}], \"text\": \"\"}";
  }

  private static InputFile input(Path file) throws IOException {
    return new InputFile("file:" + file.toAbsolutePath(), Files.size(file));
  }
}
