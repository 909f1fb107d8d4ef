package io.github.amivoicetoolkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.amivoicetoolkit.analytics.StatsJson;
import io.github.amivoicetoolkit.analytics.StatsTables;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AmiVoiceDataSourceTest {
  private static SparkSession spark;
  private static TestFiles files;
  private static final Expected EXPECTED = new Expected();

  @BeforeAll
  static void start() {
    files = TestFiles.get();
    spark = LocalSpark.start("AmiVoiceDataSourceTest");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Dataset<Row> load(AmiVoiceTable table, String mode, String... paths) {
    return spark.read().format("amivoice").option("table", table.id()).option("mode", mode).load(paths);
  }

  @ParameterizedTest
  @EnumSource(AmiVoiceTable.class)
  void permissiveGivesTheLibraryRowsAndTheBrokenFileOnlyInFiles(AmiVoiceTable table) {
    List<Row> rows = load(table, "PERMISSIVE", files.data().toString()).collectAsList();

    List<Path> expectedFiles = table == AmiVoiceTable.FILES ? files.all : files.good;
    assertThat(Expected.canonical(rows)).containsExactlyElementsOf(EXPECTED.rows(table, expectedFiles));
  }

  @ParameterizedTest
  @EnumSource(AmiVoiceTable.class)
  void dropMalformedGivesTheLibraryRowsWithoutTheBrokenFile(AmiVoiceTable table) {
    List<Row> rows = load(table, "DROPMALFORMED", files.data().toString()).collectAsList();

    assertThat(Expected.canonical(rows)).containsExactlyElementsOf(EXPECTED.rows(table, files.good));
  }

  @ParameterizedTest
  @EnumSource(AmiVoiceTable.class)
  void failFastGivesTheLibraryRowsWhenEveryFileReads(AmiVoiceTable table) {
    List<Row> rows = load(table, "FAILFAST", TestFiles.strings(files.good)).collectAsList();

    assertThat(Expected.canonical(rows)).containsExactlyElementsOf(EXPECTED.rows(table, files.good));
  }

  @ParameterizedTest
  @EnumSource(AmiVoiceTable.class)
  void failFastNamesTheBrokenFileAndThePlace(AmiVoiceTable table) {
    Dataset<Row> rows = load(table, "FAILFAST", files.data().toString());

    assertThatThrownBy(rows::collectAsList)
        .hasStackTraceContaining("Malformed AmiVoice result in mode FAILFAST")
        .hasStackTraceContaining(TestFiles.fileColumn(files.broken) + ": truncated input")
        .hasStackTraceContaining("(line 1, column");
  }

  @Test
  void permissiveFilesRowCarriesTheReadError() {
    Row broken = load(AmiVoiceTable.FILES, "PERMISSIVE", files.data().toString())
        .where("status = 'unreadable'").collectAsList().get(0);

    assertThat(broken.<String>getAs("file")).isEqualTo(TestFiles.fileColumn(files.broken));
    assertThat(broken.<String>getAs("error")).startsWith(TestFiles.fileColumn(files.broken) + ": truncated input")
        .contains("$.segments[0].results[0].tokens[0]");
    assertThat(broken.<Long>getAs("tokens")).isNull();
  }

  @Test
  void schemasAreFixedAndNamedAsTheCliTablesAndStatsJson() {
    assertThat(AmiVoiceTable.TOKENS.schema().fieldNames()).containsExactly("file", "utterance", "token", "speaker",
        "start_ms", "end_ms", "written", "spoken", "confidence", "punctuation", "filler");
    assertThat(AmiVoiceTable.UTTERANCES.schema().fieldNames()).containsExactly("file", "utterance", "speaker",
        "speakers", "start_ms", "end_ms", "duration_ms", "confidence", "text");
    assertThat(AmiVoiceTable.TURNS.schema().fieldNames()).containsExactly("file", "turn", "speaker", "start_ms",
        "end_ms", "duration_ms", "words", "text", "utterance");
    List<String> speakers = new ArrayList<>(List.of("file"));
    speakers.addAll(StatsTables.SPEAKER_COLUMNS);
    assertThat(AmiVoiceTable.SPEAKERS.schema().fieldNames()).containsExactlyElementsOf(speakers);
    List<String> totals = new ArrayList<>(List.of("file"));
    totals.addAll(StatsTables.TOTAL_COLUMNS);
    assertThat(AmiVoiceTable.TOTALS.schema().fieldNames()).containsExactlyElementsOf(totals);
    assertThat(AmiVoiceTable.EVENTS.schema().fieldNames()).containsExactly("file", "type", "start_ms", "end_ms",
        "speaker", "interrupted");
    assertThat(AmiVoiceTable.FILES.schema().fieldNames()).containsExactly("file", "status", "code", "message",
        "error", "size", "duration_ms", "tokens");
    assertThat(AmiVoiceTable.TOTALS.schema().apply("talk_ms").dataType().typeName()).isEqualTo("long");
    assertThat(AmiVoiceTable.SPEAKERS.schema().apply("share").dataType().typeName()).isEqualTo("double");
    for (AmiVoiceTable table : AmiVoiceTable.values()) {
      assertThat(spark.read().format("amivoice").option("table", table.id()).load(files.data().toString()).schema())
          .isEqualTo(table.schema());
    }
  }

  @Test
  void selectingThreeColumnsOfTokensMaterialisesOnlyThose() {
    Dataset<Row> three = load(AmiVoiceTable.TOKENS, "PERMISSIVE", files.data().toString())
        .select("file", "written", "confidence");

    String plan = three.queryExecution().executedPlan().toString();
    assertThat(plan).contains("columns=[file, written, confidence]");
    assertThat(three.count()).isEqualTo(files.good.stream()
        .mapToLong(p -> EXPECTED.rows(AmiVoiceTable.TOKENS, List.of(p)).size()).sum());
  }

  @Test
  void tokensAreReadInColumnarBatchesAndTheOtherTablesRowByRow() {
    String tokens = load(AmiVoiceTable.TOKENS, "PERMISSIVE", files.data().toString()).select("written")
        .queryExecution().executedPlan().toString();
    String turns = load(AmiVoiceTable.TURNS, "PERMISSIVE", files.data().toString()).select("text")
        .queryExecution().executedPlan().toString();

    assertThat(tokens).contains("ColumnarToRow");
    assertThat(turns).doesNotContain("ColumnarToRow");
  }

  @Test
  void countNeedsNoColumnAtAll() {
    Dataset<Row> tokens = load(AmiVoiceTable.TOKENS, "PERMISSIVE", files.data().toString());

    assertThat(tokens.count()).isEqualTo(EXPECTED.rows(AmiVoiceTable.TOKENS, files.good).size());
  }

  @Test
  void parquetWrittenAndReadBackHoldsTheSameRows() {
    for (AmiVoiceTable table : List.of(AmiVoiceTable.TOKENS, AmiVoiceTable.UTTERANCES, AmiVoiceTable.SPEAKERS,
        AmiVoiceTable.TOTALS, AmiVoiceTable.SENTIMENT, AmiVoiceTable.EVENTS)) {
      String out = files.root.resolve("parquet-" + table.id()).toString();
      load(table, "PERMISSIVE", files.data().toString()).write().parquet(out);

      Dataset<Row> back = spark.read().parquet(out);
      assertThat(back.schema().fieldNames()).containsExactly(table.schema().fieldNames());
      assertThat(Expected.canonical(back.collectAsList()))
          .containsExactlyElementsOf(EXPECTED.rows(table, files.good));
    }
  }

  @Test
  void sqlOverATemporaryViewCountsWordsAsTheSpeakersTable() {
    load(AmiVoiceTable.TOKENS, "PERMISSIVE", files.data().toString()).createOrReplaceTempView("tokens");
    load(AmiVoiceTable.SPEAKERS, "PERMISSIVE", files.data().toString()).createOrReplaceTempView("speakers");

    List<Row> mismatches = spark.sql("""
        SELECT s.file, s.speaker, s.words, coalesce(t.words, 0) AS counted
        FROM speakers s LEFT JOIN (
          SELECT file, speaker, count(*) AS words FROM tokens
          WHERE NOT punctuation AND NOT filler GROUP BY file, speaker) t
        ON s.file = t.file AND s.speaker = t.speaker
        WHERE s.words != coalesce(t.words, 0)""").collectAsList();
    long speakers = spark.sql("SELECT count(*) FROM speakers").first().getLong(0);

    assertThat(mismatches).isEmpty();
    assertThat(speakers).isEqualTo(EXPECTED.rows(AmiVoiceTable.SPEAKERS, files.good).size());
  }

  @Test
  void globsAndPathGlobFilterSelectFilesLikeSparkFileSources() {
    String glob = files.data().resolve("synthetic-0*").toString();
    assertThat(load(AmiVoiceTable.FILES, "PERMISSIVE", glob).count()).isEqualTo(10);

    long gzipped = spark.read().format("amivoice").option("table", "files").option("pathGlobFilter", "*.json.gz")
        .load(files.data().toString()).count();
    assertThat(gzipped).isEqualTo(TestFiles.SYNTHETIC / 2);
  }

  @Test
  void recursiveFileLookupReadsSubdirectoriesAndSkipsHiddenAndNonResultFiles() throws Exception {
    Path tree = files.root.resolve("tree");
    Path nested = java.nio.file.Files.createDirectories(tree.resolve("2026/11/29"));
    java.nio.file.Files.createDirectories(tree.resolve("_temporary"));
    java.nio.file.Files.copy(files.good.get(0), tree.resolve("top.json"));
    java.nio.file.Files.copy(files.good.get(1), nested.resolve("deep.json"));
    java.nio.file.Files.copy(files.good.get(2), tree.resolve("_temporary/part.json"));
    java.nio.file.Files.copy(files.good.get(3), nested.resolve(".hidden.json"));
    java.nio.file.Files.writeString(nested.resolve("call.wav"), "RIFF");
    java.nio.file.Files.writeString(tree.resolve("_SUCCESS"), "");

    List<String> flat = fileColumn(spark.read().format("amivoice").option("table", "files").load(tree.toString()));
    List<String> deep = fileColumn(spark.read().format("amivoice").option("table", "files")
        .option("recursiveFileLookup", "true").load(tree.toString()));

    assertThat(flat).containsExactly(TestFiles.fileColumn(tree.resolve("top.json")));
    assertThat(deep).containsExactlyInAnyOrder(TestFiles.fileColumn(tree.resolve("top.json")),
        TestFiles.fileColumn(nested.resolve("deep.json")));
  }

  @Test
  void aDatasetKeepsTheFilesListedAtLoadAsSparkFileSourcesDo() throws Exception {
    Path folder = java.nio.file.Files.createDirectories(files.root.resolve("listed-at-load"));
    java.nio.file.Files.copy(files.good.get(0), folder.resolve("first.json"));
    Dataset<Row> loaded = spark.read().format("amivoice").option("table", "files").load(folder.toString());
    assertThat(loaded.count()).isEqualTo(1);

    java.nio.file.Files.copy(files.good.get(1), folder.resolve("second.json"));

    assertThat(fileColumn(loaded)).containsExactly(TestFiles.fileColumn(folder.resolve("first.json")));
    assertThat(spark.read().format("amivoice").option("table", "files").load(folder.toString()).count())
        .isEqualTo(2);
  }

  @Test
  void smallFilesArePackedIntoPartitionsBySize() {
    String old = spark.conf().get("spark.sql.files.maxPartitionBytes");
    try {
      spark.conf().set("spark.sql.files.maxPartitionBytes", "256m");
      int packed = load(AmiVoiceTable.FILES, "PERMISSIVE", files.data().toString()).rdd().getNumPartitions();
      spark.conf().set("spark.sql.files.maxPartitionBytes", "1");
      int one = load(AmiVoiceTable.FILES, "PERMISSIVE", files.data().toString()).rdd().getNumPartitions();

      // 64 files of a few hundred KB each cost 4 MB openCostInBytes each: about 256 MB / defaultParallelism
      assertThat(packed).isBetween(2, 4);
      assertThat(one).isEqualTo(files.all.size());
    } finally {
      spark.conf().set("spark.sql.files.maxPartitionBytes", old);
    }
  }

  @Test
  void optionsMeanWhatTheCliFlagsMean() {
    Path twoSpeakers = files.good.stream().filter(p -> p.getFileName().toString().equals("synthetic-01.json.gz"))
        .findFirst().orElseThrow();
    Dataset<Row> renamed = spark.read().format("amivoice").option("table", "speakers")
        .option("speakers", "speaker0=Agent,speaker1=Caller").option("lowConfidence", "0.9")
        .load(twoSpeakers.toString());

    Expected expected = new Expected(io.github.amivoicetoolkit.core.SpeakerNames.parse(
        "speaker0=Agent,speaker1=Caller"), io.github.amivoicetoolkit.analytics.AnalyticsOptions.builder()
        .lowConfidenceThreshold(0.9).build());
    assertThat(Expected.canonical(renamed.collectAsList()))
        .containsExactlyElementsOf(expected.rows(AmiVoiceTable.SPEAKERS, List.of(twoSpeakers)));
    assertThat(renamed.select("speaker").as(org.apache.spark.sql.Encoders.STRING()).collectAsList())
        .containsExactly("Agent", "Caller");
  }

  @Test
  void silenceAndInterruptionOptionsChangeEventsAndTotalsAsTheCliFlags() {
    Expected expected = new Expected(io.github.amivoicetoolkit.core.SpeakerNames.none(),
        io.github.amivoicetoolkit.analytics.AnalyticsOptions.builder().silenceMs(700).interruptionMs(200).build());
    for (AmiVoiceTable table : List.of(AmiVoiceTable.EVENTS, AmiVoiceTable.TOTALS, AmiVoiceTable.SPEAKERS)) {
      Dataset<Row> rows = spark.read().format("amivoice").option("table", table.id()).option("silenceMs", "700")
          .option("interruptionMs", "200").load(files.data().toString());

      assertThat(Expected.canonical(rows.collectAsList())).as(table.id())
          .containsExactlyElementsOf(expected.rows(table, files.good))
          .isNotEqualTo(EXPECTED.rows(table, files.good));
    }
  }

  @Test
  void badOptionsFailAtLoadNamingTheValue() {
    String data = files.data().toString();
    assertThatThrownBy(() -> spark.read().format("amivoice").option("table", "words").load(data))
        .hasMessageContaining("expected table among tokens, utterances, turns, speakers, totals, sentiment, events,"
            + " files but was 'words'");
    assertThatThrownBy(() -> spark.read().format("amivoice").option("mode", "LENIENT").load(data))
        .hasMessageContaining("expected mode PERMISSIVE, DROPMALFORMED or FAILFAST but was 'LENIENT'");
    assertThatThrownBy(() -> spark.read().format("amivoice").option("lowConfidence", "1.5").load(data))
        .hasMessageContaining("lowConfidenceThreshold not in [0, 1]: 1.5");
    assertThatThrownBy(() -> spark.read().format("amivoice").option("silenceMs", "-1").load(data))
        .hasMessageContaining("silenceMs < 0: -1");
    assertThatThrownBy(() -> spark.read().format("amivoice").option("speakers", "speaker0").load(data))
        .hasMessageContaining("expected label=name in speaker names but was 'speaker0'");
    assertThatThrownBy(() -> spark.read().format("amivoice").load(files.root.resolve("nothing").toString())
        .count()).hasStackTraceContaining("Path does not exist");
  }

  @Test
  void toolkitJackson3AndSparkJackson2WorkSideBySideInOneJob() {
    tools.jackson.core.Version toolkit = new tools.jackson.core.json.JsonFactory().version();
    com.fasterxml.jackson.core.Version sparks = new com.fasterxml.jackson.core.JsonFactory().version();
    assertThat(toolkit.getMajorVersion()).isEqualTo(3);
    assertThat(sparks.getMajorVersion()).isEqualTo(2);
    assertThat(jarOf(tools.jackson.core.JsonParser.class)).isNotEqualTo(jarOf(com.fasterxml.jackson.core.JsonParser.class));

    // stats --json lines written in the tasks by the toolkit (Jackson 3), parsed by Spark's JSON source (Jackson 2)
    List<String> paths = files.good.stream().map(Path::toString).toList();
    Dataset<String> lines = spark.createDataset(paths, org.apache.spark.sql.Encoders.STRING()).map(
        (org.apache.spark.api.java.function.MapFunction<String, String>) path -> StatsJson.toJson(
            TestFiles.fileColumn(Path.of(path)), TranscriptStats.of(new TranscriptReader().read(Path.of(path)))),
        org.apache.spark.sql.Encoders.STRING());
    Dataset<Row> parsedBySpark = spark.read().json(lines).where("total IS NOT NULL")
        .selectExpr("file", "total.talk_ms AS json_talk_ms", "total.conf_p50 AS json_conf_p50");
    Dataset<Row> readByToolkit = load(AmiVoiceTable.TOTALS, "PERMISSIVE", files.data().toString());

    Dataset<Row> joined = parsedBySpark.join(readByToolkit, "file");
    assertThat(joined.count()).isEqualTo(EXPECTED.rows(AmiVoiceTable.TOTALS, files.good).size());
    assertThat(joined.where("json_talk_ms != talk_ms OR NOT (json_conf_p50 <=> conf_p50)").count()).isZero();
  }

  private static String jarOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation().toString();
  }

  private static List<String> fileColumn(Dataset<Row> filesTable) {
    return filesTable.select("file").collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toList());
  }
}
