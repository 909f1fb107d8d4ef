package io.github.amivoicetoolkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.analytics.BatchStats;
import io.github.amivoicetoolkit.analytics.StatsTables;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class AmiVoiceFunctionsTest {
  private static SparkSession spark;
  private static TestFiles files;

  @BeforeAll
  static void start() {
    files = TestFiles.get();
    spark = LocalSpark.start("AmiVoiceFunctionsTest");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void pooledTotalsEqualBatchStatsOfTheSameFilesToTheBit() throws IOException {
    Dataset<Row> pooled = AmiVoiceFunctions.pooledTotals(spark, Map.of(), List.of(files.data().toString()));

    List<Row> rows = pooled.collectAsList();
    assertThat(rows).hasSize(1);
    BatchStats batch = batch(files.good, AnalyticsOptions.defaults());
    assertThat(canonical(rows.get(0))).isEqualTo(expected(batch));
    assertThat(rows.get(0).<Long>getAs("files")).isEqualTo(batch.files().size());
  }

  @Test
  void pooledTotalsFollowTheReadOptions() throws IOException {
    Map<String, String> options = Map.of("lowConfidence", "0.8", "billingUnitMs", "60000", "pricePerHour", "0.55");
    Row pooled = AmiVoiceFunctions.pooledTotals(spark, options, List.of(files.data().toString())).first();

    AnalyticsOptions analytics = AnalyticsOptions.builder().lowConfidenceThreshold(0.8).billingUnitMs(60000)
        .pricePerHour(new BigDecimal("0.55")).build();
    assertThat(canonical(pooled)).isEqualTo(expected(batch(files.good, analytics)));
  }

  @Test
  void pooledTotalsPerGroupEqualOneBatchStatsPerGroup() throws IOException {
    List<Row> mapping = new ArrayList<>();
    List<Path> even = new ArrayList<>();
    List<Path> odd = new ArrayList<>();
    for (int i = 0; i < files.good.size(); i++) {
      Path path = files.good.get(i);
      String group = i % 2 == 0 ? "even" : "odd";
      (i % 2 == 0 ? even : odd).add(path);
      mapping.add(RowFactory.create(TestFiles.fileColumn(path), group));
    }
    StructType schema = new StructType().add("file", DataTypes.StringType).add("group", DataTypes.StringType);
    Dataset<Row> groups = spark.createDataFrame(mapping, schema);

    List<Row> rows = AmiVoiceFunctions.pooledTotals(spark, Map.of(), List.of(files.data().toString()), groups,
        List.of("group")).orderBy("group").collectAsList();

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).<String>getAs("group")).isEqualTo("even");
    assertThat(canonical(rows.get(0))).isEqualTo(expected(batch(even, AnalyticsOptions.defaults())));
    assertThat(canonical(rows.get(1))).isEqualTo(expected(batch(odd, AnalyticsOptions.defaults())));
  }

  @Test
  void everyTotalsColumnHasAPoolingRule() {
    for (String column : StatsTables.TOTAL_COLUMNS) {
      assertThat(AmiVoiceFunctions.rule(column, AnalyticsOptions.defaults())).as(column).isNotNull();
    }
    assertThatThrownBy(() -> AmiVoiceFunctions.rule("made_up_ms", AnalyticsOptions.defaults()))
        .hasMessageContaining("no pooling rule for the totals column 'made_up_ms'");
  }

  /** The files' figures pooled by the single-machine library, added in path order. */
  private static BatchStats batch(List<Path> paths, AnalyticsOptions options) throws IOException {
    BatchStats batch = new BatchStats(options);
    TranscriptReader reader = new TranscriptReader();
    for (Path path : paths.stream().sorted().toList()) {
      batch.add(TestFiles.fileColumn(path), reader.read(path));
    }
    return batch;
  }

  private static String expected(BatchStats batch) {
    Table total = batch.totalTable();
    Map<String, Object> row = new LinkedHashMap<>();
    for (String column : StatsTables.TOTAL_COLUMNS) {
      row.put(column, total.column(column).isMissing(0) ? null : total.column(column).get(0));
    }
    return new TreeMap<>(row).toString();
  }

  private static String canonical(Row row) {
    Map<String, Object> values = new TreeMap<>(Expected.toMap(row));
    values.keySet().retainAll(StatsTables.TOTAL_COLUMNS);
    return values.toString();
  }
}
