package io.github.amivoicetoolkit.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Collects the conversation figures of one transcript as {@link TranscriptStats} meets its timed turns, in
 * document order: responses, gaps, interruptions, longest turns. Silences come from the sweep over the
 * talk intervals ({@link Intervals#coverage}). Memory grows with the number of turns, not of tokens.
 */
final class Conversation {
  private final int k;
  /** {@code max(1, interruptionMs)}: an interruption overlaps by at least a millisecond. */
  private final long interruptionThreshold;
  private final long[] longestTurn;
  private final long[] responses;
  private final long[] gapSums;
  private final long[] interruptions;
  private final long[] interrupted;
  // every gap in document order, with its responder
  private long[] gaps = new long[16];
  private int[] gapSpeakers = new int[16];
  private int gapCount;
  private long interruptionMs;
  // interruptions in document order
  private int[] eventStart = new int[4];
  private int[] eventEnd = new int[4];
  private int[] eventSpeaker = new int[4];
  private int[] eventVictim = new int[4];
  private int eventCount;
  private int previousSpeaker = -1;
  private int previousEnd;

  Conversation(int speakers, AnalyticsOptions options) {
    k = speakers;
    interruptionThreshold = Math.max(1, options.interruptionMs());
    longestTurn = new long[k];
    Arrays.fill(longestTurn, Long.MIN_VALUE);
    responses = new long[k];
    gapSums = new long[k];
    interruptions = new long[k];
    interrupted = new long[k];
  }

  /** The next timed turn in document order: speaker {@code s}, {@code [start, end)} (first/last timed token). */
  void timedTurn(int s, int start, int end) {
    longestTurn[s] = Math.max(longestTurn[s], (long) end - start);
    if (previousSpeaker >= 0 && previousSpeaker != s) {
      long gap = (long) start - previousEnd;
      responses[s]++;
      gapSums[s] += gap;
      addGap(gap, s);
      if (gap < 0) {
        long overlap = (long) Math.min(previousEnd, end) - start;
        if (overlap >= interruptionThreshold) {
          interruptions[s]++;
          interrupted[previousSpeaker]++;
          interruptionMs += overlap;
          addInterruption(start, (int) (start + overlap), s, previousSpeaker);
        }
      }
    }
    previousSpeaker = s;
    previousEnd = end;
  }

  private void addGap(long gap, int s) {
    if (gapCount == gaps.length) {
      gaps = Arrays.copyOf(gaps, gapCount * 2);
      gapSpeakers = Arrays.copyOf(gapSpeakers, gapCount * 2);
    }
    gaps[gapCount] = gap;
    gapSpeakers[gapCount++] = s;
  }

  private void addInterruption(int start, int end, int speaker, int victim) {
    if (eventCount == eventStart.length) {
      int capacity = eventCount * 2;
      eventStart = Arrays.copyOf(eventStart, capacity);
      eventEnd = Arrays.copyOf(eventEnd, capacity);
      eventSpeaker = Arrays.copyOf(eventSpeaker, capacity);
      eventVictim = Arrays.copyOf(eventVictim, capacity);
    }
    eventStart[eventCount] = start;
    eventEnd[eventCount] = end;
    eventSpeaker[eventCount] = speaker;
    eventVictim[eventCount++] = victim;
  }

  /** The gaps of all responses, in document order (kept by {@link TranscriptStats} for pooling). */
  long[] gaps() {
    return Arrays.copyOf(gaps, gapCount);
  }

  SpeakerConversation speaker(int s, long words, long talkMs) {
    long[] own = new long[(int) responses[s]];
    int n = 0;
    for (int g = 0; g < gapCount; g++) {
      if (gapSpeakers[g] == s) {
        own[n++] = gaps[g];
      }
    }
    return new SpeakerConversation(longest(longestTurn[s]), perMinute(words, talkMs), responses[s],
        mean(gapSums[s], responses[s]), medianInPlace(own, n), interruptions[s], interrupted[s]);
  }

  TotalConversation total(long words, long talkMs, long speechMs, Intervals.Coverage coverage) {
    long max = Long.MIN_VALUE;
    long interruptionCount = 0;
    for (int s = 0; s < k; s++) {
      max = Math.max(max, longestTurn[s]);
      interruptionCount += interruptions[s];
    }
    long gapSum = 0;
    for (int g = 0; g < gapCount; g++) {
      gapSum += gaps[g];
    }
    long windowMs = coverage.windowMs();
    return new TotalConversation(longest(max), perMinute(words, talkMs), mean(gapSum, gapCount),
        medianInPlace(gaps(), gapCount), gapCount, perMinute(gapCount, windowMs), interruptionCount,
        interruptionMs, coverage.silences(), coverage.silenceMs(), coverage.longestSilenceMs(),
        windowMs - speechMs, windowMs);
  }

  ConversationEvents events(List<String> speakers, LongList silences) {
    return ConversationEvents.merge(speakers, silences, eventCount, eventStart, eventEnd, eventSpeaker,
        eventVictim);
  }

  private static OptionalLong longest(long value) {
    return value == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /** {@code count / (ms / 60000)}, 0 when {@code ms == 0}: words per minute of talk, switches per minute. */
  static double perMinute(long count, long ms) {
    return ms == 0 ? 0.0 : count / (ms / 60000.0);
  }

  static OptionalDouble mean(long sum, long n) {
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / n);
  }

  /** Nearest-rank median of the first {@code n} values (rank {@code ceil(n / 2)}); sorts them in place. */
  static OptionalLong medianInPlace(long[] values, int n) {
    if (n == 0) {
      return OptionalLong.empty();
    }
    Arrays.sort(values, 0, n);
    return OptionalLong.of(values[(n + 1) / 2 - 1]);
  }
}
