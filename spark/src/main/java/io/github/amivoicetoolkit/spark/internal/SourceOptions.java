package io.github.amivoicetoolkit.spark.internal;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.spark.AmiVoiceTable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The options of one read, parsed and checked on the driver so that a bad value fails at {@code load()},
 * not in a task. Immutable; shipped to the executors with the scan.
 *
 * <table>
 *   <caption>Options</caption>
 *   <tr><th>option</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code table}</td><td>{@code tokens}</td><td>see {@link AmiVoiceTable}</td></tr>
 *   <tr><td>{@code mode}</td><td>{@code PERMISSIVE}</td><td>see {@link Mode}</td></tr>
 *   <tr><td>{@code speakers}</td><td>none</td><td>{@code --speakers}: {@code speaker0=Agent,=Caller}</td></tr>
 *   <tr><td>{@code lowConfidence}</td><td>0.5</td><td>{@code --low-confidence}</td></tr>
 *   <tr><td>{@code silenceMs}</td><td>3000</td><td>{@code --silence-ms}</td></tr>
 *   <tr><td>{@code interruptionMs}</td><td>1000</td><td>{@code --interruption-ms}</td></tr>
 *   <tr><td>{@code billingUnitMs}</td><td>none</td><td>{@code --billing-unit}</td></tr>
 *   <tr><td>{@code pricePerHour}</td><td>none</td><td>{@code --price-per-hour}</td></tr>
 *   <tr><td>{@code recursiveFileLookup}</td><td>false</td><td>list directories recursively</td></tr>
 *   <tr><td>{@code pathGlobFilter}</td><td>none</td><td>keep only files whose name matches</td></tr>
 * </table>
 */
public final class SourceOptions implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final JsonFactory JSON = new JsonFactory();


  private final AmiVoiceTable table;
  private final Mode mode;
  private final String speakers;
  private final double lowConfidence;
  private final long silenceMs;
  private final long interruptionMs;
  private final long billingUnitMs;
  private final String pricePerHour;
  private final boolean recursiveFileLookup;
  private final String pathGlobFilter;
  private final List<String> paths;

  private SourceOptions(Map<String, String> options) {
    // CaseInsensitiveStringMap lower-cases its keys; a plain map from our own code does too
    table = AmiVoiceTable.parse(options.getOrDefault("table", AmiVoiceTable.TOKENS.id()));
    mode = Mode.parse(options.getOrDefault("mode", Mode.PERMISSIVE.name()));
    speakers = options.get("speakers");
    if (speakers != null) {
      SpeakerNames.parse(speakers);
    }
    lowConfidence = parseDouble(options, "lowconfidence", "lowConfidence",
        AnalyticsOptions.DEFAULT_LOW_CONFIDENCE_THRESHOLD);
    silenceMs = parseMs(options, "silencems", "silenceMs", AnalyticsOptions.DEFAULT_SILENCE_MS);
    interruptionMs = parseMs(options, "interruptionms", "interruptionMs", AnalyticsOptions.DEFAULT_INTERRUPTION_MS);
    billingUnitMs = parseMs(options, "billingunitms", "billingUnitMs", 0);
    pricePerHour = options.get("priceperhour");
    recursiveFileLookup = Boolean.parseBoolean(options.getOrDefault("recursivefilelookup", "false"));
    pathGlobFilter = options.get("pathglobfilter");
    paths = parsePaths(options);
    analytics(); // rejects a threshold outside [0, 1], a zero billing unit or a negative price now
  }

  /** Parses Spark's options (keys lower-cased, as {@code CaseInsensitiveStringMap} gives them). */
  public static SourceOptions parse(Map<String, String> lowerCaseOptions) {
    return new SourceOptions(lowerCaseOptions);
  }

  public AmiVoiceTable table() {
    return table;
  }

  public Mode mode() {
    return mode;
  }

  public SpeakerNames speakerNames() {
    return speakers == null ? SpeakerNames.none() : SpeakerNames.parse(speakers);
  }

  public boolean recursiveFileLookup() {
    return recursiveFileLookup;
  }

  /** The {@code pathGlobFilter} pattern, or null. */
  public String pathGlobFilter() {
    return pathGlobFilter;
  }

  /** The paths given to {@code load(…)}; globs allowed. */
  public List<String> paths() {
    return paths;
  }

  /** The figures' options, as the CLI builds them from its flags. */
  public AnalyticsOptions analytics() {
    AnalyticsOptions.Builder builder = AnalyticsOptions.builder().lowConfidenceThreshold(lowConfidence)
        .silenceMs(silenceMs).interruptionMs(interruptionMs);
    if (billingUnitMs > 0) {
      builder.billingUnitMs(billingUnitMs);
    }
    if (pricePerHour != null) {
      try {
        builder.pricePerHour(new BigDecimal(pricePerHour.trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("expected a decimal number for option pricePerHour but was '"
            + pricePerHour + "'", e);
      }
    }
    return builder.build();
  }

  private static double parseDouble(Map<String, String> options, String key, String name, double fallback) {
    String value = options.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a number for option " + name + " but was '" + value + "'", e);
    }
  }

  private static long parseMs(Map<String, String> options, String key, String name, long fallback) {
    String value = options.get(key);
    if (value == null) {
      return fallback;
    }
    long ms;
    try {
      ms = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected whole milliseconds for option " + name + " but was '"
          + value + "'", e);
    }
    if (ms < 0) {
      throw new IllegalArgumentException(name + " < 0: " + ms);
    }
    return ms;
  }

  /** {@code load(path)} sets {@code path}; {@code load(p1, p2, …)} sets {@code paths} to a JSON array. */
  private static List<String> parsePaths(Map<String, String> options) {
    List<String> paths = new ArrayList<>();
    String single = options.get("path");
    if (single != null) {
      paths.add(single);
    }
    String many = options.get("paths");
    if (many != null) {
      try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), many)) {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          throw new IllegalArgumentException("expected a JSON array of strings for option paths but was " + many);
        }
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
          paths.add(parser.getString());
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
          throw new IllegalArgumentException("expected a JSON array of strings for option paths but was " + many);
        }
      }
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("expected at least one path: spark.read().format(\"amivoice\").load(path, …)");
    }
    return List.copyOf(paths);
  }

  @Override
  public String toString() {
    return "table=" + table.id() + ", mode=" + mode + ", paths=" + paths;
  }
}
