package io.github.amivoicetoolkit.analytics;

import io.github.amivoicetoolkit.core.Sentiment;
import io.github.amivoicetoolkit.core.Transcript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Figures over many result files (spec: "Batches"). Per-speaker figures are keyed by (file, speaker);
 * the {@linkplain #total() total} adds times and counts over the files and recomputes every mean and
 * percentile from the pooled values — never an average of averages. Pooled statistics are exactly
 * the statistics of the concatenated values, in the order the files were added, then document order.
 *
 * <p>Memory: per file only its summary rows are kept; pooled confidences are kept as counts per distinct
 * value with a running sum, so the batch's memory does not grow with its number of tokens.
 *
 * <p>Conversation figures pool as {@code docs/figures.md#batches} says: counts and sums add up, {@code
 * longest_*} take the maximum, the response gap mean and median are recomputed from every file's gaps
 * (kept, one {@code long} per response), and switches per minute is Σ switches over Σ window lengths.
 *
 * <p>Only completed results are pooled ({@link TranscriptStats#isCompletedResult()}); other files are
 * listed in {@link #notCompleted()}.
 *
 * <p><b>Threads.</b> Safe to use from several threads: every method locks this object, and the lists and
 * tables it returns are snapshots. Computing a file's figures ({@link #add(String, Transcript)}) runs
 * outside the lock, so threads can add in parallel. Sums of integers and maxima do not depend on the order
 * of adding; the confidence mean (a floating-point sum) and the order of {@link #files()} do, so a caller
 * that wants the same bits on every run adds in a fixed order, as {@code amivoice batch} does (input order,
 * whatever order files finish in).
 *
 * <pre>{@code
 * BatchStats batch = new BatchStats(options);
 * for (Path file : files) {
 *   batch.add(file.toString(), reader.read(file));
 * }
 * Table perFile = batch.filesTable();
 * TotalStats pooled = batch.total();
 * }</pre>
 */
public final class BatchStats {
  private final AnalyticsOptions options;
  private final List<FileStats> files = new ArrayList<>();
  private final List<String> notCompleted = new ArrayList<>();
  private final Set<String> names = new HashSet<>();
  private final ConfidencePool wordConfidences = new ConfidencePool();
  private final ConfidencePool utteranceConfidences = new ConfidencePool();
  private final SentimentPool sentiment = new SentimentPool(null);
  private long talkMs;
  private long speechMs;
  private long overlapMs;
  private long utterances;
  private long billableMs;
  private long billableRoundedMs;
  private long spanMs;
  private long turns;
  private long turnMsSum;
  private long timedTurns;
  private long words;
  private long chars;
  private long fillers;
  private final LongList gaps = new LongList();
  private long gapSum;
  private long longestTurnMs = Long.MIN_VALUE;
  private long switches;
  private long windowMs;
  private long interruptions;
  private long interruptionMs;
  private long silences;
  private long silenceMs;
  private long longestSilenceMs = Long.MIN_VALUE;
  private long nonTalkMs;
  private TotalStats total;

  public BatchStats() {
    this(AnalyticsOptions.defaults());
  }

  public BatchStats(AnalyticsOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public AnalyticsOptions options() {
    return options;
  }

  /**
   * Computes the figures of one file with this batch's options and pools them.
   *
   * @return the file's own figures, e.g. for its JSON line
   * @throws IllegalArgumentException when {@code file} was already added
   */
  public TranscriptStats add(String file, Transcript transcript) {
    TranscriptStats stats = TranscriptStats.of(transcript, options);
    add(file, stats);
    return stats;
  }

  /**
   * Pools figures already computed with this batch's options.
   *
   * @throws IllegalArgumentException when {@code file} was already added or the options differ
   */
  public synchronized void add(String file, TranscriptStats stats) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(stats, "stats");
    if (!stats.options().equals(options)) {
      throw new IllegalArgumentException("figures of " + file + " were computed with other options: "
          + stats.options() + " != " + options);
    }
    if (!names.add(file)) {
      throw new IllegalArgumentException("file added twice: " + file);
    }
    if (!stats.isCompletedResult()) {
      notCompleted.add(file);
      return;
    }
    TotalStats t = stats.total();
    files.add(new FileStats(file, stats.speakers(), t, stats.sentiment()));
    talkMs += t.talkMs();
    speechMs += t.speechMs();
    overlapMs += t.overlapMs();
    utterances += t.utterances();
    billableMs += t.billableMs();
    billableRoundedMs += t.billableRoundedMs().orElse(0);
    spanMs += t.spanMs();
    turns += t.turns();
    int k = stats.speakers().size();
    turnMsSum += stats.turnMsSums()[k];
    timedTurns += stats.timedTurns()[k];
    words += t.words();
    chars += t.chars();
    fillers += t.fillers();
    TotalConversation c = t.conversation();
    for (long gap : stats.responseGaps()) {
      gaps.add(gap);
      gapSum += gap;
    }
    if (c.longestTurnMs().isPresent()) {
      longestTurnMs = Math.max(longestTurnMs, c.longestTurnMs().getAsLong());
    }
    switches += c.switches();
    windowMs += c.windowMs();
    interruptions += c.interruptions();
    interruptionMs += c.interruptionMs();
    silences += c.silences();
    silenceMs += c.silenceMs();
    if (c.longestSilenceMs().isPresent()) {
      longestSilenceMs = Math.max(longestSilenceMs, c.longestSilenceMs().getAsLong());
    }
    nonTalkMs += c.nonTalkMs();
    wordConfidences.add(stats.wordConfidences());
    utteranceConfidences.add(stats.utteranceConfidences());
    Sentiment raw = stats.rawSentiment();
    if (!raw.isEmpty()) {
      int[] map = sentiment.parameterMap(raw);
      for (int s = 0; s < raw.size(); s++) {
        sentiment.add(raw, s, map);
      }
    }
    total = null;
  }

  /** The pooled files, in the order added; an unmodifiable snapshot. */
  public synchronized List<FileStats> files() {
    return List.copyOf(files);
  }

  /** Files added that were not completed results (failure bodies, unfinished jobs), in order; a snapshot. */
  public synchronized List<String> notCompleted() {
    return List.copyOf(notCompleted);
  }

  /** Figures over all pooled files (see the class comment). */
  public synchronized TotalStats total() {
    if (total == null) {
      double threshold = options.lowConfidenceThreshold();
      OptionalLong rounded = options.billingUnitMs().isPresent()
          ? OptionalLong.of(billableRoundedMs) : OptionalLong.empty();
      total = new TotalStats(talkMs, speechMs, overlapMs, utterances, billableMs, spanMs, turns,
          TranscriptStats.meanTurn(turnMsSum, timedTurns), words, chars, TranscriptStats.charsPerMin(chars, talkMs),
          fillers, wordConfidences.stats(threshold), utteranceConfidences.stats(threshold),
          rounded, TranscriptStats.cost(billableMs, rounded, options), conversation());
    }
    return total;
  }

  private TotalConversation conversation() {
    long[] sorted = java.util.Arrays.copyOf(gaps.values, gaps.size);
    return new TotalConversation(
        longestTurnMs == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(longestTurnMs),
        Conversation.perMinute(words, talkMs), Conversation.mean(gapSum, gaps.size),
        Conversation.medianInPlace(sorted, sorted.length), switches, Conversation.perMinute(switches, windowMs),
        interruptions, interruptionMs, silences, silenceMs,
        silences == 0 ? OptionalLong.empty() : OptionalLong.of(longestSilenceMs), nonTalkMs, windowMs);
  }

  /** Sentiment over every segment of every pooled file; empty when no file has sentiment. */
  public synchronized Optional<SentimentStats> sentimentTotal() {
    return sentiment.segments() == 0 ? Optional.empty() : Optional.of(sentiment.build());
  }

  /** One row per (file, speaker): {@code file}, then {@link StatsTables#SPEAKER_COLUMNS}. A new table each call. */
  public synchronized Table speakersTable() {
    Table table = StatsTables.speakersTable("speakers", true);
    for (FileStats file : files) {
      for (SpeakerStats s : file.speakers()) {
        StatsTables.appendSpeaker(table, file.file(), s);
      }
    }
    return table;
  }

  /** One row per file: {@code file}, then {@link StatsTables#TOTAL_COLUMNS}. A new table each call. */
  public synchronized Table filesTable() {
    Table table = StatsTables.totalTable("files", true);
    for (FileStats file : files) {
      StatsTables.appendTotal(table, file.file(), file.total());
    }
    return table;
  }

  /**
   * Everything in one table, for the spreadsheet of a month's calls: for each file in order one row per
   * speaker ({@code level} {@code speaker}) then its total ({@code level} {@code file}), and last the pooled
   * total ({@code level} {@code pooled}, no file). Columns: {@link StatsTables#SUMMARY_COLUMNS}. A new table
   * each call.
   */
  public synchronized Table summaryTable() {
    Table table = StatsTables.summaryTable("summary");
    for (List<Object> row : summaryRows()) {
      StatsTables.append(table, row);
    }
    return table;
  }

  /**
   * The rows of {@link #summaryTable()} without the table, for writers that need no Tablesaw (whose
   * {@code Table} class scans the whole class path when first used): the cells of {@link
   * StatsTables#SUMMARY_COLUMNS} in order, a {@code String} for {@code level}, {@code file} and {@code
   * speaker}, a {@code Long} for each integer column and a {@code Double} for each fraction, {@code null}
   * where the table holds a missing value. A new list each call.
   */
  public synchronized List<List<Object>> summaryRows() {
    List<List<Object>> rows = new ArrayList<>();
    for (FileStats file : files) {
      for (SpeakerStats s : file.speakers()) {
        rows.add(StatsTables.summarySpeakerRow(file.file(), s));
      }
      rows.add(StatsTables.summaryTotalRow(file.file(), file.total()));
    }
    rows.add(StatsTables.summaryTotalRow(null, total()));
    return rows;
  }

  /** One row with the pooled {@link #total()}: {@link StatsTables#TOTAL_COLUMNS}. A new table each call. */
  public synchronized Table totalTable() {
    Table table = StatsTables.totalTable("total", false);
    StatsTables.appendTotal(table, null, total());
    return table;
  }

  /**
   * One row per (file, speaker) with sentiment: {@code file}, {@code speaker}, {@code segments}, then every
   * parameter seen in any file (missing where a file lacks it). A new table each call.
   */
  public synchronized Table sentimentTable() {
    List<String> parameters = sentiment.segments() == 0 ? List.of() : sentiment.build().parameters();
    Table table = StatsTables.sentimentTable("sentiment", true, parameters);
    for (FileStats file : files) {
      for (SentimentStats s : file.sentiment()) {
        StatsTables.appendSentiment(table, parameters, file.file(), s);
      }
    }
    return table;
  }
}
