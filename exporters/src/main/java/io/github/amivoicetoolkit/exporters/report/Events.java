package io.github.amivoicetoolkit.exporters.report;

import io.github.amivoicetoolkit.analytics.ConversationEvents;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import java.util.Arrays;
import java.util.List;

/**
 * The conversation events a report draws — silences, interruptions and response gaps — as speaker ids
 * and int columns, taken from the analytics ({@link TranscriptStats#events()}, {@link
 * TranscriptStats#responseGaps()}), which define them once ({@code docs/figures.md#conversation-figures});
 * the reports only add the conversation window for their time axis. Immutable.
 */
final class Events {
  private final int[] silenceStart;
  private final int[] silenceEnd;
  private final int[] interruptionStart;
  private final int[] interruptionEnd;
  private final int[] interrupter;
  private final int[] interrupted;
  private final long[] gaps;
  private final int windowStart;
  private final int windowEnd;

  private Events(Builder b, long[] gaps) {
    this.silenceStart = b.silenceStart.toArray();
    this.silenceEnd = b.silenceEnd.toArray();
    this.interruptionStart = b.interruptionStart.toArray();
    this.interruptionEnd = b.interruptionEnd.toArray();
    this.interrupter = b.interrupter.toArray();
    this.interrupted = b.interrupted.toArray();
    this.gaps = gaps;
    this.windowStart = b.windowStart;
    this.windowEnd = b.windowEnd;
  }

  /** The events of {@code stats}, computed from {@code transcript} (the same, renamed, transcript). */
  static Events of(Transcript transcript, TranscriptStats stats) {
    Builder b = new Builder();
    List<String> speakers = transcript.speakers();
    ConversationEvents events = stats.events();
    for (int e = 0; e < events.size(); e++) {
      if (events.type(e) == ConversationEvents.Type.SILENCE) {
        b.silenceStart.add(events.startMs(e));
        b.silenceEnd.add(events.endMs(e));
      } else {
        b.interruptionStart.add(events.startMs(e));
        b.interruptionEnd.add(events.endMs(e));
        b.interrupter.add(speakers.indexOf(events.speaker(e)));
        b.interrupted.add(speakers.indexOf(events.interrupted(e)));
      }
    }
    window(transcript.tokens(), b);
    return new Events(b, stats.responseGaps());
  }

  /** The smallest start and the largest end of the timed word and filler tokens (0 and 0 when none). */
  private static void window(Tokens tokens, Builder b) {
    boolean any = false;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.kind(i) == TokenKind.PUNCTUATION || !tokens.isTimed(i)) {
        continue;
      }
      b.windowStart = any ? Math.min(b.windowStart, tokens.startMs(i)) : tokens.startMs(i);
      b.windowEnd = any ? Math.max(b.windowEnd, tokens.endMs(i)) : tokens.endMs(i);
      any = true;
    }
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
    return gaps.length;
  }

  /** The gap of response {@code k}, in document order. */
  long gap(int k) {
    return gaps[k];
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
