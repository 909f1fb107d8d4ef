package io.github.amivoicetoolkit.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The confidence statistics of one group's values, given sorted by file, then document order: exactly
 * {@code ConfidenceStats} of the analytics module. The mean's sum adds the values one at a time in that
 * order (as {@code BatchStats} does, so the bits agree); the percentiles are nearest-rank
 * ({@code rank = max(1, ceil(p · n / 100))} in integers) read off counts per distinct value, so the
 * memory is that of the distinct values, not of the values; Spark's sort before the fold spills to disk.
 */
public final class ConfidenceFold implements FlatMapGroupsFunction<Row, Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final String[] FIGURES = {"n", "mean", "min", "max", "p10", "p50", "p90"};

  private final int keys;
  private final int valueIndex;
  private final double threshold;

  /**
   * @param keys number of leading key columns of each value row (and of the key row)
   * @param valueIndex position of the confidence in each value row
   */
  public ConfidenceFold(int keys, int valueIndex, double threshold) {
    this.keys = keys;
    this.valueIndex = valueIndex;
    this.threshold = threshold;
  }

  /** The output: the key columns, then {@code <prefix>n, mean, min, max, p10, p50, p90} and the low share. */
  public static StructType schema(StructType keySchema, String prefix, String lowShareColumn) {
    List<StructField> fields = new ArrayList<>(List.of(keySchema.fields()));
    for (String figure : FIGURES) {
      fields.add(DataTypes.createStructField(prefix + figure, figure.equals("n") ? DataTypes.LongType
          : DataTypes.DoubleType, !figure.equals("n")));
    }
    fields.add(DataTypes.createStructField(lowShareColumn, DataTypes.DoubleType, true));
    return DataTypes.createStructType(fields);
  }

  @Override
  public Iterator<Row> call(Row key, Iterator<Row> values) {
    TreeMap<Double, long[]> counts = new TreeMap<>();
    long n = 0;
    long low = 0;
    double sum = 0;
    while (values.hasNext()) {
      double value = values.next().getDouble(valueIndex);
      sum += value;
      n++;
      if (value < threshold) {
        low++;
      }
      counts.computeIfAbsent(value, v -> new long[1])[0]++;
    }
    Object[] row = new Object[keys + FIGURES.length + 1];
    for (int k = 0; k < keys; k++) {
      row[k] = key.get(k);
    }
    row[keys] = n;
    if (n > 0) {
      row[keys + 1] = sum / n;
      row[keys + 2] = counts.firstKey();
      row[keys + 3] = counts.lastKey();
      row[keys + 4] = nearestRank(counts, n, 10);
      row[keys + 5] = nearestRank(counts, n, 50);
      row[keys + 6] = nearestRank(counts, n, 90);
      row[keys + 7] = (double) low / n;
    }
    return List.of(RowFactory.create(row)).iterator();
  }

  private static double nearestRank(TreeMap<Double, long[]> counts, long n, int percent) {
    long rank = Math.max((percent * n + 99) / 100, 1);
    long seen = 0;
    for (Map.Entry<Double, long[]> entry : counts.entrySet()) {
      seen += entry.getValue()[0];
      if (seen >= rank) {
        return entry.getKey();
      }
    }
    throw new IllegalStateException("rank " + rank + " beyond " + n + " values");
  }
}
