package io.github.amivoicetoolkit.exporters.report;

import io.github.amivoicetoolkit.analytics.Turns;
import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import java.util.Arrays;

/**
 * The conversation events a report draws: silences, responses and interruptions, exactly as
 * {@code docs/figures.md#conversation-figures} defines them. The one place the reports get them from,
 * so that switching to the analytics module's events (when it has them) changes this class only.
 *
 * <ul>
 *   <li>A <b>silence</b> is a gap of at least {@code silenceMs} between the merged talk intervals of
 *       everyone (timed word and filler tokens), taken whole.
 *   <li>A <b>response</b> is a timed turn whose speaker differs from the previous timed turn's (untimed
 *       turns are skipped); its gap is its start minus the previous turn's end.
 *   <li>A response <b>interrupts</b> when it overlaps the previous turn by at least
 *       {@code max(1, interruptionMs)}; the event runs from the response's start for the overlap.
 * </ul>
 *
 * <p>Columns of ints, one pass over the turns and one sort of the talk intervals. Immutable.
 */
final class Events {
  private final int[] silenceStart;
  private final int[] silenceEnd;
  private final int[] interruptionStart;
  private final int[] interruptionEnd;
  private final int[] interrupter;
  private final int[] interrupted;
  private final int[] responder;
  private final int[] gap;
  private final int windowStart;
  private final int windowEnd;

  private Events(Builder b) {
    this.silenceStart = b.silenceStart.toArray();
    this.silenceEnd = b.silenceEnd.toArray();
    this.interruptionStart = b.interruptionStart.toArray();
    this.interruptionEnd = b.interruptionEnd.toArray();
    this.interrupter = b.interrupter.toArray();
    this.interrupted = b.interrupted.toArray();
    this.responder = b.responder.toArray();
    this.gap = b.gap.toArray();
    this.windowStart = b.windowStart;
    this.windowEnd = b.windowEnd;
  }

  static Events of(Transcript transcript, Turns turns, long silenceMs, long interruptionMs) {
    Builder b = new Builder();
    long minOverlap = Math.max(1, interruptionMs);
    int previous = -1;
    for (int t = 0; t < turns.size(); t++) {
      if (!turns.isTimed(t)) {
        continue;
      }
      if (previous >= 0 && turns.speakerId(previous) != turns.speakerId(t)) {
        long responseGap = (long) turns.startMs(t) - turns.endMs(previous);
        b.responder.add(turns.speakerId(t));
        b.gap.add((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, responseGap)));
        long overlap = responseGap < 0 ? (long) Math.min(turns.endMs(previous), turns.endMs(t)) - turns.startMs(t) : 0;
        if (overlap >= minOverlap) {
          b.interruptionStart.add(turns.startMs(t));
          b.interruptionEnd.add((int) (turns.startMs(t) + overlap));
          b.interrupter.add(turns.speakerId(t));
          b.interrupted.add(turns.speakerId(previous));
        }
      }
      previous = t;
    }
    silences(transcript.tokens(), silenceMs, b);
    return new Events(b);
  }

  /** Merges every timed word and filler interval (packed start/end, sorted) and keeps the long gaps. */
  private static void silences(Tokens tokens, long silenceMs, Builder b) {
    long[] intervals = new long[16];
    int n = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.kind(i) == TokenKind.PUNCTUATION || !tokens.isTimed(i)) {
        continue;
      }
      if (n == intervals.length) {
        intervals = Arrays.copyOf(intervals, n + (n >> 1));
      }
      intervals[n++] = ((long) tokens.startMs(i) << 32) | (tokens.endMs(i) & 0xFFFF_FFFFL);
    }
    if (n == 0) {
      return;
    }
    Arrays.sort(intervals, 0, n);
    int coveredTo = (int) intervals[0];
    b.windowStart = (int) (intervals[0] >> 32);
    for (int k = 1; k < n; k++) {
      int start = (int) (intervals[k] >> 32);
      int end = (int) intervals[k];
      if (start > coveredTo && (long) start - coveredTo >= silenceMs) {
        b.silenceStart.add(coveredTo);
        b.silenceEnd.add(start);
      }
      coveredTo = Math.max(coveredTo, end);
    }
    b.windowEnd = coveredTo;
  }

  int silences() {
    return silenceStart.length;
  }

  int silenceStart(int k) {
    return silenceStart[k];
  }

  int silenceEnd(int k) {
    return silenceEnd[k];
  }

  long silenceTotalMs() {
    long total = 0;
    for (int k = 0; k < silenceStart.length; k++) {
      total += (long) silenceEnd[k] - silenceStart[k];
    }
    return total;
  }

  int interruptions() {
    return interruptionStart.length;
  }

  int interruptionStart(int k) {
    return interruptionStart[k];
  }

  int interruptionEnd(int k) {
    return interruptionEnd[k];
  }

  /** Speaker id of who interrupted. */
  int interrupter(int k) {
    return interrupter[k];
  }

  /** Speaker id of who was interrupted. */
  int interrupted(int k) {
    return interrupted[k];
  }

  int responses() {
    return responder.length;
  }

  /** Speaker id of the responder. */
  int responder(int k) {
    return responder[k];
  }

  int gap(int k) {
    return gap[k];
  }

  /** Start of the conversation window (earliest timed word or filler); 0 when nothing is timed. */
  int windowStart() {
    return windowStart;
  }

  /** End of the conversation window (latest end of a timed word or filler); 0 when nothing is timed. */
  int windowEnd() {
    return windowEnd;
  }

  private static final class Builder {
    final IntList silenceStart = new IntList();
    final IntList silenceEnd = new IntList();
    final IntList interruptionStart = new IntList();
    final IntList interruptionEnd = new IntList();
    final IntList interrupter = new IntList();
    final IntList interrupted = new IntList();
    final IntList responder = new IntList();
    final IntList gap = new IntList();
    int windowStart;
    int windowEnd;
  }

  /** A growable int array. */
  static final class IntList {
    private int[] values = new int[8];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
