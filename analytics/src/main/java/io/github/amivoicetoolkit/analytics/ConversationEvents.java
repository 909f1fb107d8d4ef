package io.github.amivoicetoolkit.analytics;

import java.util.List;

/**
 * The silences and interruptions of one transcript, one event each, ordered by start; at equal starts
 * silences come first, and interruptions keep document order ({@code docs/figures.md#events}). Columns
 * of {@code int}s, no object per event. Immutable.
 *
 * <p>A silence has no speakers; an interruption runs from the start of the response to {@code start +
 * overlap}, made by {@link #speaker(int)} on {@link #interrupted(int)}.
 */
public final class ConversationEvents {
  /** What an event is. */
  public enum Type {
    SILENCE("silence"),
    INTERRUPTION("interruption");

    private final String id;

    Type(String id) {
      this.id = id;
    }

    /** {@code silence} or {@code interruption}, as the events table writes it. */
    public String id() {
      return id;
    }
  }

  private static final int NONE = -1;

  private final List<String> speakers;
  private final int size;
  private final int[] start;
  private final int[] end;
  // speaker ids, NONE for a silence
  private final int[] speaker;
  private final int[] interrupted;

  private ConversationEvents(List<String> speakers, int size, int[] start, int[] end, int[] speaker,
      int[] interrupted) {
    this.speakers = speakers;
    this.size = size;
    this.start = start;
    this.end = end;
    this.speaker = speaker;
    this.interrupted = interrupted;
  }

  static ConversationEvents empty() {
    return new ConversationEvents(List.of(), 0, new int[0], new int[0], new int[0], new int[0]);
  }

  /**
   * Merges silences (packed intervals, in order of start) and interruptions (in document order) into one
   * list in the documented order.
   */
  static ConversationEvents merge(List<String> speakers, LongList silences, int interruptionCount,
      int[] interruptionStart, int[] interruptionEnd, int[] interruptionSpeaker, int[] interruptionVictim) {
    // sort interruptions by start, document order within equal starts: start in the high half, index low
    long[] order = new long[interruptionCount];
    boolean sorted = true;
    for (int i = 0; i < interruptionCount; i++) {
      order[i] = ((long) interruptionStart[i] << 32) | i;
      sorted &= i == 0 || order[i] > order[i - 1];
    }
    if (!sorted) {
      java.util.Arrays.sort(order);
    }
    int size = silences.size + interruptionCount;
    int[] start = new int[size];
    int[] end = new int[size];
    int[] speaker = new int[size];
    int[] interrupted = new int[size];
    int s = 0;
    int i = 0;
    for (int e = 0; e < size; e++) {
      boolean takeSilence = i == interruptionCount
          || s < silences.size && Intervals.start(silences.values[s]) <= (int) (order[i] >> 32);
      if (takeSilence) {
        start[e] = Intervals.start(silences.values[s]);
        end[e] = Intervals.end(silences.values[s]);
        speaker[e] = NONE;
        interrupted[e] = NONE;
        s++;
      } else {
        int index = (int) order[i];
        start[e] = interruptionStart[index];
        end[e] = interruptionEnd[index];
        speaker[e] = interruptionSpeaker[index];
        interrupted[e] = interruptionVictim[index];
        i++;
      }
    }
    return new ConversationEvents(List.copyOf(speakers), size, start, end, speaker, interrupted);
  }

  /** Number of events. */
  public int size() {
    return size;
  }

  public Type type(int event) {
    return speaker[check(event)] == NONE ? Type.SILENCE : Type.INTERRUPTION;
  }

  public int startMs(int event) {
    return start[check(event)];
  }

  public int endMs(int event) {
    return end[check(event)];
  }

  /** {@code endMs − startMs}. */
  public long durationMs(int event) {
    return (long) end[check(event)] - start[event];
  }

  /** Who interrupted (the responder), as named in the transcript; null for a silence. */
  public String speaker(int event) {
    int id = speaker[check(event)];
    return id == NONE ? null : speakers.get(id);
  }

  /** Who was interrupted (the speaker of the turn answered); null for a silence. */
  public String interrupted(int event) {
    int id = interrupted[check(event)];
    return id == NONE ? null : speakers.get(id);
  }

  private int check(int event) {
    if (event < 0 || event >= size) {
      throw new IndexOutOfBoundsException("event " + event + " of " + size);
    }
    return event;
  }
}
