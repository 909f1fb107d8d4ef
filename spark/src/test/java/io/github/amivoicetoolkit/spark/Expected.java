package io.github.amivoicetoolkit.spark;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.analytics.ConfidenceStats;
import io.github.amivoicetoolkit.analytics.ConversationEvents;
import io.github.amivoicetoolkit.analytics.StatsJson;
import io.github.amivoicetoolkit.analytics.TotalStats;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.analytics.Turns;
import io.github.amivoicetoolkit.analytics.UtteranceSpeakers;
import io.github.amivoicetoolkit.core.JobInfo;
import io.github.amivoicetoolkit.core.ResultShape;
import io.github.amivoicetoolkit.core.Sentiment;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReadException;
import io.github.amivoicetoolkit.core.TranscriptReader;
import io.github.amivoicetoolkit.core.Utterances;
import io.github.amivoicetoolkit.spark.internal.Layout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * What each table must hold, computed file by file with the single-machine library alone: core's columns,
 * {@link Turns}, {@link UtteranceSpeakers}, {@link TranscriptStats} and the {@code stats --json} line of
 * {@link StatsJson}. Rows are compared as canonical strings (keys sorted; a double's shortest round-trip
 * text), so equality is exact to the bit and an int where a double belongs shows.
 */
@SuppressWarnings("unchecked")
final class Expected {
  private static final JsonFactory JSON = new JsonFactory();

  private final SpeakerNames names;
  private final AnalyticsOptions options;

  Expected(SpeakerNames names, AnalyticsOptions options) {
    this.names = names;
    this.options = options;
  }

  Expected() {
    this(SpeakerNames.none(), AnalyticsOptions.defaults());
  }

  /** The rows of {@code table} for {@code files}; an unreadable file gives its {@code files} row only. */
  List<String> rows(AmiVoiceTable table, List<Path> files) {
    List<String> rows = new ArrayList<>();
    for (Path path : files) {
      for (Map<String, Object> row : rowsOf(table, path)) {
        rows.add(new TreeMap<>(row).toString());
      }
    }
    Collections.sort(rows);
    return rows;
  }

  /** Spark's rows in the same canonical form. */
  static List<String> canonical(List<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row row : rows) {
      out.add(new TreeMap<>(toMap(row)).toString());
    }
    Collections.sort(out);
    return out;
  }

  static Map<String, Object> toMap(Row row) {
    Map<String, Object> map = new LinkedHashMap<>();
    StructField[] fields = row.schema().fields();
    for (int c = 0; c < fields.length; c++) {
      Object value;
      if (row.isNullAt(c)) {
        value = null;
      } else if (fields[c].dataType() instanceof ArrayType) {
        value = row.getList(c);
      } else if (fields[c].dataType() instanceof MapType) {
        value = new TreeMap<>(row.getJavaMap(c));
      } else {
        value = row.get(c);
      }
      map.put(fields[c].name(), value);
    }
    return map;
  }

  private List<Map<String, Object>> rowsOf(AmiVoiceTable table, Path path) {
    String file = TestFiles.fileColumn(path);
    Transcript transcript;
    try {
      transcript = new TranscriptReader().read(path).withSpeakerNames(names);
    } catch (TranscriptReadException e) {
      if (table != AmiVoiceTable.FILES) {
        return List.of();
      }
      Map<String, Object> row = row(file);
      row.put("status", "unreadable");
      row.put("code", null);
      row.put("message", null);
      row.put("error", e.getMessage().replace(path.toString(), file));
      row.put("size", size(path));
      row.put("duration_ms", null);
      row.put("tokens", null);
      return List.of(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return switch (table) {
      case TOKENS -> tokens(file, transcript);
      case UTTERANCES -> utterances(file, transcript);
      case TURNS -> turns(file, transcript);
      case SPEAKERS -> speakers(file, transcript);
      case TOTALS -> totals(file, transcript);
      case SENTIMENT -> sentiment(file, transcript);
      case EVENTS -> events(file, transcript);
      case FILES -> List.of(files(file, path, transcript));
    };
  }

  private static List<Map<String, Object>> tokens(String file, Transcript transcript) {
    Tokens tokens = transcript.tokens();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      int u = tokens.utterance(i);
      Map<String, Object> row = row(file);
      row.put("utterance", u);
      row.put("token", i - transcript.utterances().firstToken(u));
      row.put("speaker", tokens.speaker(i));
      row.put("start_ms", ms(tokens.startMs(i)));
      row.put("end_ms", ms(tokens.endMs(i)));
      row.put("written", tokens.written(i));
      row.put("spoken", tokens.spoken(i));
      row.put("confidence", Double.isNaN(tokens.confidence(i)) ? null : tokens.confidence(i));
      row.put("punctuation", tokens.kind(i) == TokenKind.PUNCTUATION);
      row.put("filler", tokens.kind(i) == TokenKind.FILLER);
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, Object>> utterances(String file, Transcript transcript) {
    Utterances utterances = transcript.utterances();
    UtteranceSpeakers attribution = UtteranceSpeakers.of(transcript);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int u = 0; u < utterances.size(); u++) {
      Map<String, Object> row = row(file);
      row.put("utterance", u);
      int speaker = attribution.speakerOf(u);
      row.put("speaker", speaker == UtteranceSpeakers.NONE ? null : transcript.speakers().get(speaker));
      List<String> speakers = new ArrayList<>();
      for (int s : attribution.speakers(u)) {
        speakers.add(transcript.speakers().get(s));
      }
      row.put("speakers", speakers);
      row.put("start_ms", ms(utterances.startMs(u)));
      row.put("end_ms", ms(utterances.endMs(u)));
      boolean timed = utterances.startMs(u) != Transcript.NO_TIME && utterances.endMs(u) != Transcript.NO_TIME;
      row.put("duration_ms", timed ? (long) utterances.durationMs(u) : null);
      row.put("confidence", Double.isNaN(utterances.confidence(u)) ? null : utterances.confidence(u));
      row.put("text", utterances.text(u));
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, Object>> turns(String file, Transcript transcript) {
    Turns turns = Turns.of(transcript);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int t = 0; t < turns.size(); t++) {
      Map<String, Object> row = row(file);
      row.put("turn", t);
      row.put("speaker", turns.speaker(t));
      row.put("start_ms", ms(turns.startMs(t)));
      row.put("end_ms", ms(turns.endMs(t)));
      row.put("duration_ms", turns.isTimed(t) ? turns.durationMs(t) : null);
      row.put("words", (long) turns.words(t));
      row.put("text", turns.text(t));
      row.put("utterance", turns.utterance(t));
      rows.add(row);
    }
    return rows;
  }

  /** Every key of each {@code speakers} object of the file's {@code stats --json} line. */
  private List<Map<String, Object>> speakers(String file, Transcript transcript) {
    TranscriptStats stats = TranscriptStats.of(transcript, options);
    if (!stats.isCompletedResult()) {
      return List.of();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object speaker : (List<?>) parse(StatsJson.toJson(file, stats)).get("speakers")) {
      Map<String, Object> row = row(file);
      row.putAll((Map<String, Object>) speaker);
      rows.add(row);
    }
    return rows;
  }

  /** Every key of the file's {@code stats --json} {@code total}, and the figures only the tables carry. */
  private List<Map<String, Object>> totals(String file, Transcript transcript) {
    TranscriptStats stats = TranscriptStats.of(transcript, options);
    if (!stats.isCompletedResult()) {
      return List.of();
    }
    Map<String, Object> row = row(file);
    row.putAll((Map<String, Object>) parse(StatsJson.toJson(file, stats)).get("total"));
    TotalStats total = stats.total();
    ConfidenceStats utterance = total.utteranceConfidence();
    row.put("mean_turn_ms", value(total.meanTurnMs()));
    row.put("utterance_conf_n", utterance.n());
    row.put("utterance_conf_p10", value(utterance.p10()));
    row.put("utterance_conf_p50", value(utterance.p50()));
    row.put("utterance_conf_p90", value(utterance.p90()));
    row.put("utterance_low_conf_share", value(utterance.lowShare()));
    row.putIfAbsent("billable_rounded_ms", null);
    row.putIfAbsent("cost", null);
    return List.of(row);
  }

  private List<Map<String, Object>> events(String file, Transcript transcript) {
    TranscriptStats stats = TranscriptStats.of(transcript, options);
    if (!stats.isCompletedResult()) {
      return List.of();
    }
    ConversationEvents events = stats.events();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int e = 0; e < events.size(); e++) {
      Map<String, Object> row = row(file);
      row.put("type", events.type(e).id());
      row.put("start_ms", (long) events.startMs(e));
      row.put("end_ms", (long) events.endMs(e));
      row.put("speaker", events.speaker(e));
      row.put("interrupted", events.interrupted(e));
      rows.add(row);
    }
    return rows;
  }

  private List<Map<String, Object>> sentiment(String file, Transcript transcript) {
    Sentiment sentiment = transcript.sentiment();
    if (sentiment.isEmpty()) {
      return List.of();
    }
    TranscriptStats stats = TranscriptStats.of(transcript, options);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int s = 0; s < sentiment.size(); s++) {
      Map<String, Object> row = row(file);
      row.put("segment", s);
      row.put("start_ms", ms(sentiment.startMs(s)));
      row.put("end_ms", ms(sentiment.endMs(s)));
      row.put("speaker", stats.sentimentSpeaker(s));
      Map<String, Double> other = new TreeMap<>();
      for (String parameter : Layout.SENTIMENT_PARAMETERS) {
        row.put(parameter, null);
      }
      for (int p = 0; p < sentiment.parameters().size(); p++) {
        String name = sentiment.parameters().get(p);
        double value = sentiment.value(s, p);
        if (Layout.SENTIMENT_PARAMETERS.contains(name)) {
          row.put(name, Double.isNaN(value) ? null : value);
        } else if (!Double.isNaN(value)) {
          other.put(name, value);
        }
      }
      row.put("other_parameters", other.isEmpty() ? null : other);
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, Object> files(String file, Path path, Transcript transcript) {
    JobInfo job = transcript.job();
    Map<String, Object> row = row(file);
    String status = job.status() != null ? job.status()
        : transcript.shape() == ResultShape.JOB_CREATED ? "created" : job.failed() ? "failed" : "completed";
    row.put("status", status);
    row.put("code", job.code() != null ? job.code() : job.aminethCode());
    row.put("message", job.message() != null && !job.message().isEmpty() ? job.message() : job.errorMessage());
    row.put("error", null);
    row.put("size", size(path));
    Long duration = null;
    for (int u = 0; u < transcript.utterances().size(); u++) {
      int end = transcript.utterances().endMs(u);
      if (end != Transcript.NO_TIME) {
        duration = duration == null ? end : Math.max(duration, end);
      }
    }
    row.put("duration_ms", duration);
    row.put("tokens", (long) transcript.tokens().size());
    return row;
  }

  /**
   * A {@code stats --json} line as maps, lists, longs, doubles and strings: read with jackson-core 3's
   * streaming parser, the only Jackson the toolkit needs (databind 3 would want Jackson 2.20's
   * annotations, which Spark's older ones shadow).
   */
  private static Map<String, Object> parse(String json) {
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      return (Map<String, Object>) value(parser);
    }
  }

  private static Object value(JsonParser parser) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.put(name, value(parser));
        }
        return object;
      }
      case START_ARRAY: {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        return array;
      }
      case VALUE_NUMBER_INT:
        return parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case VALUE_NULL:
        return null;
      default:
        return parser.getString();
    }
  }

  private static Map<String, Object> row(String file) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("file", file);
    return row;
  }

  private static Long ms(int time) {
    return time == Transcript.NO_TIME ? null : (long) time;
  }

  private static Double value(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
