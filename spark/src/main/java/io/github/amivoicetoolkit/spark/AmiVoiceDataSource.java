package io.github.amivoicetoolkit.spark;

import io.github.amivoicetoolkit.spark.internal.Layout;
import io.github.amivoicetoolkit.spark.internal.ResultTable;
import io.github.amivoicetoolkit.spark.internal.SourceOptions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The {@code amivoice} data source (Data Source V2): AmiVoice results read by the toolkit's own reader
 * into tables with fixed schemas. Registered under the short name {@code amivoice}; see the package
 * documentation for the options and {@link AmiVoiceTable} for the tables.
 *
 * <pre>{@code
 * Dataset<Row> speakers = spark.read().format("amivoice")
 *     .option("table", "speakers")
 *     .load("s3a://calls/2026/11/*.json.gz");
 * }</pre>
 */
public final class AmiVoiceDataSource implements TableProvider, DataSourceRegister {
  /** The name for {@code format(…)}. */
  public static final String SHORT_NAME = "amivoice";

  public AmiVoiceDataSource() {}

  @Override
  public String shortName() {
    return SHORT_NAME;
  }

  /** The schema of the chosen table: fixed, nothing is read to find it. Bad options fail here, at {@code load()}. */
  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return Layout.of(SourceOptions.parse(lowerCase(options)).table()).schema();
  }

  @Override
  public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
    return new ResultTable(SourceOptions.parse(lowerCase(properties)));
  }

  private static Map<String, String> lowerCase(Map<String, String> options) {
    Map<String, String> lower = new HashMap<>();
    options.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
    return lower;
  }
}
