package io.github.amivoicetoolkit.exporters;

import io.github.amivoicetoolkit.core.Sentiment;
import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import java.util.Arrays;

/**
 * Which speaker an utterance or a sentiment segment belongs to, by talk time: the union of a speaker's
 * timed word and filler token intervals ({@code analytics.md}: "talk_ms", "Sentiment by speaker").
 *
 * <p>Intervals are packed into one {@code long} each (start in the high half, offset so that signed
 * order is kept, end in the low half) so sorting them sorts by start without objects.
 */
final class SpeakerAttribution {
  /** Returned when no speaker can be named. */
  static final int NONE = -1;

  private SpeakerAttribution() {}

  static long pack(int start, int end) {
    return ((long) start << 32) | (end & 0xFFFF_FFFFL);
  }

  static int start(long packed) {
    return (int) (packed >> 32);
  }

  static int end(long packed) {
    return (int) packed;
  }

  static boolean isTalk(Tokens tokens, int i) {
    return tokens.isTimed(i) && tokens.kind(i) != TokenKind.PUNCTUATION;
  }

  /**
   * Sorts {@code intervals[from, to)} and merges overlapping or touching ones in place.
   *
   * @return the end of the merged run, {@code from <= result <= to}
   */
  static int mergeInPlace(long[] intervals, int from, int to) {
    if (to - from <= 1) {
      return to;
    }
    Arrays.sort(intervals, from, to);
    int out = from;
    int start = start(intervals[from]);
    int end = end(intervals[from]);
    for (int k = from + 1; k < to; k++) {
      int s = start(intervals[k]);
      int e = end(intervals[k]);
      if (s <= end) {
        end = Math.max(end, e);
      } else {
        intervals[out++] = pack(start, end);
        start = s;
        end = e;
      }
    }
    intervals[out++] = pack(start, end);
    return out;
  }

  /**
   * Finds the speaker of utterances one at a time, reusing its buffers: the speaker with the most talk
   * time inside the utterance; ties go to the speaker whose timed word or filler token comes first in
   * the utterance. Without any timed word or filler token, the speaker of the utterance's first word
   * token; without a word token, {@link #NONE}.
   */
  static final class ForUtterances {
    private final Tokens tokens;
    private long[] intervals = new long[64];
    private int[] order = new int[8];

    ForUtterances(Tokens tokens) {
      this.tokens = tokens;
    }

    /** Speaker id (index into {@link Transcript#speakers()}) of the tokens {@code [first, end)}, or {@link #NONE}. */
    int speakerOf(int first, int end) {
      int speakerCount = 0;
      for (int i = first; i < end; i++) {
        if (isTalk(tokens, i)) {
          int speaker = tokens.speakerId(i);
          if (indexOf(order, speakerCount, speaker) < 0) {
            if (speakerCount == order.length) {
              order = Arrays.copyOf(order, speakerCount * 2);
            }
            order[speakerCount++] = speaker;
          }
        }
      }
      if (speakerCount == 0) {
        return firstWordSpeaker(first, end);
      }
      if (speakerCount == 1) {
        return order[0];
      }
      if (intervals.length < end - first) {
        intervals = new long[Math.max(end - first, intervals.length * 2)];
      }
      int best = NONE;
      long bestTalk = -1;
      for (int k = 0; k < speakerCount; k++) {
        int count = 0;
        for (int i = first; i < end; i++) {
          if (tokens.speakerId(i) == order[k] && isTalk(tokens, i)) {
            intervals[count++] = pack(tokens.startMs(i), tokens.endMs(i));
          }
        }
        int merged = mergeInPlace(intervals, 0, count);
        long talk = 0;
        for (int m = 0; m < merged; m++) {
          talk += (long) end(intervals[m]) - start(intervals[m]);
        }
        if (talk > bestTalk) {
          bestTalk = talk;
          best = order[k];
        }
      }
      return best;
    }

    private int firstWordSpeaker(int first, int end) {
      for (int i = first; i < end; i++) {
        if (tokens.kind(i) == TokenKind.WORD) {
          return tokens.speakerId(i);
        }
      }
      return NONE;
    }

    private static int indexOf(int[] values, int count, int value) {
      for (int k = 0; k < count; k++) {
        if (values[k] == value) {
          return k;
        }
      }
      return -1;
    }
  }

  /**
   * Attributes sentiment segments: each per-speaker merged talk interval list is built once (one
   * {@code long} per timed word or filler token at most, only when sentiment is exported), then every
   * segment is matched by binary search.
   */
  static final class ForSegments {
    private final long[] intervals;
    /** Speaker {@code s} owns {@code intervals[from[s], to[s])}, sorted and disjoint. */
    private final int[] from;
    private final int[] to;

    ForSegments(Transcript transcript) {
      Tokens tokens = transcript.tokens();
      int speakers = transcript.speakers().size();
      int[] counts = new int[speakers + 1];
      for (int i = 0; i < tokens.size(); i++) {
        if (isTalk(tokens, i)) {
          counts[tokens.speakerId(i) + 1]++;
        }
      }
      for (int s = 0; s < speakers; s++) {
        counts[s + 1] += counts[s];
      }
      intervals = new long[counts[speakers]];
      int[] fill = Arrays.copyOf(counts, speakers);
      for (int i = 0; i < tokens.size(); i++) {
        if (isTalk(tokens, i)) {
          intervals[fill[tokens.speakerId(i)]++] = pack(tokens.startMs(i), tokens.endMs(i));
        }
      }
      from = Arrays.copyOf(counts, speakers);
      to = new int[speakers];
      for (int s = 0; s < speakers; s++) {
        to[s] = mergeInPlace(intervals, counts[s], counts[s + 1]);
      }
    }

    /**
     * Speaker id whose talk overlaps segment {@code s} longest; ties go to the lower id (the speaker
     * that appeared first); {@link #NONE} when nothing overlaps or the segment lacks a time.
     */
    int speakerOf(Sentiment sentiment, int s) {
      int start = sentiment.startMs(s);
      int end = sentiment.endMs(s);
      if (start == Transcript.NO_TIME || end == Transcript.NO_TIME || end <= start) {
        return NONE;
      }
      int best = NONE;
      long bestOverlap = 0;
      for (int speaker = 0; speaker < from.length; speaker++) {
        long overlap = overlap(speaker, start, end);
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = speaker;
        }
      }
      return best;
    }

    private long overlap(int speaker, int start, int end) {
      // merged intervals are disjoint and sorted, so their ends are sorted too: find the first ending after start
      int low = from[speaker];
      int high = to[speaker];
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (end(intervals[mid]) <= start) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      long total = 0;
      for (int k = low; k < to[speaker] && start(intervals[k]) < end; k++) {
        total += (long) Math.min(end, end(intervals[k])) - Math.max(start, start(intervals[k]));
      }
      return total;
    }
  }
}
