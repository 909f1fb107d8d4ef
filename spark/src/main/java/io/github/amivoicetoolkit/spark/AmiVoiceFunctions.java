package io.github.amivoicetoolkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.analytics.StatsTables;
import io.github.amivoicetoolkit.spark.internal.ConfidenceFold;
import io.github.amivoicetoolkit.spark.internal.SourceOptions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Pooled figures over any set of files as a Spark job: the same numbers as the single-machine
 * {@code BatchStats.total()} (and {@code stats}' pooled line), percentiles included — exact, not
 * approximate. Pooling follows docs/figures.md#batches: times and counts add up; the {@code longest_*}
 * figures take the maximum; {@code mean_turn_ms}, {@code chars_per_min}, {@code words_per_min},
 * {@code switches_per_min} and {@code cost} are recomputed from the sums; every confidence statistic is
 * computed over the pooled values, and the response-gap mean and median over the pooled gaps (derived from
 * the turns table).
 *
 * <p><b>Order.</b> A mean is a double sum, and a double sum depends on its order. The pooled means add
 * the values in file-path order, then document order: {@code BatchStats} gives the same bits when its
 * files are added in path order. Within each group, Spark sorts the confidence values (spilling to disk
 * when needed) and one task folds them; percentiles come from counts per distinct value.
 *
 * <pre>{@code
 * Map<String, String> options = Map.of("lowConfidence", "0.6");
 * Dataset<Row> pooled = AmiVoiceFunctions.pooledTotals(spark, options, List.of("s3a://calls/2026/11/"));
 *
 * // one row per agent: `agents` has a `file` column and an `agent` column
 * Dataset<Row> byAgent = AmiVoiceFunctions.pooledTotals(spark, options, List.of("s3a://calls/2026/11/"),
 *     agents, List.of("agent"));
 * }</pre>
 *
 * <p>Columns: the group keys, {@code files} (completed results pooled), then the columns of the
 * {@link AmiVoiceTable#TOTALS totals} table without {@code file}. Only completed results are pooled, as in
 * {@code BatchStats}; {@code mode} and every other read option apply as for {@code spark.read()}.
 */
public final class AmiVoiceFunctions {
  private static final String[] ORDER = {"file", "utterance", "token"};
  private static final String POOL = "__amivoice_pool";
  private static final Set<String> ADDED = Set.of("talk_ms", "speech_ms", "overlap_ms", "utterances",
      "billable_ms", "span_ms", "turns", "words", "chars", "fillers", "billable_rounded_ms", "switches",
      "interruptions", "interruption_ms", "silences", "silence_ms", "non_talk_ms");
  private static final Set<String> LONGEST = Set.of("longest_turn_ms", "longest_silence_ms");

  private AmiVoiceFunctions() {}

  /** One row: the figures pooled over every completed result under {@code paths}. */
  public static Dataset<Row> pooledTotals(SparkSession spark, Map<String, String> options, List<String> paths) {
    return pooledTotals(spark, options, paths, null, List.of());
  }

  /**
   * One row per group: {@code fileGroups} maps each {@code file} (as the tables' {@code file} column has it)
   * to the values of {@code keys}; files it does not list are not pooled, a file may belong to several
   * groups, and keys must not be null.
   */
  public static Dataset<Row> pooledTotals(SparkSession spark, Map<String, String> options, List<String> paths,
      Dataset<Row> fileGroups, List<String> keys) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(keys, "keys");
    if (fileGroups == null && !keys.isEmpty()) {
      throw new IllegalArgumentException("keys without fileGroups: " + keys);
    }
    Map<String, String> lower = new HashMap<>();
    options.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
    lower.put("path", paths.isEmpty() ? null : paths.get(0));
    AnalyticsOptions analytics = SourceOptions.parse(lower).analytics();
    Pooling pooling = new Pooling(spark, options, paths, fileGroups, keys, analytics);
    return pooling.run();
  }

  /** The pooling rule of every column of the totals table, by name; a column without one is an error. */
  static Column rule(String column, AnalyticsOptions analytics) {
    if (ADDED.contains(column) || LONGEST.contains(column)) {
      return col(column);
    }
    return switch (column) {
      case "mean_turn_ms" -> when(col("timed_turns").equalTo(0), lit(null).cast(DataTypes.DoubleType))
          .otherwise(col("turn_ms").cast(DataTypes.DoubleType).divide(col("timed_turns").cast(DataTypes.DoubleType)));
      case "chars_per_min" -> perMinute(col("chars"), col("talk_ms"));
      case "words_per_min" -> perMinute(col("words"), col("talk_ms"));
      // the window |W| of a file is non_talk_ms + speech_ms (docs/figures.md#silences)
      case "switches_per_min" -> perMinute(col("switches"), col("non_talk_ms").plus(col("speech_ms")));
      case "response_gap_mean" -> when(functions.coalesce(col("gap_n"), lit(0L)).equalTo(0),
          lit(null).cast(DataTypes.DoubleType))
          .otherwise(col("gap_sum").cast(DataTypes.DoubleType).divide(col("gap_n").cast(DataTypes.DoubleType)));
      case "response_gap_p50" -> col("gap_p50");
      case "cost" -> cost(analytics);
      case "conf_n", "utterance_conf_n" -> functions.coalesce(col(column), lit(0L));
      case "conf_mean", "conf_min", "conf_max", "conf_p10", "conf_p50", "conf_p90", "low_conf_share",
          "utterance_conf_mean", "utterance_conf_min", "utterance_conf_max",
          "utterance_conf_p10", "utterance_conf_p50", "utterance_conf_p90", "utterance_low_conf_share" ->
          col(column);
      default -> throw new IllegalStateException("no pooling rule for the totals column '" + column
          + "': add one to AmiVoiceFunctions (docs/figures.md#batches says how it pools)");
    };
  }

  /** {@code count / (ms / 60000.0)}, 0 when {@code ms} is 0, in the analytics' order of operations. */
  private static Column perMinute(Column count, Column ms) {
    return when(ms.equalTo(0), lit(0.0))
        .otherwise(count.cast(DataTypes.DoubleType).divide(ms.cast(DataTypes.DoubleType).divide(lit(60000.0))));
  }

  /** {@code price × billed ms / 3 600 000} in decimal, rounded to 16 digits, as {@code TotalStats.cost}. */
  private static Column cost(AnalyticsOptions analytics) {
    if (analytics.pricePerHour().isEmpty()) {
      return lit(null).cast(DataTypes.DoubleType);
    }
    BigDecimal price = analytics.pricePerHour().get();
    UserDefinedFunction cost = functions.udf((UDF1<Long, Double>) billed -> billed == null ? null
        : price.multiply(BigDecimal.valueOf(billed)).divide(BigDecimal.valueOf(3_600_000L), MathContext.DECIMAL64)
            .doubleValue(), DataTypes.DoubleType);
    return cost.apply(analytics.billingUnitMs().isPresent() ? col("billable_rounded_ms") : col("billable_ms"));
  }

  /** The joins and aggregations of one pooling. */
  private static final class Pooling {
    private final SparkSession spark;
    private final Map<String, String> options;
    private final List<String> paths;
    private final Dataset<Row> groups;
    private final List<String> keys;
    private final AnalyticsOptions analytics;

    Pooling(SparkSession spark, Map<String, String> options, List<String> paths, Dataset<Row> fileGroups,
        List<String> keys, AnalyticsOptions analytics) {
      this.spark = spark;
      this.options = options;
      this.paths = paths;
      this.keys = List.copyOf(keys);
      this.analytics = analytics;
      List<Column> columns = new ArrayList<>();
      columns.add(col("file"));
      keys.forEach(key -> columns.add(col(key)));
      this.groups = fileGroups == null ? null : fileGroups.select(columns.toArray(new Column[0])).distinct();
    }

    private Dataset<Row> table(AmiVoiceTable table) {
      Dataset<Row> rows = spark.read().format(AmiVoiceDataSource.SHORT_NAME).options(options)
          .option("table", table.id()).load(paths.toArray(new String[0]));
      return groups == null ? rows : rows.join(groups, "file");
    }

    Dataset<Row> run() {
      Dataset<Row> totals = table(AmiVoiceTable.TOTALS);
      Dataset<Row> completed = totals.select("file").distinct();
      List<Column> sums = new ArrayList<>();
      for (String column : StatsTables.TOTAL_COLUMNS) {
        if (ADDED.contains(column)) {
          sums.add(sum(col(column)).as(column));
        }
      }
      for (String column : LONGEST) {
        sums.add(functions.max(col(column)).as(column));
      }
      Dataset<Row> added = grouped(totals).agg(count(lit(1)).as("files"), sums.toArray(new Column[0]));

      Dataset<Row> turns = grouped(completedOnly(table(AmiVoiceTable.TURNS), completed)).agg(sum(col("duration_ms")).as("turn_ms"), count(col("duration_ms")).as("timed_turns"));

      Dataset<Row> words = table(AmiVoiceTable.TOKENS)
          .where(not(col("punctuation")).and(not(col("filler"))).and(col("confidence").isNotNull()));
      Dataset<Row> wordStats = confidences(completedOnly(words, completed), "conf_", "low_conf_share");
      Dataset<Row> utterances = table(AmiVoiceTable.UTTERANCES).where(col("confidence").isNotNull())
          .withColumn("token", lit(0));
      Dataset<Row> utteranceStats = confidences(completedOnly(utterances, completed), "utterance_conf_",
          "utterance_low_conf_share");

      Dataset<Row> joined = join(join(join(join(added, turns), wordStats), utteranceStats), gaps(completed));
      List<Column> out = new ArrayList<>();
      keys.forEach(key -> out.add(col(key)));
      out.add(col("files"));
      Map<String, Column> rules = new LinkedHashMap<>();
      for (String column : StatsTables.TOTAL_COLUMNS) {
        rules.put(column, rule(column, analytics).as(column));
      }
      out.addAll(rules.values());
      return joined.select(out.toArray(new Column[0]));
    }

    /** Rows of completed results only: {@code BatchStats} pools nothing else. */
    private static Dataset<Row> completedOnly(Dataset<Row> rows, Dataset<Row> completed) {
      return rows.join(completed, scala.jdk.javaapi.CollectionConverters.asScala(List.of("file")).toSeq(),
          "left_semi");
    }

    private org.apache.spark.sql.RelationalGroupedDataset grouped(Dataset<Row> rows) {
      return rows.groupBy(keys.stream().map(functions::col).toArray(Column[]::new));
    }

    /**
     * The response gaps of docs/figures.md#responses, from the turns table: between consecutive timed turns
     * of a file whose speakers differ, {@code start − previous end}. Per group: their exact {@code long} sum,
     * their number and the nearest-rank median (rank {@code ceil(n / 2)}), as {@code BatchStats} pools them.
     */
    private Dataset<Row> gaps(Dataset<Row> completed) {
      Column[] groupKeys = keys.stream().map(functions::col).toArray(Column[]::new);
      List<Column> perFile = new ArrayList<>(List.of(groupKeys));
      perFile.add(col("file"));
      WindowSpec inFile = Window.partitionBy(perFile.toArray(new Column[0])).orderBy(col("turn"));
      Dataset<Row> gaps = completedOnly(table(AmiVoiceTable.TURNS), completed).where(col("start_ms").isNotNull())
          .withColumn("previous_speaker", functions.lag(col("speaker"), 1).over(inFile))
          .withColumn("previous_end", functions.lag(col("end_ms"), 1).over(inFile))
          .where(col("previous_speaker").isNotNull().and(col("speaker").notEqual(col("previous_speaker"))))
          .withColumn("gap", col("start_ms").minus(col("previous_end")))
          .withColumn("gap_rank", functions.row_number().over(Window.partitionBy(groupKeys).orderBy(col("gap"))))
          .withColumn("gaps_in_group", count(lit(1)).over(Window.partitionBy(groupKeys)));
      return grouped(gaps).agg(sum(col("gap")).as("gap_sum"), count(col("gap")).as("gap_n"),
          functions.min(when(col("gap_rank").equalTo(functions.expr("(gaps_in_group + 1) div 2")), col("gap")))
              .as("gap_p50"));
    }

    /** Groups with no values still get a row (n = 0, statistics null), as an empty pool does. */
    private Dataset<Row> join(Dataset<Row> left, Dataset<Row> right) {
      if (keys.isEmpty()) {
        return left.crossJoin(right);
      }
      return left.join(right, scala.jdk.javaapi.CollectionConverters.asScala(keys).toSeq(), "left");
    }

    /** The {@link ConfidenceFold} of each group's confidences, in file then document order. */
    private Dataset<Row> confidences(Dataset<Row> values, String prefix, String lowShare) {
      // grouping needs a key: the whole pool is the one group of a constant
      List<String> foldKeys = keys.isEmpty() ? List.of(POOL) : keys;
      Dataset<Row> keyed = keys.isEmpty() ? values.withColumn(POOL, lit(0)) : values;
      List<Column> columns = new ArrayList<>();
      foldKeys.forEach(key -> columns.add(col(key)));
      for (String column : ORDER) {
        columns.add(col(column));
      }
      columns.add(col("confidence"));
      Dataset<Row> selected = keyed.select(columns.toArray(new Column[0]));
      StructType keySchema = keySchema(selected.schema(), foldKeys);
      int keyCount = foldKeys.size();
      Dataset<Row> stats = selected
          .groupByKey((MapFunction<Row, Row>) row -> keyOf(row, keyCount), Encoders.row(keySchema))
          .flatMapSortedGroups(new Column[] {col("file"), col("utterance"), col("token")},
              new ConfidenceFold(keyCount, keyCount + ORDER.length, analytics.lowConfidenceThreshold()),
              Encoders.row(ConfidenceFold.schema(keySchema, prefix, lowShare)));
      if (!keys.isEmpty()) {
        return stats;
      }
      // the pool has its row even without values: n = 0 and no statistics, as BatchStats gives
      StructType schema = ConfidenceFold.schema(new StructType(), prefix, lowShare);
      Dataset<Row> empty = spark.createDataFrame(List.of(RowFactory.create(0L, null, null, null, null, null, null,
          null)), schema);
      List<Column> merged = new ArrayList<>();
      for (String name : schema.fieldNames()) {
        merged.add(name.equals(prefix + "n") ? functions.max(col(name)).as(name)
            : functions.first(col(name), true).as(name));
      }
      return stats.drop(POOL).union(empty).groupBy()
          .agg(merged.get(0), merged.subList(1, merged.size()).toArray(new Column[0]));
    }

    private static StructType keySchema(StructType values, List<String> keys) {
      List<StructField> fields = new ArrayList<>();
      for (String key : keys) {
        fields.add(values.apply(key));
      }
      return DataTypes.createStructType(fields);
    }

    private static Row keyOf(Row row, int keyCount) {
      Object[] key = new Object[keyCount];
      for (int k = 0; k < keyCount; k++) {
        key[k] = row.get(k);
      }
      return RowFactory.create(key);
    }
  }
}
