package io.github.amivoicetoolkit.analytics;

import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.Utterances;
import java.util.Arrays;
import java.util.Objects;

/**
 * Which speakers an utterance holds, and the one it is attributed to: the toolkit's single answer,
 * used by every table that has one row per utterance ({@code docs/figures.md#speaker-of-an-utterance}).
 *
 * <p>An utterance belongs to the speaker with the most talk time inside it (the union of the speaker's
 * timed word and filler intervals in the utterance, overlap counted once); ties go to the speaker whose
 * timed word or filler comes first in the utterance. Without any timed word or filler, the speaker of
 * its first word; without a word, nobody ({@link #NONE}). An utterance whose tokens have several
 * speakers is not hidden behind that one: {@link #speakers(int)} lists them all, and the turns
 * ({@link Turns}) split it where the speaker changes.
 *
 * <p>Computed on demand, one utterance at a time, reusing its buffers; not thread-safe.
 */
public final class UtteranceSpeakers {
  /** No speaker can be named: the utterance has no word or filler token. */
  public static final int NONE = -1;

  private final Tokens tokens;
  private final Utterances utterances;
  private final LongList intervals = new LongList();
  private int[] order = new int[8];

  private UtteranceSpeakers(Transcript transcript) {
    this.tokens = transcript.tokens();
    this.utterances = transcript.utterances();
  }

  /** Attribution over {@code transcript}'s utterances (renamed speakers when it is a renamed view). */
  public static UtteranceSpeakers of(Transcript transcript) {
    return new UtteranceSpeakers(Objects.requireNonNull(transcript, "transcript"));
  }

  /** The speaker id (index into {@link Transcript#speakers()}) utterance {@code u} is attributed to, or {@link #NONE}. */
  public int speakerOf(int u) {
    int first = utterances.firstToken(u);
    int end = utterances.endToken(u);
    int speakerCount = talkingSpeakers(first, end);
    if (speakerCount == 0) {
      return firstWordSpeaker(first, end);
    }
    if (speakerCount == 1) {
      return order[0];
    }
    int best = NONE;
    long bestTalk = -1;
    for (int k = 0; k < speakerCount; k++) {
      intervals.size = 0;
      for (int i = first; i < end; i++) {
        if (tokens.speakerId(i) == order[k] && isTalk(i)) {
          Intervals.append(intervals, tokens.startMs(i), tokens.endMs(i));
        }
      }
      long talk = Intervals.mergeInPlace(intervals);
      if (talk > bestTalk) {
        bestTalk = talk;
        best = order[k];
      }
    }
    return best;
  }

  /**
   * Every speaker with a word or filler token in utterance {@code u}, in order of their first such token;
   * a new array on each call, empty for an utterance without words or fillers.
   */
  public int[] speakers(int u) {
    int count = 0;
    int[] found = new int[2];
    for (int i = utterances.firstToken(u), end = utterances.endToken(u); i < end; i++) {
      if (tokens.kind(i) != TokenKind.PUNCTUATION) {
        int speaker = tokens.speakerId(i);
        if (indexOf(found, count, speaker) < 0) {
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = speaker;
        }
      }
    }
    return Arrays.copyOf(found, count);
  }

  /** Fills {@link #order} with the speakers of timed talk in {@code [first, end)}; returns how many. */
  private int talkingSpeakers(int first, int end) {
    int count = 0;
    for (int i = first; i < end; i++) {
      if (isTalk(i)) {
        int speaker = tokens.speakerId(i);
        if (indexOf(order, count, speaker) < 0) {
          if (count == order.length) {
            order = Arrays.copyOf(order, count * 2);
          }
          order[count++] = speaker;
        }
      }
    }
    return count;
  }

  private boolean isTalk(int i) {
    return tokens.isTimed(i) && tokens.kind(i) != TokenKind.PUNCTUATION;
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
