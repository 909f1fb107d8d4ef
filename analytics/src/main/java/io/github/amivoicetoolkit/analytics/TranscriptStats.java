package io.github.amivoicetoolkit.analytics;

import io.github.amivoicetoolkit.core.JobInfo;
import io.github.amivoicetoolkit.core.ResultShape;
import io.github.amivoicetoolkit.core.Sentiment;
import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.Utterances;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import tech.tablesaw.api.Table;

/**
 * The figures of {@code docs/figures.md} for one transcript: per speaker, in total, and
 * sentiment by speaker. Immutable; compute one with {@link #of(Transcript, AnalyticsOptions)}.
 *
 * <p><b>Cost.</b> One pass over the token columns (no object per token), one sort of each speaker's
 * timed intervals (skipped when they are already in order, the usual case), a linear merge per speaker,
 * and one sweep over all speakers' merged intervals with a heap of k speakers: O(n + m log m) at worst,
 * O(n + m log k) for sorted input. Percentiles are read off counts per distinct confidence value
 * (core keeps confidences dictionary-encoded), so the values are neither copied nor sorted.
 *
 * <p><b>Speakers</b> are the transcript's speakers in order of first appearance. To rename them, or to
 * count several labels as one person, compute the figures of {@link Transcript#withSpeakerNames}.
 *
 * <p><b>Share sums to exactly 1.</b> Each share is first {@code (double) talkMs / (double) totalTalkMs}.
 * With two speakers these always add to exactly {@code 1.0}; with three or more the left-to-right sum in
 * speaker order sometimes misses by an ulp. Only then, the last speaker with {@code talkMs > 0} gets
 * {@code 1.0 - s}, {@code s} being the left-to-right sum of the shares before it: for {@code 0 <= s <= 1}
 * the rounded {@code s + (1.0 - s)} is exactly 1, and the adjusted share differs from the plain quotient
 * by at most a few ulps. An implementation that only divides agrees bit for bit whenever its own shares
 * already sum to 1.
 *
 * <p><b>Sentiment.</b> A segment {@code [starttime, endtime)} goes to the speaker whose merged timed
 * word/filler intervals overlap it the longest; ties go to the speaker that appeared first; a segment
 * overlapping nobody (or without times) goes to {@code ""}. {@link #sentiment()} lists, in speaker order,
 * the speakers that received at least one segment, then {@code ""} when it received some and is not itself
 * a speaker.
 *
 * <p><b>Conversation figures</b> ({@link SpeakerConversation}, {@link TotalConversation}, {@link #events()})
 * come out of the same pass: each timed turn is handed on as it closes, and the silences out of the sweep
 * that measures speech and overlap. Turns here are exactly {@link Turns}'.
 *
 * <p>A transcript that is not a finished result (a failure body, an unfinished job) computes like an
 * empty one: zeros and empty statistics. {@link #isCompletedResult()} tells which it was.
 */
public final class TranscriptStats {
  private static final BigDecimal MS_PER_HOUR = BigDecimal.valueOf(3_600_000L);

  private final String source;
  private final JobInfo job;
  private final boolean completedResult;
  private final AnalyticsOptions options;
  private final List<SpeakerStats> speakers;
  private final TotalStats total;
  private final List<SentimentStats> sentiment;
  private final SentimentStats sentimentTotal;
  // kept for pooling in BatchStats: values in document order, and exact sums behind the means
  private final Confidences wordConfidences;
  private final Confidences utteranceConfidences;
  private final long[] turnMsSums;
  private final long[] timedTurns;
  private final Sentiment rawSentiment;
  private final String[] sentimentSpeakers;
  private final long[] responseGaps;
  private final ConversationEvents events;

  private TranscriptStats(Builder b) {
    this.source = b.source;
    this.job = b.job;
    this.completedResult = b.completedResult;
    this.options = b.options;
    this.speakers = List.copyOf(b.speakers);
    this.total = b.total;
    this.sentiment = List.copyOf(b.sentiment);
    this.sentimentTotal = b.sentimentTotal;
    this.wordConfidences = b.wordConfidences;
    this.utteranceConfidences = b.utteranceConfidences;
    this.turnMsSums = b.turnMsSums;
    this.timedTurns = b.timedTurns;
    this.rawSentiment = b.rawSentiment;
    this.sentimentSpeakers = b.sentimentSpeakers;
    this.responseGaps = b.responseGaps;
    this.events = b.events;
  }

  /** Figures of {@code transcript} with {@link AnalyticsOptions#defaults()}. */
  public static TranscriptStats of(Transcript transcript) {
    return of(transcript, AnalyticsOptions.defaults());
  }

  public static TranscriptStats of(Transcript transcript, AnalyticsOptions options) {
    Objects.requireNonNull(transcript, "transcript");
    Objects.requireNonNull(options, "options");
    return new Computation(transcript, options).run();
  }

  /**
   * Whether a transcript is a finished recognition result. False for a failure body (non-empty {@code
   * code}), a job status other than {@code completed}, and a job-creation answer; {@code amivoice stats}
   * reports these as failures and exits non-zero.
   */
  public static boolean isCompletedResult(Transcript transcript) {
    JobInfo job = transcript.job();
    if (job.failed() || transcript.shape() == ResultShape.JOB_CREATED) {
      return false;
    }
    return job.status() == null || job.status().equals("completed");
  }

  /** The transcript's source name (a path, or the name given to the reader). */
  public String source() {
    return source;
  }

  public JobInfo job() {
    return job;
  }

  /** {@link #isCompletedResult(Transcript)} of the transcript these figures were computed from. */
  public boolean isCompletedResult() {
    return completedResult;
  }

  public AnalyticsOptions options() {
    return options;
  }

  /** One entry per speaker in order of first appearance; unmodifiable. */
  public List<SpeakerStats> speakers() {
    return speakers;
  }

  public TotalStats total() {
    return total;
  }

  /** Sentiment per speaker (see the class comment for the order); empty when the file has none. */
  public List<SentimentStats> sentiment() {
    return sentiment;
  }

  /**
   * The silences and interruptions, one by one, in order of start (silences first at equal starts); their
   * counts and sums are in {@link TotalStats#conversation()}.
   */
  public ConversationEvents events() {
    return events;
  }

  /** Sentiment over all segments; empty when the file has no sentiment segments. */
  public Optional<SentimentStats> sentimentTotal() {
    return Optional.ofNullable(sentimentTotal);
  }

  /** One row per speaker; a new table on each call. Columns: {@link StatsTables#SPEAKER_COLUMNS}. */
  public Table speakersTable() {
    Table table = StatsTables.speakersTable(source, false);
    for (SpeakerStats s : speakers) {
      StatsTables.appendSpeaker(table, null, s);
    }
    return table;
  }

  /** One row with the total figures; a new table on each call. Columns: {@link StatsTables#TOTAL_COLUMNS}. */
  public Table totalTable() {
    Table table = StatsTables.totalTable(source, false);
    StatsTables.appendTotal(table, null, total);
    return table;
  }

  /**
   * One row per entry of {@link #sentiment()}: {@code speaker}, {@code segments}, then one column per
   * parameter; empty (no parameter columns) when the file has no sentiment. A new table on each call.
   */
  public Table sentimentTable() {
    Table table = StatsTables.sentimentTable(source, false, sentimentTotal == null
        ? List.of() : sentimentTotal.parameters());
    for (SentimentStats s : sentiment) {
      StatsTables.appendSentiment(table, null, s);
    }
    return table;
  }

  Confidences wordConfidences() {
    return wordConfidences;
  }

  Confidences utteranceConfidences() {
    return utteranceConfidences;
  }

  /** Σ turn lengths over turns with a timed token: per speaker, then the total at index speakers().size(). */
  long[] turnMsSums() {
    return turnMsSums;
  }

  long[] timedTurns() {
    return timedTurns;
  }

  /** The gap of every response, in document order: what a batch pools for its gap statistics. */
  long[] responseGaps() {
    return responseGaps;
  }

  /**
   * The speaker a sentiment segment is attributed to (longest overlap with the speakers' timed
   * word and filler intervals; ties to the speaker appearing first), after renaming; the name of
   * {@code ""} when it overlaps nobody.
   *
   * @throws IndexOutOfBoundsException when {@code segment} is not a segment index
   */
  public String sentimentSpeaker(int segment) {
    if (segment < 0 || segment >= sentimentSpeakers.length) {
      throw new IndexOutOfBoundsException("sentiment segment " + segment + " of " + sentimentSpeakers.length);
    }
    return sentimentSpeakers[segment];
  }

  Sentiment rawSentiment() {
    return rawSentiment;
  }

  @Override
  public String toString() {
    return "TranscriptStats{source=" + source + ", speakers=" + speakers + ", total=" + total + "}";
  }

  /** {@code unit}-rounded billable time, or empty. */
  static OptionalLong roundBillable(long billableMs, AnalyticsOptions options) {
    OptionalLong unit = options.billingUnitMs();
    if (unit.isEmpty()) {
      return OptionalLong.empty();
    }
    long u = unit.getAsLong();
    return OptionalLong.of(Math.multiplyExact(Math.floorDiv(billableMs + u - 1, u), u));
  }

  static Optional<BigDecimal> cost(long billableMs, OptionalLong roundedMs, AnalyticsOptions options) {
    return options.pricePerHour().map(price -> price
        .multiply(BigDecimal.valueOf(roundedMs.orElse(billableMs)))
        .divide(MS_PER_HOUR, MathContext.DECIMAL64));
  }

  static double charsPerMin(long chars, long talkMs) {
    return Conversation.perMinute(chars, talkMs);
  }

  static OptionalDouble meanTurn(long turnMsSum, long timedTurns) {
    return timedTurns == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) turnMsSum / timedTurns);
  }

  /**
   * Shares of {@code talkMs} that add up, left to right, to exactly 1.0 (all zero when nothing is timed).
   * See the class comment.
   */
  static double[] shares(long[] talkMs) {
    int k = talkMs.length;
    double[] shares = new double[k];
    long totalTalk = 0;
    int last = -1;
    for (int s = 0; s < k; s++) {
      totalTalk += talkMs[s];
      if (talkMs[s] > 0) {
        last = s;
      }
    }
    if (totalTalk == 0) {
      return shares;
    }
    double sum = 0;
    for (int s = 0; s < k; s++) {
      shares[s] = (double) talkMs[s] / (double) totalTalk;
      sum += shares[s];
    }
    if (sum != 1.0) {
      double before = 0;
      for (int s = 0; s < last; s++) {
        before += shares[s];
      }
      shares[last] = 1.0 - before;
    }
    return shares;
  }

  private static final class Builder {
    String source;
    JobInfo job;
    boolean completedResult;
    AnalyticsOptions options;
    List<SpeakerStats> speakers;
    TotalStats total;
    List<SentimentStats> sentiment;
    SentimentStats sentimentTotal;
    Confidences wordConfidences;
    Confidences utteranceConfidences;
    long[] turnMsSums;
    long[] timedTurns;
    Sentiment rawSentiment;
    String[] sentimentSpeakers = new String[0];
    long[] responseGaps;
    ConversationEvents events;
  }

  /** The passes over one transcript's columns. */
  private static final class Computation {
    private final Transcript transcript;
    private final AnalyticsOptions options;
    private final List<String> names = new ArrayList<>();
    private final int k;
    private final long[] words;
    private final long[] chars;
    private final long[] fillers;
    private final long[] turns;
    private final long[] turnMsSums;
    private final long[] timedTurns;
    private final LongList[] intervals;
    private final Tokens tokens;
    private final Confidences wordConfidences;
    private final double[] speakerConfidenceSums;
    private final long[] speakerConfidenceCounts;
    // counts per (speaker, confidence rank); null when that table would outgrow the tokens, and then
    // each speaker's values are collected and sorted instead
    private final long[] speakerRankCounts;
    private final DoubleList[] speakerConfidences;
    // code points of each dictionary string plus one, 0 = not counted yet
    private final int[] codePointsPlusOne;
    private final Conversation conversation;

    Computation(Transcript transcript, AnalyticsOptions options) {
      this.transcript = transcript;
      this.options = options;
      names.addAll(transcript.speakers());
      k = names.size();
      words = new long[k];
      chars = new long[k];
      fillers = new long[k];
      turns = new long[k];
      turnMsSums = new long[k + 1];
      timedTurns = new long[k + 1];
      intervals = new LongList[k];
      for (int s = 0; s < k; s++) {
        intervals[s] = new LongList();
      }
      tokens = transcript.tokens();
      wordConfidences = new Confidences(tokens.confidenceDistinct(), tokens::confidenceValue, tokens.size());
      speakerConfidenceSums = new double[k];
      speakerConfidenceCounts = new long[k];
      int d = wordConfidences.distinct();
      if ((long) k * d <= 2L * tokens.size() + 65_536) {
        speakerRankCounts = new long[k * d];
        speakerConfidences = null;
      } else {
        speakerRankCounts = null;
        speakerConfidences = new DoubleList[k];
        for (int s = 0; s < k; s++) {
          speakerConfidences[s] = new DoubleList();
        }
      }
      codePointsPlusOne = new int[tokens.dictionarySize()];
      conversation = new Conversation(k, options);
    }

    TranscriptStats run() {
      scanTokens();
      long[] talk = new long[k];
      for (int s = 0; s < k; s++) {
        talk[s] = Intervals.mergeInPlace(intervals[s]);
      }
      LongList silences = new LongList();
      Intervals.Coverage coverage = Intervals.coverage(intervals, options.silenceMs(), silences);
      double threshold = options.lowConfidenceThreshold();
      double[] shares = shares(talk);

      Builder b = new Builder();
      b.speakers = new ArrayList<>(k);
      long totalTalk = 0;
      long totalTurns = 0;
      long totalWords = 0;
      long totalChars = 0;
      long totalFillers = 0;
      for (int s = 0; s < k; s++) {
        b.speakers.add(new SpeakerStats(names.get(s), talk[s], shares[s], turns[s],
            meanTurn(turnMsSums[s], timedTurns[s]), words[s], chars[s], charsPerMin(chars[s], talk[s]),
            fillers[s], speakerConfidence(s, threshold), conversation.speaker(s, words[s], talk[s])));
        totalTalk += talk[s];
        totalTurns += turns[s];
        totalWords += words[s];
        totalChars += chars[s];
        totalFillers += fillers[s];
        turnMsSums[k] += turnMsSums[s];
        timedTurns[k] += timedTurns[s];
      }
      b.wordConfidences = wordConfidences;
      ConfidenceStats confidence = wordConfidences.stats(threshold);

      Utterances utterances = transcript.utterances();
      long billable = 0;
      Confidences utteranceConfidences = new Confidences(utterances.confidenceDistinct(),
          utterances::confidenceValue, utterances.size());
      int firstStart = Transcript.NO_TIME;
      int lastEnd = Transcript.NO_TIME;
      for (int u = 0; u < utterances.size(); u++) {
        billable += utterances.durationMs(u);
        int rank = utteranceConfidences.rankOf(utterances.confidenceId(u));
        if (rank >= 0) {
          utteranceConfidences.add(rank);
        }
        if (utterances.startMs(u) != Transcript.NO_TIME && utterances.endMs(u) != Transcript.NO_TIME) {
          if (firstStart == Transcript.NO_TIME) {
            firstStart = utterances.startMs(u);
          }
          lastEnd = utterances.endMs(u);
        }
      }
      long span = firstStart == Transcript.NO_TIME ? 0 : (long) lastEnd - firstStart;
      b.utteranceConfidences = utteranceConfidences;
      OptionalLong rounded = roundBillable(billable, options);
      b.total = new TotalStats(totalTalk, coverage.speechMs(), coverage.overlapMs(), utterances.size(), billable,
          span, totalTurns, meanTurn(turnMsSums[k], timedTurns[k]), totalWords, totalChars,
          charsPerMin(totalChars, totalTalk), totalFillers, confidence,
          utteranceConfidences.stats(threshold),
          rounded, cost(billable, rounded, options),
          conversation.total(totalWords, totalTalk, coverage.speechMs(), coverage));
      b.responseGaps = conversation.gaps();
      b.events = conversation.events(names, silences);

      attributeSentiment(b);
      b.source = transcript.source();
      b.job = transcript.job();
      b.completedResult = isCompletedResult(transcript);
      b.options = options;
      b.turnMsSums = turnMsSums;
      b.timedTurns = timedTurns;
      return new TranscriptStats(b);
    }

    /** Counts, confidences, intervals and turns in one pass in document order; punctuation is skipped. */
    private void scanTokens() {
      int d = wordConfidences.distinct();
      int turnSpeaker = -1;
      boolean turnTimed = false;
      int turnStart = 0;
      int turnEnd = 0;
      for (int i = 0, n = tokens.size(); i < n; i++) {
        TokenKind kind = tokens.kind(i);
        if (kind == TokenKind.PUNCTUATION) {
          continue;
        }
        int s = tokens.speakerId(i);
        if (s != turnSpeaker) {
          if (turnTimed) {
            turnMsSums[turnSpeaker] += (long) turnEnd - turnStart;
            timedTurns[turnSpeaker]++;
            conversation.timedTurn(turnSpeaker, turnStart, turnEnd);
          }
          turnSpeaker = s;
          turnTimed = false;
          turns[s]++;
        }
        if (kind == TokenKind.WORD) {
          words[s]++;
          chars[s] += codePoints(tokens.writtenId(i));
          int rank = wordConfidences.rankOf(tokens.confidenceId(i));
          if (rank >= 0) {
            wordConfidences.add(rank);
            double c = wordConfidences.value(rank);
            speakerConfidenceSums[s] += c;
            speakerConfidenceCounts[s]++;
            if (speakerRankCounts != null) {
              speakerRankCounts[s * d + rank]++;
            } else {
              speakerConfidences[s].add(c);
            }
          }
        } else {
          fillers[s]++;
        }
        int start = tokens.startMs(i);
        int end = tokens.endMs(i);
        // Tokens.isTimed, without reading the columns twice
        if (start != Transcript.NO_TIME && end != Transcript.NO_TIME && end > start) {
          Intervals.append(intervals[s], start, end);
          if (!turnTimed) {
            turnTimed = true;
            turnStart = start;
          }
          turnEnd = end;
        }
      }
      if (turnTimed) {
        turnMsSums[turnSpeaker] += (long) turnEnd - turnStart;
        timedTurns[turnSpeaker]++;
        conversation.timedTurn(turnSpeaker, turnStart, turnEnd);
      }
    }

    private int codePoints(int dictionaryId) {
      int plusOne = codePointsPlusOne[dictionaryId];
      if (plusOne == 0) {
        String written = tokens.dictionaryString(dictionaryId);
        plusOne = written.codePointCount(0, written.length()) + 1;
        codePointsPlusOne[dictionaryId] = plusOne;
      }
      return plusOne - 1;
    }

    private ConfidenceStats speakerConfidence(int s, double threshold) {
      if (speakerRankCounts == null) {
        DoubleList own = speakerConfidences[s];
        return ConfidenceStats.ofOwned(own.values, own.size, threshold);
      }
      return wordConfidences.statsOf(speakerRankCounts, s * wordConfidences.distinct(),
          speakerConfidenceCounts[s], speakerConfidenceSums[s], threshold);
    }

    private void attributeSentiment(Builder b) {
      Sentiment sentiment = transcript.sentiment();
      b.rawSentiment = sentiment;
      b.sentiment = new ArrayList<>();
      if (sentiment.isEmpty()) {
        return;
      }
      String nobody = "";
      int nobodyIndex = names.indexOf(nobody);
      if (nobodyIndex < 0) {
        nobodyIndex = k;
      }
      SentimentPool[] pools = new SentimentPool[k + 1];
      for (int s = 0; s < k; s++) {
        pools[s] = new SentimentPool(names.get(s));
      }
      pools[k] = new SentimentPool(nobody);
      SentimentPool all = new SentimentPool(null);
      int[] identity = all.parameterMap(sentiment);
      for (SentimentPool pool : pools) {
        pool.parameterMap(sentiment);
      }
      int segments = sentiment.size();
      b.sentimentSpeakers = new String[segments];
      Intervals.Cursor[] talk = new Intervals.Cursor[k];
      for (int s = 0; s < k; s++) {
        talk[s] = new Intervals.Cursor(intervals[s]);
      }
      SentimentPool[] owners = new SentimentPool[segments];
      for (int seg = 0; seg < segments; seg++) {
        int start = sentiment.startMs(seg);
        int end = sentiment.endMs(seg);
        int owner = nobodyIndex;
        if (start != Transcript.NO_TIME && end != Transcript.NO_TIME && end > start) {
          long longest = 0;
          for (int s = 0; s < k; s++) {
            long overlap = talk[s].overlap(start, end);
            if (overlap > longest) {
              longest = overlap;
              owner = s;
            }
          }
        }
        b.sentimentSpeakers[seg] = owner == k ? nobody : names.get(owner);
        owners[seg] = pools[owner];
        pools[owner].addSegment();
        all.addSegment();
      }
      // a parameter's column at a time; each pool still adds its values in segment order
      for (int p = 0; p < identity.length; p++) {
        for (int seg = 0; seg < segments; seg++) {
          double value = sentiment.value(seg, p);
          owners[seg].addValue(identity[p], value);
          all.addValue(identity[p], value);
        }
      }
      for (SentimentPool pool : pools) {
        if (pool.segments() > 0) {
          b.sentiment.add(pool.build());
        }
      }
      b.sentimentTotal = all.build();
    }
  }
}
