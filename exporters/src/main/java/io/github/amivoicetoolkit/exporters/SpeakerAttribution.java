package io.github.amivoicetoolkit.exporters;

import io.github.amivoicetoolkit.core.Sentiment;
import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import java.util.Arrays;

/**
 * Which speaker an utterance belongs to, by talk time: the union of a speaker's
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
}
