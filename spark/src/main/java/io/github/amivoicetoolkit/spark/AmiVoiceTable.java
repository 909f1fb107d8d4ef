package io.github.amivoicetoolkit.spark;

import io.github.amivoicetoolkit.spark.internal.Layout;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.types.StructType;

/**
 * The tables of the {@code amivoice} data source, chosen with {@code option("table", id)}. Every table
 * starts with {@code file}, the input's path as Hadoop qualifies it ({@code file:/…}, {@code s3a://…}),
 * and has a fixed schema: no inference pass. Column names are the CLI's table columns and the keys of
 * {@code stats --json}; times are {@code long} milliseconds, shares and confidences {@code double},
 * indices {@code int}, counts {@code long}; an absent value is null. The unlabelled speaker, unless
 * named with the {@code speakers} option, is {@code ""} (as in {@code stats --json}), in every table.
 */
public enum AmiVoiceTable {
  /**
   * One row per token: {@code utterance, token, speaker, start_ms, end_ms, written, spoken, confidence,
   * punctuation, filler} ({@code token} is the position inside the utterance). The CSV's formatted
   * {@code start}/{@code end} columns are left out: they repeat {@code start_ms}/{@code end_ms}.
   */
  TOKENS("tokens"),
  /**
   * One row per utterance: {@code utterance, speaker, speakers, start_ms, end_ms, duration_ms, confidence,
   * text}; {@code speaker} is the attributed speaker, {@code speakers} an array of every speaker with a
   * word or filler in it.
   */
  UTTERANCES("utterances"),
  /** One row per turn: {@code turn, speaker, start_ms, end_ms, duration_ms, words, text, utterance}. */
  TURNS("turns"),
  /** One row per (file, speaker) of a completed result: every per-speaker figure of {@code stats --json}. */
  SPEAKERS("speakers"),
  /** One row per completed result: every total figure of {@code stats --json}, plus the tables' extra ones. */
  TOTALS("totals"),
  /**
   * One row per sentiment segment (v1 results): {@code segment, start_ms, end_ms, speaker}, the vendor's 20
   * parameters, and {@code other_parameters}, a map of any other numeric field of the segment.
   */
  SENTIMENT("sentiment"),
  /**
   * One row per conversation event of a completed result, silence or interruption: {@code type, start_ms,
   * end_ms, speaker, interrupted} ({@code speaker} interrupted {@code interrupted}; both null for a silence).
   */
  EVENTS("events"),
  /**
   * One row per input: {@code status, code, message, error, size, duration_ms, tokens}. An unreadable
   * file has status {@code unreadable} and the reader's message (file, JSON path, line, column) in
   * {@code error}.
   */
  FILES("files");

  private final String id;

  AmiVoiceTable(String id) {
    this.id = id;
  }

  /** The value of the {@code table} option: {@code tokens}, {@code speakers}, … */
  public String id() {
    return id;
  }

  /** The table's fixed schema; {@code file} first. */
  public StructType schema() {
    return Layout.of(this).schema();
  }

  /**
   * The table with this {@link #id()}, case-insensitive.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static AmiVoiceTable parse(String id) {
    Objects.requireNonNull(id, "id");
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (AmiVoiceTable table : values()) {
      if (table.id.equals(wanted)) {
        return table;
      }
    }
    throw new IllegalArgumentException("expected table among "
        + Stream.of(values()).map(AmiVoiceTable::id).collect(Collectors.joining(", ")) + " but was '" + id + "'");
  }
}
