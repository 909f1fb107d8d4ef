package io.github.amivoicetoolkit.exporters;

import io.github.amivoicetoolkit.analytics.ConversationEvents;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.JobInfo;
import io.github.amivoicetoolkit.core.Sentiment;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.Utterances;
import io.github.amivoicetoolkit.core.internal.TextJoin;
import io.github.amivoicetoolkit.exporters.table.ExportTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The rows every export must contain, computed straight from the model and independently of the
 * exporters' sources: {@code Long}, {@code Double}, {@code Boolean}, {@code String}, {@link Time} or null
 * (absent) cells. Talk time is counted millisecond by millisecond with bit sets.
 */
public final class Expected {
  /** A formatted-time cell. */
  public record Time(long ms) {}

  private Expected() {}

  public static List<List<Object>> rows(ExportTable table, Transcript transcript, Table speakers, Table totals) {
    switch (table) {
      case TOKENS:
        return tokens(transcript);
      case UTTERANCES:
        return utterances(transcript);
      case TURNS:
        return turns(transcript);
      case EVENTS:
        return events(transcript);
      case SENTIMENT:
        return sentiment(transcript);
      case SPEAKERS:
        return table(speakers);
      case SUMMARY:
        return summary(transcript, totals);
      default:
        throw new AssertionError(table);
    }
  }

  public static List<List<Object>> tokens(Transcript transcript) {
    Tokens tokens = transcript.tokens();
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      int u = tokens.utterance(i);
      rows.add(Arrays.asList((long) u, (long) (i - transcript.utterances().firstToken(u)),
          shown(tokens.speaker(i)), ms(tokens.startMs(i)), ms(tokens.endMs(i)),
          time(tokens.startMs(i)), time(tokens.endMs(i)), tokens.written(i), tokens.spoken(i),
          decimal(tokens.confidence(i)), tokens.kind(i) == TokenKind.PUNCTUATION, tokens.kind(i) == TokenKind.FILLER));
    }
    return rows;
  }

  public static List<List<Object>> utterances(Transcript transcript) {
    Utterances utterances = transcript.utterances();
    List<List<Object>> rows = new ArrayList<>();
    for (int u = 0; u < utterances.size(); u++) {
      int start = utterances.startMs(u);
      int end = utterances.endMs(u);
      Long duration = start == Transcript.NO_TIME || end == Transcript.NO_TIME ? null : (long) Math.max(0, end - start);
      String speaker = utteranceSpeaker(transcript, u);
      rows.add(Arrays.asList((long) u, speaker == null ? null : shown(speaker), utteranceSpeakers(transcript, u),
          ms(start), ms(end),
          time(start), time(end), duration, decimal(utterances.confidence(u)), blankToNull(utterances.text(u))));
    }
    return rows;
  }

  public static List<List<Object>> sentiment(Transcript transcript) {
    Sentiment sentiment = transcript.sentiment();
    List<List<Object>> rows = new ArrayList<>();
    for (int s = 0; s < sentiment.size(); s++) {
      List<Object> row = new ArrayList<>(Arrays.asList((long) s, ms(sentiment.startMs(s)), ms(sentiment.endMs(s)),
          time(sentiment.startMs(s)), time(sentiment.endMs(s)),
          shown(segmentSpeaker(transcript, s))));
      for (int p = 0; p < sentiment.parameters().size(); p++) {
        row.add(decimal(sentiment.value(s, p)));
      }
      rows.add(row);
    }
    return rows;
  }

  public static List<List<Object>> table(Table table) {
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      List<Object> row = new ArrayList<>();
      for (Column<?> column : table.columns()) {
        row.add(cell(column, r));
      }
      rows.add(row);
    }
    return rows;
  }

  public static List<List<Object>> summary(Transcript transcript, Table totals) {
    JobInfo job = transcript.job();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(pair("source", transcript.source()));
    rows.add(pair("shape", transcript.shape().name()));
    rows.add(pair("status", job.status()));
    rows.add(pair("session_id", job.sessionId()));
    rows.add(pair("service_id", job.serviceId()));
    rows.add(pair("content_id", job.contentId()));
    rows.add(pair("audio_size", job.audioSize() < 0 ? null : job.audioSize()));
    rows.add(pair("audio_md5", job.audioMd5()));
    rows.add(pair("utterance_id", job.utteranceId()));
    rows.add(pair("code", blankToNull(job.code())));
    rows.add(pair("message", blankToNull(job.message())));
    rows.add(pair("error_message", job.errorMessage()));
    if (totals != null) {
      for (Column<?> column : totals.columns()) {
        rows.add(pair(column.name(), cell(column, 0)));
      }
    }
    return rows;
  }

  private static List<Object> pair(String field, Object value) {
    return Arrays.asList(field, value);
  }

  private static Object cell(Column<?> column, int row) {
    if (column.isMissing(row)) {
      return null;
    }
    if (column instanceof LongColumn) {
      return ((LongColumn) column).getLong(row);
    }
    if (column instanceof IntColumn) {
      return (long) ((IntColumn) column).getInt(row);
    }
    if (column instanceof DoubleColumn) {
      return decimal(((DoubleColumn) column).getDouble(row));
    }
    if (column instanceof BooleanColumn) {
      return ((BooleanColumn) column).get(row);
    }
    return blankToNull(column.getString(row));
  }

  /** Brute force: the speaker with most timed word/filler milliseconds in the utterance, first-in-utterance on ties. */
  public static String utteranceSpeaker(Transcript transcript, int u) {
    Tokens tokens = transcript.tokens();
    int first = transcript.utterances().firstToken(u);
    int end = transcript.utterances().endToken(u);
    List<Integer> order = new ArrayList<>();
    List<BitSet> talk = new ArrayList<>();
    for (int i = first; i < end; i++) {
      if (tokens.isTimed(i) && tokens.kind(i) != TokenKind.PUNCTUATION) {
        int speaker = tokens.speakerId(i);
        if (!order.contains(speaker)) {
          order.add(speaker);
          talk.add(new BitSet());
        }
        talk.get(order.indexOf(speaker)).set(tokens.startMs(i), tokens.endMs(i));
      }
    }
    int best = -1;
    for (int k = 0; k < order.size(); k++) {
      if (best < 0 || talk.get(k).cardinality() > talk.get(best).cardinality()) {
        best = k;
      }
    }
    if (best >= 0) {
      return transcript.speakers().get(order.get(best));
    }
    for (int i = first; i < end; i++) {
      if (tokens.kind(i) == TokenKind.WORD) {
        return tokens.speaker(i);
      }
    }
    return null;
  }

  /** Every speaker with a word or filler in the utterance, in order of appearance, shown and joined; null for none. */
  public static String utteranceSpeakers(Transcript transcript, int u) {
    Tokens tokens = transcript.tokens();
    LinkedHashSet<String> speakers = new LinkedHashSet<>();
    for (int i = transcript.utterances().firstToken(u); i < transcript.utterances().endToken(u); i++) {
      if (tokens.kind(i) != TokenKind.PUNCTUATION) {
        speakers.add(shown(tokens.speaker(i)));
      }
    }
    return speakers.isEmpty() ? null : String.join(", ", speakers);
  }

  /**
   * Turns by brute force: runs of word/filler tokens of one speaker; text of the tokens from a turn's first
   * word or filler up to the next turn's (the first turn from token 0), joined with {@link TextJoin}.
   */
  /** The analytics' silences and interruptions (with default thresholds), one row each. */
  public static List<List<Object>> events(Transcript transcript) {
    ConversationEvents events = TranscriptStats.of(transcript).events();
    List<List<Object>> rows = new ArrayList<>();
    for (int e = 0; e < events.size(); e++) {
      rows.add(Arrays.asList((long) e, events.type(e).id(), (long) events.startMs(e), (long) events.endMs(e),
          new Time(events.startMs(e)), new Time(events.endMs(e)), (long) events.endMs(e) - events.startMs(e),
          events.speaker(e) == null ? null : shown(events.speaker(e)),
          events.interrupted(e) == null ? null : shown(events.interrupted(e))));
    }
    return rows;
  }

  /**
   * {@link #table} as the XLSX Speakers sheet shows it: a time-formatted cell after every numeric
   * {@code *_ms} column (its value rounded to the millisecond; blank when missing).
   */
  public static List<List<Object>> sheetTable(Table table) {
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      List<Object> row = new ArrayList<>();
      for (Column<?> column : table.columns()) {
        Object cell = cell(column, r);
        row.add(cell);
        if (column.name().endsWith("_ms") && column instanceof tech.tablesaw.api.NumberColumn<?, ?>) {
          row.add(cell == null ? null : new Time(Math.round(((Number) cell).doubleValue())));
        }
      }
      rows.add(row);
    }
    return rows;
  }

  public static List<List<Object>> turns(Transcript transcript) {
    Tokens tokens = transcript.tokens();
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.kind(i) != TokenKind.PUNCTUATION
          && (starts.isEmpty() || tokens.speakerId(i) != tokens.speakerId(starts.get(starts.size() - 1)))) {
        starts.add(i);
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (int t = 0; t < starts.size(); t++) {
      int from = t == 0 ? 0 : starts.get(t);
      int to = t + 1 < starts.size() ? starts.get(t + 1) : tokens.size();
      Integer start = null;
      Integer end = null;
      long words = 0;
      StringBuilder text = new StringBuilder();
      for (int i = from; i < to; i++) {
        String written = tokens.written(i);
        TextJoin.append(text, written,
            tokens.kind(i) == TokenKind.FILLER ? written.substring(1, written.length() - 1) : written);
        if (tokens.kind(i) == TokenKind.PUNCTUATION) {
          continue;
        }
        words += tokens.kind(i) == TokenKind.WORD ? 1 : 0;
        if (tokens.isTimed(i)) {
          start = start == null ? tokens.startMs(i) : start;
          end = tokens.endMs(i);
        }
      }
      rows.add(Arrays.asList((long) t, shown(tokens.speaker(starts.get(t))),
          start == null ? null : (long) start, end == null ? null : (long) end,
          start == null ? null : new Time(start), end == null ? null : new Time(end),
          start == null ? null : (long) end - start, words, blankToNull(text.toString()),
          (long) tokens.utterance(starts.get(t))));
    }
    return rows;
  }

  private static String shown(String speaker) {
    return SpeakerNames.display(speaker);
  }

  /** Brute force: the speaker whose timed word/filler milliseconds overlap the segment most, lowest id on ties. */
  public static String segmentSpeaker(Transcript transcript, int s) {
    Tokens tokens = transcript.tokens();
    int start = transcript.sentiment().startMs(s);
    int end = transcript.sentiment().endMs(s);
    int best = -1;
    int bestOverlap = 0;
    for (int speaker = 0; speaker < transcript.speakers().size(); speaker++) {
      BitSet talk = new BitSet();
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.speakerId(i) == speaker && tokens.isTimed(i) && tokens.kind(i) != TokenKind.PUNCTUATION) {
          talk.set(tokens.startMs(i), tokens.endMs(i));
        }
      }
      int overlap = talk.get(start, end).cardinality();
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = speaker;
      }
    }
    return best < 0 ? "" : transcript.speakers().get(best);
  }

  private static Long ms(int ms) {
    return ms == Transcript.NO_TIME ? null : (long) ms;
  }

  private static Time time(int ms) {
    return ms == Transcript.NO_TIME ? null : new Time(ms);
  }

  private static Double decimal(double value) {
    return Double.isFinite(value) ? value : null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
