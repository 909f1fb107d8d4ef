package io.github.amivoicetoolkit.spark.internal;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import io.github.amivoicetoolkit.analytics.ConfidenceStats;
import io.github.amivoicetoolkit.analytics.SpeakerStats;
import io.github.amivoicetoolkit.analytics.StatsTables;
import io.github.amivoicetoolkit.analytics.TotalStats;
import io.github.amivoicetoolkit.analytics.Turns;
import io.github.amivoicetoolkit.analytics.UtteranceSpeakers;
import io.github.amivoicetoolkit.core.JobInfo;
import io.github.amivoicetoolkit.core.ResultShape;
import io.github.amivoicetoolkit.core.Sentiment;
import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.Utterances;
import io.github.amivoicetoolkit.spark.AmiVoiceTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.apache.spark.sql.catalyst.util.ArrayBasedMapData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Every table's columns, in one place: name, Spark type and how the values are computed (cell by cell, or
 * for {@code tokens} a column vector at a time), plus how many rows a file gives. Schemas, column pruning
 * and row production all derive from these lists.
 *
 * <p>The {@code speakers} and {@code totals} columns and their order are the analytics module's
 * ({@link StatsTables#SPEAKER_COLUMNS}, {@link StatsTables#TOTAL_COLUMNS}); {@link #SPEAKER_FIGURES} and
 * {@link #TOTAL_FIGURES} say how each is read from {@link SpeakerStats} and {@link TotalStats}. A figure
 * added to analytics needs one line there, and until it has one, this class fails to load (which every
 * test of the module shows at once). The values are read from the records, not from the analytics'
 * Tablesaw tables: Tablesaw's first use scans the classpath, and on a Spark executor that is Spark's
 * few hundred jars. The {@code speaker} value is the analytics name itself ({@code ""} for the unlabelled
 * speaker), not its display form.
 */
public final class Layout {
  /** The vendor's sentiment parameters in its order (docs/result-format.md#sentiment-segments). */
  public static final List<String> SENTIMENT_PARAMETERS = List.of("energy", "stress", "emo_cog", "concentration",
      "anticipation", "excitement", "hesitation", "uncertainty", "intensive_thinking", "imagination_activity",
      "embarrassment", "passionate", "brain_power", "confidence", "aggression", "atmosphere", "upset", "content",
      "dissatisfaction", "extreme_emotion");

  // the figure maps first: the layouts below read them
  /** Every per-speaker figure of {@link StatsTables#SPEAKER_COLUMNS}, by name. */
  static final Map<String, Figure<SpeakerStats>> SPEAKER_FIGURES = speakerFigures();

  /** Every total figure of {@link StatsTables#TOTAL_COLUMNS}, by name. */
  static final Map<String, Figure<TotalStats>> TOTAL_FIGURES = totalFigures();

  private static final Map<AmiVoiceTable, Layout> LAYOUTS = new EnumMap<>(AmiVoiceTable.class);

  static {
    LAYOUTS.put(AmiVoiceTable.TOKENS, tokens());
    LAYOUTS.put(AmiVoiceTable.UTTERANCES, utterances());
    LAYOUTS.put(AmiVoiceTable.TURNS, turns());
    LAYOUTS.put(AmiVoiceTable.SPEAKERS, speakers());
    LAYOUTS.put(AmiVoiceTable.TOTALS, totals());
    LAYOUTS.put(AmiVoiceTable.SENTIMENT, sentiment());
    LAYOUTS.put(AmiVoiceTable.EVENTS, events());
    LAYOUTS.put(AmiVoiceTable.FILES, files());
  }

  private final List<ColumnDef> columns;
  private final Map<String, ColumnDef> byName = new LinkedHashMap<>();
  private final ToIntFunction<FileData> rowCount;
  private final StructType schema;
  private final boolean columnar;

  private Layout(List<ColumnDef> columns, ToIntFunction<FileData> rowCount) {
    this.columns = List.copyOf(columns);
    this.rowCount = rowCount;
    this.columnar = columns.stream().allMatch(column -> column.fill() != null);
    List<StructField> fields = new ArrayList<>();
    for (ColumnDef column : columns) {
      if (byName.put(column.name(), column) != null) {
        throw new IllegalStateException("column listed twice: " + column.name());
      }
      if (!columnar && column.cell() == null) {
        throw new IllegalStateException("column " + column.name() + " has no cell in a table read row by row");
      }
      fields.add(DataTypes.createStructField(column.name(), column.type(), true));
    }
    this.schema = DataTypes.createStructType(fields);
  }

  public static Layout of(AmiVoiceTable table) {
    return LAYOUTS.get(table);
  }

  public StructType schema() {
    return schema;
  }

  public List<ColumnDef> columns() {
    return columns;
  }

  /** Whether the table is read in columnar batches ({@link ColumnDef#fill()}) rather than row by row. */
  boolean columnar() {
    return columnar;
  }

  /** The definitions of {@code names}, in that order. */
  ColumnDef[] select(String[] names) {
    ColumnDef[] selected = new ColumnDef[names.length];
    for (int c = 0; c < names.length; c++) {
      selected[c] = byName.get(names[c]);
      if (selected[c] == null) {
        throw new IllegalArgumentException("no column '" + names[c] + "' in " + byName.keySet());
      }
    }
    return selected;
  }

  /** Rows {@code file} gives in this table; 0 for an unreadable file except in {@code files}. */
  int rowCount(FileData file) {
    return rowCount.applyAsInt(file);
  }

  /**
   * Read in columnar batches: the transcript is columnar already, so each column is a loop over its
   * rows, strings are dictionary ids into the file's dictionary, and no value is boxed.
   */
  private static Layout tokens() {
    Columns c = new Columns();
    c.fill("utterance", IntegerType, (f, from, rows, out) -> {
      for (int r = 0; r < rows; r++) {
        out.putInt(r, f.utteranceOfToken(from + r));
      }
    });
    c.fill("token", IntegerType, (f, from, rows, out) -> {
      Utterances utterances = f.utterances();
      for (int r = 0; r < rows; r++) {
        out.putInt(r, from + r - utterances.firstToken(f.utteranceOfToken(from + r)));
      }
    });
    c.fill("speaker", StringType, (f, from, rows, out) -> {
      Tokens tokens = f.tokens();
      WritableColumnVector ids = dictionaryIds(out, f.speakerDictionary(), rows);
      for (int r = 0; r < rows; r++) {
        ids.putInt(r, tokens.speakerId(from + r));
      }
    });
    c.fill("start_ms", LongType, (f, from, rows, out) -> {
      Tokens tokens = f.tokens();
      for (int r = 0; r < rows; r++) {
        putMs(out, r, tokens.startMs(from + r));
      }
    });
    c.fill("end_ms", LongType, (f, from, rows, out) -> {
      Tokens tokens = f.tokens();
      for (int r = 0; r < rows; r++) {
        putMs(out, r, tokens.endMs(from + r));
      }
    });
    c.fill("written", StringType, (f, from, rows, out) -> {
      Tokens tokens = f.tokens();
      WritableColumnVector ids = dictionaryIds(out, f.tokenDictionary(), rows);
      for (int r = 0; r < rows; r++) {
        ids.putInt(r, tokens.writtenId(from + r));
      }
    });
    c.fill("spoken", StringType, (f, from, rows, out) -> {
      Tokens tokens = f.tokens();
      WritableColumnVector ids = dictionaryIds(out, f.tokenDictionary(), rows);
      for (int r = 0; r < rows; r++) {
        int id = tokens.spokenId(from + r);
        if (id < 0) {
          out.putNull(r);
        } else {
          ids.putInt(r, id);
        }
      }
    });
    c.fill("confidence", DoubleType, (f, from, rows, out) -> {
      Tokens tokens = f.tokens();
      for (int r = 0; r < rows; r++) {
        double confidence = tokens.confidence(from + r);
        if (Double.isNaN(confidence)) {
          out.putNull(r);
        } else {
          out.putDouble(r, confidence);
        }
      }
    });
    c.fill("punctuation", BooleanType, (f, from, rows, out) -> {
      Tokens tokens = f.tokens();
      for (int r = 0; r < rows; r++) {
        out.putBoolean(r, tokens.kind(from + r) == TokenKind.PUNCTUATION);
      }
    });
    c.fill("filler", BooleanType, (f, from, rows, out) -> {
      Tokens tokens = f.tokens();
      for (int r = 0; r < rows; r++) {
        out.putBoolean(r, tokens.kind(from + r) == TokenKind.FILLER);
      }
    });
    return c.layout(f -> f.readable() ? f.tokens().size() : 0);
  }

  /** Makes {@code out} a string column of ids into {@code dictionary}; returns the vector to put the ids in. */
  private static WritableColumnVector dictionaryIds(WritableColumnVector out, Utf8Dictionary dictionary, int rows) {
    out.setDictionary(dictionary);
    return out.reserveDictionaryIds(rows);
  }

  private static void putMs(WritableColumnVector out, int row, int time) {
    if (time == Transcript.NO_TIME) {
      out.putNull(row);
    } else {
      out.putLong(row, time);
    }
  }

  private static Layout utterances() {
    Columns c = new Columns();
    c.add("utterance", IntegerType, (f, u) -> u);
    c.add("speaker", StringType, (f, u) -> {
      int speaker = f.attribution().speakerOf(u);
      return speaker == UtteranceSpeakers.NONE ? null : f.speaker(speaker);
    });
    c.add("speakers", DataTypes.createArrayType(StringType, false), (f, u) -> {
      int[] ids = f.attribution().speakers(u);
      Object[] names = new Object[ids.length];
      for (int s = 0; s < ids.length; s++) {
        names[s] = f.speaker(ids[s]);
      }
      return new GenericArrayData(names);
    });
    c.add("start_ms", LongType, (f, u) -> ms(f.utterances().startMs(u)));
    c.add("end_ms", LongType, (f, u) -> ms(f.utterances().endMs(u)));
    c.add("duration_ms", LongType, (f, u) -> {
      Utterances utterances = f.utterances();
      return utterances.startMs(u) == Transcript.NO_TIME || utterances.endMs(u) == Transcript.NO_TIME
          ? null : (Object) (long) utterances.durationMs(u);
    });
    c.add("confidence", DoubleType, (f, u) -> fraction(f.utterances().confidence(u)));
    c.add("text", StringType, (f, u) -> UTF8String.fromString(f.utterances().text(u)));
    return c.layout(f -> f.readable() ? f.utterances().size() : 0);
  }

  private static Layout turns() {
    Columns c = new Columns();
    c.add("turn", IntegerType, (f, t) -> t);
    c.add("speaker", StringType, (f, t) -> f.speaker(f.turns().speakerId(t)));
    c.add("start_ms", LongType, (f, t) -> ms(f.turns().startMs(t)));
    c.add("end_ms", LongType, (f, t) -> ms(f.turns().endMs(t)));
    c.add("duration_ms", LongType, (f, t) -> {
      Turns turns = f.turns();
      return turns.isTimed(t) ? (Object) turns.durationMs(t) : null;
    });
    c.add("words", LongType, (f, t) -> (long) f.turns().words(t));
    c.add("text", StringType, (f, t) -> UTF8String.fromString(f.turns().text(t)));
    c.add("utterance", IntegerType, (f, t) -> f.turns().utterance(t));
    return c.layout(f -> f.readable() ? f.turns().size() : 0);
  }

  private static Layout speakers() {
    Columns c = new Columns();
    for (String name : StatsTables.SPEAKER_COLUMNS) {
      Figure<SpeakerStats> figure = figure(SPEAKER_FIGURES, name, "SPEAKER_COLUMNS");
      c.add(name, figure.type(), (f, s) -> figure.value().apply(f.stats().speakers().get(s)));
    }
    return c.layout(f -> f.completed() ? f.stats().speakers().size() : 0);
  }

  private static Layout totals() {
    Columns c = new Columns();
    for (String name : StatsTables.TOTAL_COLUMNS) {
      Figure<TotalStats> figure = figure(TOTAL_FIGURES, name, "TOTAL_COLUMNS");
      c.add(name, figure.type(), (f, row) -> figure.value().apply(f.stats().total()));
    }
    return c.layout(f -> f.completed() ? 1 : 0);
  }

  /** How a figure column is read: its Spark type and its value (null for an empty statistic). */
  private record Figure<T>(DataType type, Function<T, Object> value) {}

  private static Map<String, Figure<SpeakerStats>> speakerFigures() {
    Map<String, Figure<SpeakerStats>> figures = new LinkedHashMap<>();
    figures.put("speaker", new Figure<>(StringType, s -> UTF8String.fromString(s.speaker())));
    figures.put("talk_ms", new Figure<>(LongType, SpeakerStats::talkMs));
    figures.put("share", new Figure<>(DoubleType, SpeakerStats::share));
    figures.put("turns", new Figure<>(LongType, SpeakerStats::turns));
    figures.put("mean_turn_ms", new Figure<>(DoubleType, s -> value(s.meanTurnMs())));
    figures.put("words", new Figure<>(LongType, SpeakerStats::words));
    figures.put("chars", new Figure<>(LongType, SpeakerStats::chars));
    figures.put("chars_per_min", new Figure<>(DoubleType, SpeakerStats::charsPerMin));
    figures.put("fillers", new Figure<>(LongType, SpeakerStats::fillers));
    confidenceFigures(figures, "conf_", "low_conf_share", SpeakerStats::confidence);
    figures.put("longest_turn_ms", new Figure<>(LongType, s -> value(s.conversation().longestTurnMs())));
    figures.put("words_per_min", new Figure<>(DoubleType, s -> s.conversation().wordsPerMin()));
    figures.put("responses", new Figure<>(LongType, s -> s.conversation().responses()));
    figures.put("response_gap_mean", new Figure<>(DoubleType, s -> value(s.conversation().responseGapMean())));
    figures.put("response_gap_p50", new Figure<>(LongType, s -> value(s.conversation().responseGapP50())));
    figures.put("interruptions", new Figure<>(LongType, s -> s.conversation().interruptions()));
    figures.put("interrupted", new Figure<>(LongType, s -> s.conversation().interrupted()));
    return figures;
  }

  private static Map<String, Figure<TotalStats>> totalFigures() {
    Map<String, Figure<TotalStats>> figures = new LinkedHashMap<>();
    figures.put("talk_ms", new Figure<>(LongType, TotalStats::talkMs));
    figures.put("speech_ms", new Figure<>(LongType, TotalStats::speechMs));
    figures.put("overlap_ms", new Figure<>(LongType, TotalStats::overlapMs));
    figures.put("utterances", new Figure<>(LongType, TotalStats::utterances));
    figures.put("billable_ms", new Figure<>(LongType, TotalStats::billableMs));
    figures.put("span_ms", new Figure<>(LongType, TotalStats::spanMs));
    figures.put("turns", new Figure<>(LongType, TotalStats::turns));
    figures.put("mean_turn_ms", new Figure<>(DoubleType, t -> value(t.meanTurnMs())));
    figures.put("words", new Figure<>(LongType, TotalStats::words));
    figures.put("chars", new Figure<>(LongType, TotalStats::chars));
    figures.put("chars_per_min", new Figure<>(DoubleType, TotalStats::charsPerMin));
    figures.put("fillers", new Figure<>(LongType, TotalStats::fillers));
    confidenceFigures(figures, "conf_", "low_conf_share", TotalStats::confidence);
    confidenceFigures(figures, "utterance_conf_", "utterance_low_conf_share", TotalStats::utteranceConfidence);
    figures.put("billable_rounded_ms", new Figure<>(LongType, t -> value(t.billableRoundedMs())));
    figures.put("cost", new Figure<>(DoubleType, t -> t.cost().map(cost -> (Object) cost.doubleValue()).orElse(null)));
    figures.put("longest_turn_ms", new Figure<>(LongType, t -> value(t.conversation().longestTurnMs())));
    figures.put("words_per_min", new Figure<>(DoubleType, t -> t.conversation().wordsPerMin()));
    figures.put("response_gap_mean", new Figure<>(DoubleType, t -> value(t.conversation().responseGapMean())));
    figures.put("response_gap_p50", new Figure<>(LongType, t -> value(t.conversation().responseGapP50())));
    figures.put("switches", new Figure<>(LongType, t -> t.conversation().switches()));
    figures.put("switches_per_min", new Figure<>(DoubleType, t -> t.conversation().switchesPerMin()));
    figures.put("interruptions", new Figure<>(LongType, t -> t.conversation().interruptions()));
    figures.put("interruption_ms", new Figure<>(LongType, t -> t.conversation().interruptionMs()));
    figures.put("silences", new Figure<>(LongType, t -> t.conversation().silences()));
    figures.put("silence_ms", new Figure<>(LongType, t -> t.conversation().silenceMs()));
    figures.put("longest_silence_ms", new Figure<>(LongType, t -> value(t.conversation().longestSilenceMs())));
    figures.put("non_talk_ms", new Figure<>(LongType, t -> t.conversation().nonTalkMs()));
    return figures;
  }

  private static <T> void confidenceFigures(Map<String, Figure<T>> figures, String prefix, String lowShare,
      Function<T, ConfidenceStats> of) {
    figures.put(prefix + "n", new Figure<>(LongType, t -> of.apply(t).n()));
    figures.put(prefix + "mean", new Figure<>(DoubleType, t -> value(of.apply(t).mean())));
    figures.put(prefix + "min", new Figure<>(DoubleType, t -> value(of.apply(t).min())));
    figures.put(prefix + "max", new Figure<>(DoubleType, t -> value(of.apply(t).max())));
    figures.put(prefix + "p10", new Figure<>(DoubleType, t -> value(of.apply(t).p10())));
    figures.put(prefix + "p50", new Figure<>(DoubleType, t -> value(of.apply(t).p50())));
    figures.put(prefix + "p90", new Figure<>(DoubleType, t -> value(of.apply(t).p90())));
    figures.put(lowShare, new Figure<>(DoubleType, t -> value(of.apply(t).lowShare())));
  }

  private static <T> Figure<T> figure(Map<String, Figure<T>> figures, String name, String list) {
    Figure<T> figure = figures.get(name);
    if (figure == null) {
      throw new IllegalStateException("StatsTables." + list + " has '" + name
          + "' but the spark module does not read it: add it to Layout");
    }
    return figure;
  }

  private static Object value(OptionalDouble value) {
    return value.isPresent() ? (Object) value.getAsDouble() : null;
  }

  private static Object value(OptionalLong value) {
    return value.isPresent() ? (Object) value.getAsLong() : null;
  }

  private static Layout sentiment() {
    Columns c = new Columns();
    c.add("segment", IntegerType, (f, s) -> s);
    c.add("start_ms", LongType, (f, s) -> ms(f.sentiment().startMs(s)));
    c.add("end_ms", LongType, (f, s) -> ms(f.sentiment().endMs(s)));
    c.add("speaker", StringType, (f, s) -> UTF8String.fromString(f.stats().sentimentSpeaker(s)));
    for (int p = 0; p < SENTIMENT_PARAMETERS.size(); p++) {
      int vendorIndex = p;
      c.add(SENTIMENT_PARAMETERS.get(p), DoubleType, (f, s) -> {
        int index = f.sentimentColumns(SENTIMENT_PARAMETERS)[vendorIndex];
        return index < 0 ? null : fraction(f.sentiment().value(s, index));
      });
    }
    c.add("other_parameters", DataTypes.createMapType(StringType, DoubleType, false), Layout::otherParameters);
    return c.layout(f -> f.readable() ? f.sentiment().size() : 0);
  }

  /** Numeric fields of a segment outside the vendor's list, present in this segment; null when none. */
  private static Object otherParameters(FileData f, int segment) {
    Sentiment sentiment = f.sentiment();
    List<Object> keys = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (int p = 0; p < sentiment.parameters().size(); p++) {
      String name = sentiment.parameters().get(p);
      double value = sentiment.value(segment, p);
      if (!SENTIMENT_PARAMETERS.contains(name) && !Double.isNaN(value)) {
        keys.add(UTF8String.fromString(name));
        values.add(value);
      }
    }
    return keys.isEmpty() ? null
        : new ArrayBasedMapData(new GenericArrayData(keys.toArray()), new GenericArrayData(values.toArray()));
  }

  /** Silences and interruptions of a completed result, ordered by start (docs/figures.md#events). */
  private static Layout events() {
    Columns c = new Columns();
    c.add("type", StringType, (f, e) -> UTF8String.fromString(f.stats().events().type(e).id()));
    c.add("start_ms", LongType, (f, e) -> (long) f.stats().events().startMs(e));
    c.add("end_ms", LongType, (f, e) -> (long) f.stats().events().endMs(e));
    c.add("speaker", StringType, (f, e) -> utf8(f.stats().events().speaker(e)));
    c.add("interrupted", StringType, (f, e) -> utf8(f.stats().events().interrupted(e)));
    return c.layout(f -> f.completed() ? f.stats().events().size() : 0);
  }

  private static Layout files() {
    Columns c = new Columns();
    c.add("status", StringType, (f, r) -> UTF8String.fromString(status(f)));
    c.add("code", StringType, (f, r) -> {
      if (!f.readable()) {
        return null;
      }
      JobInfo job = f.transcript().job();
      return utf8(job.code() != null ? job.code() : job.aminethCode());
    });
    c.add("message", StringType, (f, r) -> {
      if (!f.readable()) {
        return null;
      }
      JobInfo job = f.transcript().job();
      return utf8(job.message() != null && !job.message().isEmpty() ? job.message() : job.errorMessage());
    });
    c.add("error", StringType, (f, r) -> utf8(f.error()));
    c.add("size", LongType, (f, r) -> f.size());
    c.add("duration_ms", LongType, (f, r) -> f.readable() ? duration(f.utterances()) : null);
    c.add("tokens", LongType, (f, r) -> f.readable() ? (Object) (long) f.tokens().size() : null);
    return c.layout(f -> 1);
  }

  /**
   * {@code completed}, the body's own job status ({@code queued}, {@code started}, {@code processing},
   * {@code error}), {@code failed} for a failure body, {@code created} for a job-creation answer, or
   * {@code unreadable}.
   */
  private static String status(FileData f) {
    if (!f.readable()) {
      return "unreadable";
    }
    Transcript transcript = f.transcript();
    JobInfo job = transcript.job();
    if (job.status() != null) {
      return job.status();
    }
    if (transcript.shape() == ResultShape.JOB_CREATED) {
      return "created";
    }
    return job.failed() ? "failed" : "completed";
  }

  /** The latest utterance end: how far into the audio the result reaches; null without any. */
  private static Object duration(Utterances utterances) {
    long latest = Long.MIN_VALUE;
    for (int u = 0; u < utterances.size(); u++) {
      if (utterances.endMs(u) != Transcript.NO_TIME) {
        latest = Math.max(latest, utterances.endMs(u));
      }
    }
    return latest == Long.MIN_VALUE ? null : (Object) latest;
  }

  private static Object ms(int time) {
    return time == Transcript.NO_TIME ? null : (Object) (long) time;
  }

  private static Object fraction(double value) {
    return Double.isNaN(value) ? null : (Object) value;
  }

  private static UTF8String utf8(String value) {
    return value == null ? null : UTF8String.fromString(value);
  }

  /** Collects a table's columns after the leading {@code file}. */
  private static final class Columns {
    private final List<ColumnDef> columns = new ArrayList<>();

    Columns() {
      columns.add(new ColumnDef("file", StringType, (f, row) -> f.file(),
          (f, from, rows, out) -> dictionaryIds(out, f.fileDictionary(), rows).putInts(0, rows, 0)));
    }

    void add(String name, DataType type, ColumnDef.Cell cell) {
      columns.add(new ColumnDef(name, type, cell, null));
    }

    void fill(String name, DataType type, ColumnDef.Fill fill) {
      columns.add(new ColumnDef(name, type, null, fill));
    }

    Layout layout(ToIntFunction<FileData> rowCount) {
      return new Layout(columns, rowCount);
    }
  }
}
