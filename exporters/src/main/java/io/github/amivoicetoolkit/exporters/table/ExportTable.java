package io.github.amivoicetoolkit.exporters.table;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tables an export can hold, in workbook order. Each is one CSV file
 * ({@code <base>.<id>.csv}) or one sheet of the XLSX workbook.
 *
 * <p>Absent values are empty cells in every table, never {@code -1} or {@code NaN}. Indices are
 * 0-based, as in the {@code Transcript} model and the result file's arrays. Times come twice: as
 * integer milliseconds ({@code start_ms}) and formatted {@code HH:MM:SS.mmm} ({@code start}; hours
 * grow past two digits when needed).
 */
public enum ExportTable {
  /**
   * Job information and totals, as {@code field,value} rows: source, result shape, status, job ids,
   * audio size and MD5, failure code and message, then every column of the analytics summary table
   * when one is given ({@link ExportInput.Builder#summaryTable}). Always available.
   */
  SUMMARY("summary", "Summary"),
  /** The analytics per-speaker table ({@link ExportInput.Builder#speakersTable}), written as given. */
  SPEAKERS("speakers", "Speakers"),
  /**
   * One row per utterance: {@code utterance, speaker, speakers, start_ms, end_ms, start, end,
   * duration_ms, confidence, text}. {@code speaker} is the one the utterance is attributed to
   * ({@link io.github.amivoicetoolkit.analytics.UtteranceSpeakers}: most talk time in it), empty when it
   * has no word; {@code speakers} lists every speaker with a word or filler in it, in order of
   * appearance, joined by {@code ", "}: more than one name marks a mixed-speaker utterance, which the
   * turns table splits.
   */
  UTTERANCES("utterances", "Utterances"),
  /**
   * One row per turn ({@link io.github.amivoicetoolkit.analytics.Turns}: a run of word and filler tokens of
   * one speaker, across utterances): {@code turn, speaker, start_ms, end_ms, start, end, duration_ms,
   * words, text, utterance}; times are the turn's first timed start and last timed end (empty when it has
   * no timed token) and {@code utterance} is the index of the utterance it starts in.
   */
  TURNS("turns", "Turns"),
  /**
   * One row per conversation event ({@link io.github.amivoicetoolkit.analytics.ConversationEvents}: every
   * silence and interruption, by start, silences first at equal starts): {@code event, type, start_ms,
   * end_ms, start, end, duration_ms, speaker, interrupted}; {@code type} is {@code silence} or {@code
   * interruption}, and the two speakers (who interrupted, who was interrupted) are empty for a silence.
   * Thresholds are those of the statistics given to the input ({@link ExportInput.Builder#stats}), else the
   * defaults. Always available, possibly with no rows.
   */
  EVENTS("events", "Events"),
  /**
   * One row per token: {@code utterance, token, speaker, start_ms, end_ms, start, end, written, spoken,
   * confidence, punctuation, filler}; {@code token} is the position inside its utterance, the speaker
   * is the resolved one, and the last two are {@code true}/{@code false} flags.
   */
  TOKENS("tokens", "Tokens"),
  /**
   * One row per sentiment segment (v1 results only): {@code segment, start_ms, end_ms, start, end,
   * speaker}, then one column per parameter in file order. The speaker is the one whose timed word and
   * filler tokens overlap the segment longest (ties: the speaker that appeared first in the transcript;
   * no overlap: the unlabelled speaker), as {@code docs/figures.md#sentiment-by-speaker} defines it.
   */
  SENTIMENT("sentiment", "Sentiment");

  private final String id;
  private final String sheetName;

  ExportTable(String id, String sheetName) {
    this.id = id;
    this.sheetName = sheetName;
  }

  /** The name used in file names and in the CLI's {@code --tables}: {@code tokens}, {@code summary}, … */
  public String id() {
    return id;
  }

  /** The XLSX sheet name: {@code Tokens}, {@code Summary}, … */
  public String sheetName() {
    return sheetName;
  }

  /**
   * The table with this {@link #id()} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static ExportTable parse(String id) {
    Objects.requireNonNull(id, "id");
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (ExportTable table : values()) {
      if (table.id.equals(wanted)) {
        return table;
      }
    }
    throw new IllegalArgumentException("expected a table among " + idList(EnumSet.allOf(ExportTable.class))
        + " but was '" + id + "'");
  }

  /**
   * The tables of a comma-separated list such as {@code tokens,utterances} (the CLI's
   * {@code --tables}); {@code all} means every table. The result is unmodifiable and in workbook order.
   *
   * @throws IllegalArgumentException for an unknown or empty list
   */
  public static Set<ExportTable> parseList(String ids) {
    Objects.requireNonNull(ids, "ids");
    if (ids.trim().equalsIgnoreCase("all")) {
      return all();
    }
    EnumSet<ExportTable> tables = EnumSet.noneOf(ExportTable.class);
    for (String part : ids.split(",")) {
      if (!part.isBlank()) {
        tables.add(parse(part));
      }
    }
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("expected at least one table among "
          + idList(EnumSet.allOf(ExportTable.class)) + " but was '" + ids + "'");
    }
    return Collections.unmodifiableSet(tables);
  }

  /** Every table, in workbook order; unmodifiable. */
  public static Set<ExportTable> all() {
    return Collections.unmodifiableSet(EnumSet.allOf(ExportTable.class));
  }

  static String idList(Set<ExportTable> tables) {
    return tables.stream().map(ExportTable::id).collect(Collectors.joining(", "));
  }
}
