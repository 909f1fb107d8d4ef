package io.github.amivoicetoolkit.analytics;

import io.github.amivoicetoolkit.core.SpeakerNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The Tablesaw shape of the figures: column names are the spec's JSON keys; integers are {@link
 * LongColumn}s, fractions {@link DoubleColumn}s, names {@link StringColumn}s. A statistic over an empty
 * set is a missing value (what Tablesaw's {@code isMissing} reports), never a number.
 *
 * <p>The same rows without Tablesaw: {@link #speakerRow} and {@link #totalRow}, for writers that need only
 * the values (Tablesaw's {@code Table} scans the whole class path when its class is first used).
 */
public final class StatsTables {
  /** Columns of a speakers table, in order (a batch's starts with {@code file}). */
  public static final List<String> SPEAKER_COLUMNS = List.of("speaker", "talk_ms", "share", "turns",
      "mean_turn_ms", "words", "chars", "chars_per_min", "fillers", "conf_n", "conf_mean", "conf_min",
      "conf_max", "conf_p10", "conf_p50", "conf_p90", "low_conf_share", "longest_turn_ms", "words_per_min",
      "responses", "response_gap_mean", "response_gap_p50", "interruptions", "interrupted");

  /**
   * Columns of a total table, in order (a batch's per-file table starts with {@code file}): the keys of
   * the JSON {@code total} object, then {@code mean_turn_ms}, the rest of the utterance confidence
   * statistics, {@code billable_rounded_ms} and {@code cost} (missing when not configured), then the
   * conversation figures in the order of the JSON {@code total}.
   */
  public static final List<String> TOTAL_COLUMNS = List.of("talk_ms", "speech_ms", "overlap_ms", "utterances",
      "billable_ms", "span_ms", "turns", "words", "chars", "chars_per_min", "fillers", "conf_n", "conf_mean",
      "conf_min", "conf_max", "conf_p10", "conf_p50", "conf_p90", "low_conf_share", "utterance_conf_mean",
      "utterance_conf_min", "utterance_conf_max", "mean_turn_ms", "utterance_conf_n", "utterance_conf_p10",
      "utterance_conf_p50", "utterance_conf_p90", "utterance_low_conf_share", "billable_rounded_ms", "cost",
      "longest_turn_ms", "words_per_min", "response_gap_mean", "response_gap_p50", "switches", "switches_per_min",
      "interruptions", "interruption_ms", "silences", "silence_ms", "longest_silence_ms", "non_talk_ms");

  /**
   * Columns of a batch summary ({@link BatchStats#summaryTable()}): {@code level} ({@code speaker}, {@code
   * file} or {@code pooled}), {@code file}, {@code speaker}, then every speaker column and every total
   * column not already among them; a row leaves empty the columns its level does not have.
   */
  public static final List<String> SUMMARY_COLUMNS = summaryColumns();

  private StatsTables() {}

  private static List<String> summaryColumns() {
    List<String> columns = new ArrayList<>(List.of("level", "file"));
    columns.addAll(SPEAKER_COLUMNS);
    for (String column : TOTAL_COLUMNS) {
      if (!columns.contains(column)) {
        columns.add(column);
      }
    }
    return List.copyOf(columns);
  }

  static Table summaryTable(String name) {
    List<Column<?>> columns = new ArrayList<>();
    for (String column : SUMMARY_COLUMNS) {
      columns.add(column.equals("level") || column.equals("file") || column.equals("speaker")
          ? StringColumn.create(column) : isInteger(column) ? LongColumn.create(column) : DoubleColumn.create(column));
    }
    return Table.create(name, columns);
  }

  /** Where each summary column after {@code level} and {@code file} is among the speaker columns, or -1. */
  private static final int[] SPEAKER_CELL_OF_SUMMARY = cellOfSummary(SPEAKER_COLUMNS);
  /** Where each summary column after {@code level} and {@code file} is among the total columns, or -1. */
  private static final int[] TOTAL_CELL_OF_SUMMARY = cellOfSummary(TOTAL_COLUMNS);

  private static int[] cellOfSummary(List<String> names) {
    List<String> summary = SUMMARY_COLUMNS.subList(2, SUMMARY_COLUMNS.size());
    int[] cellOf = new int[summary.size()];
    for (int c = 0; c < cellOf.length; c++) {
      cellOf[c] = names.indexOf(summary.get(c));
    }
    return cellOf;
  }

  /** A summary row of one speaker of {@code file}, as {@link #summaryRow} makes it. */
  static List<Object> summarySpeakerRow(String file, SpeakerStats s) {
    return summaryRow("speaker", file, SPEAKER_CELL_OF_SUMMARY, speakerRow(s));
  }

  /** A summary row of one file's total ({@code level} {@code file}), or the pooled total when file is null. */
  static List<Object> summaryTotalRow(String file, TotalStats t) {
    return summaryRow(file == null ? "pooled" : "file", file, TOTAL_CELL_OF_SUMMARY, totalRow(t));
  }

  /** The cells of {@link #SUMMARY_COLUMNS} for a row of {@code level}: {@code null} where it has no value. */
  private static List<Object> summaryRow(String level, String file, int[] cellOf, List<Object> cells) {
    List<Object> row = new ArrayList<>(SUMMARY_COLUMNS.size());
    row.add(level);
    row.add(file);
    for (int at : cellOf) {
      row.add(at < 0 ? null : cells.get(at));
    }
    return row;
  }

  static Table speakersTable(String name, boolean withFile) {
    List<Column<?>> columns = new ArrayList<>();
    if (withFile) {
      columns.add(StringColumn.create("file"));
    }
    columns.add(StringColumn.create("speaker"));
    for (String column : SPEAKER_COLUMNS.subList(1, SPEAKER_COLUMNS.size())) {
      columns.add(isInteger(column) ? LongColumn.create(column) : DoubleColumn.create(column));
    }
    return Table.create(name, columns);
  }

  static void appendSpeaker(Table table, String file, SpeakerStats s) {
    List<Object> row = new ArrayList<>(SPEAKER_COLUMNS.size() + 1);
    if (file != null) {
      row.add(file);
    }
    row.addAll(speakerRow(s));
    append(table, row);
  }

  /**
   * One speaker's row of a speakers table, without the table: the values of {@link #SPEAKER_COLUMNS} in
   * order, a {@code String} for {@code speaker}, a {@code Long} for each integer column and a {@code Double}
   * for each fraction, {@code null} where the table holds a missing value.
   */
  public static List<Object> speakerRow(SpeakerStats speaker) {
    return asCells(speakerValues(speaker));
  }

  /**
   * The row of a total table, without the table: the values of {@link #TOTAL_COLUMNS} in order, a {@code
   * Long} for each integer column and a {@code Double} for each fraction, {@code null} where the table holds
   * a missing value.
   */
  public static List<Object> totalRow(TotalStats total) {
    return asCells(totalValues(total));
  }

  /**
   * {@code values} with the optionals unwrapped and every value Tablesaw stores as missing ({@code ""}, {@code
   * Long.MIN_VALUE}, {@code NaN}) as {@code null}: what a table built from them holds, cell by cell.
   */
  private static List<Object> asCells(List<Object> values) {
    List<Object> cells = new ArrayList<>(values.size());
    for (Object value : values) {
      if (value instanceof OptionalLong optional) {
        value = optional.isPresent() ? (Object) optional.getAsLong() : null;
      } else if (value instanceof OptionalDouble optional) {
        value = optional.isPresent() ? (Object) optional.getAsDouble() : null;
      }
      boolean missing = value instanceof String text && text.isEmpty()
          || value instanceof Long number && number == Long.MIN_VALUE
          || value instanceof Double number && number.isNaN();
      cells.add(missing ? null : value);
    }
    return cells;
  }

  /** The values of {@link #SPEAKER_COLUMNS}, in order. */
  private static List<Object> speakerValues(SpeakerStats s) {
    List<Object> row = new ArrayList<>(SPEAKER_COLUMNS.size());
    row.add(SpeakerNames.display(s.speaker()));
    row.add(s.talkMs());
    row.add(s.share());
    row.add(s.turns());
    row.add(s.meanTurnMs());
    row.add(s.words());
    row.add(s.chars());
    row.add(s.charsPerMin());
    row.add(s.fillers());
    addConfidence(row, s.confidence());
    SpeakerConversation c = s.conversation();
    row.add(c.longestTurnMs());
    row.add(c.wordsPerMin());
    row.add(c.responses());
    row.add(c.responseGapMean());
    row.add(c.responseGapP50());
    row.add(c.interruptions());
    row.add(c.interrupted());
    return row;
  }

  static Table totalTable(String name, boolean withFile) {
    List<Column<?>> columns = new ArrayList<>();
    if (withFile) {
      columns.add(StringColumn.create("file"));
    }
    for (String column : TOTAL_COLUMNS) {
      columns.add(isInteger(column) ? LongColumn.create(column) : DoubleColumn.create(column));
    }
    return Table.create(name, columns);
  }

  static void appendTotal(Table table, String file, TotalStats t) {
    List<Object> row = new ArrayList<>(TOTAL_COLUMNS.size() + 1);
    if (file != null) {
      row.add(file);
    }
    row.addAll(totalRow(t));
    append(table, row);
  }

  /** The values of {@link #TOTAL_COLUMNS}, in order. */
  private static List<Object> totalValues(TotalStats t) {
    List<Object> row = new ArrayList<>(TOTAL_COLUMNS.size());
    row.add(t.talkMs());
    row.add(t.speechMs());
    row.add(t.overlapMs());
    row.add(t.utterances());
    row.add(t.billableMs());
    row.add(t.spanMs());
    row.add(t.turns());
    row.add(t.words());
    row.add(t.chars());
    row.add(t.charsPerMin());
    row.add(t.fillers());
    addConfidence(row, t.confidence());
    ConfidenceStats u = t.utteranceConfidence();
    row.add(u.mean());
    row.add(u.min());
    row.add(u.max());
    row.add(t.meanTurnMs());
    row.add(u.n());
    row.add(u.p10());
    row.add(u.p50());
    row.add(u.p90());
    row.add(u.lowShare());
    row.add(t.billableRoundedMs());
    row.add(t.cost().map(BigDecimal::doubleValue).orElse(null));
    TotalConversation c = t.conversation();
    row.add(c.longestTurnMs());
    row.add(c.wordsPerMin());
    row.add(c.responseGapMean());
    row.add(c.responseGapP50());
    row.add(c.switches());
    row.add(c.switchesPerMin());
    row.add(c.interruptions());
    row.add(c.interruptionMs());
    row.add(c.silences());
    row.add(c.silenceMs());
    row.add(c.longestSilenceMs());
    row.add(c.nonTalkMs());
    return row;
  }

  static Table sentimentTable(String name, boolean withFile, List<String> parameters) {
    List<Column<?>> columns = new ArrayList<>();
    if (withFile) {
      columns.add(StringColumn.create("file"));
    }
    columns.add(StringColumn.create("speaker"));
    columns.add(LongColumn.create("segments"));
    Set<String> taken = new HashSet<>();
    for (Column<?> column : columns) {
      taken.add(tablesawKey(column.name()));
    }
    for (String parameter : parameters) {
      // Tablesaw compares column names trimmed and without case: a parameter named like an earlier one but
      // for case or surrounding spaces (energy, Energy, " energy") gets a numbered column name instead of
      // failing the whole table
      String unique = parameter;
      for (int k = 2; !taken.add(tablesawKey(unique)); k++) {
        unique = parameter + " (" + k + ")";
      }
      columns.add(DoubleColumn.create(unique));
    }
    return Table.create(name, columns);
  }

  /** A column name as Tablesaw compares it when it checks for duplicates. */
  private static String tablesawKey(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  /** Appends a row; the parameter columns are {@code parameters}, in order, as {@link #sentimentTable} made them. */
  static void appendSentiment(Table table, List<String> parameters, String file, SentimentStats s) {
    int first = 0;
    if (file != null) {
      table.stringColumn(first++).append(file);
    }
    table.stringColumn(first++).append(s.speaker() == null ? "" : SpeakerNames.display(s.speaker()));
    table.longColumn(first++).append(s.segments());
    for (int c = first; c < table.columnCount(); c++) {
      OptionalDouble mean = s.mean(parameters.get(c - first));
      DoubleColumn column = table.doubleColumn(c);
      if (mean.isPresent()) {
        column.append(mean.getAsDouble());
      } else {
        column.appendMissing();
      }
    }
  }

  private static boolean isInteger(String column) {
    return column.endsWith("_ms") && !column.equals("mean_turn_ms") || column.equals("turns")
        || column.equals("words") || column.equals("chars") || column.equals("fillers") || column.equals("conf_n")
        || column.equals("utterances") || column.equals("utterance_conf_n") || column.equals("responses")
        || column.equals("response_gap_p50") || column.equals("interruptions") || column.equals("interrupted")
        || column.equals("switches") || column.equals("silences");
  }

  private static void addConfidence(List<Object> row, ConfidenceStats c) {
    row.add(c.n());
    row.add(c.mean());
    row.add(c.min());
    row.add(c.max());
    row.add(c.p10());
    row.add(c.p50());
    row.add(c.p90());
    row.add(c.lowShare());
  }

  /** Appends a row of cells as {@link #asCells} makes them: {@code null} is a missing value. */
  static void append(Table table, List<Object> row) {
    for (int c = 0; c < row.size(); c++) {
      Object value = row.get(c);
      Column<?> column = table.column(c);
      if (value == null) {
        column.appendMissing();
      } else if (column instanceof StringColumn strings) {
        strings.append((String) value);
      } else if (column instanceof LongColumn longs) {
        longs.append((long) (Long) value);
      } else {
        ((DoubleColumn) column).append((double) (Double) value);
      }
    }
  }
}
