package io.github.amivoicetoolkit.exporters.table;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import java.util.Objects;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * What an export is made from: a {@link Transcript} (renamed with {@link Transcript#withSpeakerNames}
 * when speakers are to be shown by name) and the analytics tables when the caller computed them. Immutable (it holds the tables it was given; do not change them while
 * an export runs).
 *
 * <p>The tokens, utterances, turns, events, summary and sentiment tables come from the transcript and show its
 * speakers (events and sentiment attribution through the statistics given, else statistics computed once
 * with default options); the analytics tables are written as given, so compute them from the same transcript. A Tablesaw table is written column by column with
 * its types kept: integer and floating-point columns as numbers, booleans as {@code true}/{@code false},
 * strings as text, and missing values as empty cells.
 */
public final class ExportInput {
  private final Transcript transcript;
  private final Table givenSpeakersTable;
  private final Table givenSummaryTable;
  private final TranscriptStats stats;
  // computed on first use when no statistics were given; a race computes the same figures twice
  private volatile TranscriptStats defaultStats;
  // the tables of the statistics, made on first use: the exporters write the figures without them (FigureRows),
  // sparing Tablesaw's class-path scan; a race makes two equal tables
  private volatile Table statsSpeakersTable;
  private volatile Table statsSummaryTable;

  private ExportInput(Builder builder) {
    this.transcript = builder.transcript;
    this.stats = builder.stats;
    this.givenSpeakersTable = builder.speakersTable;
    this.givenSummaryTable = builder.summaryTable;
  }

  /** An input of just the transcript: no analytics tables. */
  public static ExportInput of(Transcript transcript) {
    return builder(transcript).build();
  }

  public static Builder builder(Transcript transcript) {
    return new Builder(transcript);
  }

  public Transcript transcript() {
    return transcript;
  }

  /** The per-speaker analytics table, written as {@link ExportTable#SPEAKERS}. */
  public Optional<Table> speakersTable() {
    if (givenSpeakersTable != null || stats == null) {
      return Optional.ofNullable(givenSpeakersTable);
    }
    Table table = statsSpeakersTable;
    if (table == null) {
      table = stats.speakersTable();
      statsSpeakersTable = table;
    }
    return Optional.of(table);
  }

  /** The analytics totals, appended to {@link ExportTable#SUMMARY} as {@code field,value} rows. */
  public Optional<Table> summaryTable() {
    if (givenSummaryTable != null || stats == null) {
      return Optional.ofNullable(givenSummaryTable);
    }
    Table table = statsSummaryTable;
    if (table == null) {
      table = stats.totalTable();
      statsSummaryTable = table;
    }
    return Optional.of(table);
  }

  /** The per-speaker figures to write as {@link ExportTable#SPEAKERS}, or null: the given table, else the statistics'. */
  CellTable speakersSource() {
    return givenSpeakersTable != null ? new TablesawTable(givenSpeakersTable)
        : stats != null ? FigureRows.speakers(stats) : null;
  }

  /** The totals to append to {@link ExportTable#SUMMARY}, or null: the given table, else the statistics'. */
  CellTable summarySource() {
    return givenSummaryTable != null ? new TablesawTable(givenSummaryTable)
        : stats != null ? FigureRows.total(stats) : null;
  }

  /** The statistics given to the builder, when they were. */
  public Optional<TranscriptStats> stats() {
    return Optional.ofNullable(stats);
  }

  /**
   * The speaker each sentiment segment is attributed to and the conversation events, as the analytics
   * define them: from the statistics given to the builder, else computed here once.
   */
  TranscriptStats statsForAttribution() {
    if (stats != null) {
      return stats;
    }
    TranscriptStats computed = defaultStats;
    if (computed == null) {
      computed = TranscriptStats.of(transcript);
      defaultStats = computed;
    }
    return computed;
  }

  /**
   * Whether this input can fill {@code table}: {@link ExportTable#SPEAKERS} needs a speakers table,
   * {@link ExportTable#SENTIMENT} a transcript with sentiment segments; the others always can.
   */
  public boolean has(ExportTable table) {
    Objects.requireNonNull(table, "table");
    switch (table) {
      case SPEAKERS:
        return givenSpeakersTable != null || stats != null;
      case SENTIMENT:
        return !transcript.sentiment().isEmpty();
      default:
        return true;
    }
  }

  /** Builds an {@link ExportInput}. */
  public static final class Builder {
    private final Transcript transcript;
    private Table speakersTable;
    private Table summaryTable;
    private TranscriptStats stats;

    private Builder(Transcript transcript) {
      this.transcript = Objects.requireNonNull(transcript, "transcript");
    }

    /** The analytics per-speaker table, or null for none (the Speakers table is then skipped). */
    public Builder speakersTable(Table speakersTable) {
      this.speakersTable = speakersTable;
      return this;
    }

    /**
     * The analytics totals, or null for none. Each column becomes a {@code field,value} row of the
     * Summary; a table of several rows gives several value columns ({@code value}, {@code value_2}, …).
     */
    public Builder summaryTable(Table summaryTable) {
      this.summaryTable = summaryTable;
      return this;
    }

    /**
     * The transcript's statistics: the Speakers and Summary tables come from them unless given
     * explicitly, and the Sentiment table takes their speaker attribution. Compute them from the
     * same transcript.
     */
    public Builder stats(TranscriptStats stats) {
      this.stats = stats;
      return this;
    }

    public ExportInput build() {
      return new ExportInput(this);
    }
  }
}
