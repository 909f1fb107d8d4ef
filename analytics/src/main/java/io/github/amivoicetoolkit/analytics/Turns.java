package io.github.amivoicetoolkit.analytics;

import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.internal.TextJoin;
import java.util.Arrays;
import java.util.Objects;

/**
 * The turns of a transcript: maximal runs of consecutive word and filler tokens, in document order, with
 * the same speaker ({@code docs/figures.md#turns}). A turn may cross utterances, and one utterance may
 * hold several turns: this is where a mixed-speaker utterance is split by speaker. Punctuation does not
 * break a turn; it belongs to the turn it follows (punctuation before the first word, to the first turn).
 *
 * <p>A turn is <em>timed</em> when it holds a timed word or filler; its interval is then
 * {@code [first timed start, last timed end)}, first and last in document order.
 *
 * <p>Columns, computed in one pass: four {@code int}s per turn plus the token range. Immutable.
 */
public final class Turns {
  private final Transcript transcript;
  private final int size;
  private final int[] firstToken;
  private final int[] speaker;
  private final int[] start;
  private final int[] end;
  private final int[] words;

  private Turns(Transcript transcript, int size, int[] firstToken, int[] speaker, int[] start, int[] end,
      int[] words) {
    this.transcript = transcript;
    this.size = size;
    this.firstToken = firstToken;
    this.speaker = speaker;
    this.start = start;
    this.end = end;
    this.words = words;
  }

  /** The turns of {@code transcript} (of its renamed speakers when it is a renamed view). */
  public static Turns of(Transcript transcript) {
    Objects.requireNonNull(transcript, "transcript");
    Tokens tokens = transcript.tokens();
    int capacity = 16;
    int[] firstToken = new int[capacity];
    int[] speaker = new int[capacity];
    int[] start = new int[capacity];
    int[] end = new int[capacity];
    int[] words = new int[capacity];
    int size = 0;
    int current = -1;
    for (int i = 0, n = tokens.size(); i < n; i++) {
      TokenKind kind = tokens.kind(i);
      if (kind == TokenKind.PUNCTUATION) {
        continue;
      }
      int s = tokens.speakerId(i);
      if (size == 0 || s != current) {
        if (size == capacity) {
          capacity = capacity + (capacity >> 1);
          firstToken = Arrays.copyOf(firstToken, capacity);
          speaker = Arrays.copyOf(speaker, capacity);
          start = Arrays.copyOf(start, capacity);
          end = Arrays.copyOf(end, capacity);
          words = Arrays.copyOf(words, capacity);
        }
        firstToken[size] = i;
        speaker[size] = s;
        start[size] = Transcript.NO_TIME;
        end[size] = Transcript.NO_TIME;
        size++;
        current = s;
      }
      int t = size - 1;
      if (kind == TokenKind.WORD) {
        words[t]++;
      }
      if (tokens.isTimed(i)) {
        if (start[t] == Transcript.NO_TIME) {
          start[t] = tokens.startMs(i);
        }
        end[t] = tokens.endMs(i);
      }
    }
    return new Turns(transcript, size, firstToken, speaker, start, end, words);
  }

  /** Number of turns. */
  public int size() {
    return size;
  }

  /** The turn's speaker: an index into {@link Transcript#speakers()}. */
  public int speakerId(int turn) {
    return speaker[check(turn)];
  }

  /** The turn's speaker name ({@code ""} for the unlabelled speaker). */
  public String speaker(int turn) {
    return transcript.speakers().get(speakerId(turn));
  }

  /** Whether the turn holds a timed word or filler. */
  public boolean isTimed(int turn) {
    return start[check(turn)] != Transcript.NO_TIME;
  }

  /** Start of the turn's first timed word or filler, or {@link Transcript#NO_TIME}. */
  public int startMs(int turn) {
    return start[check(turn)];
  }

  /** End of the turn's last timed word or filler (document order), or {@link Transcript#NO_TIME}. */
  public int endMs(int turn) {
    return end[check(turn)];
  }

  /** {@code endMs - startMs} of a timed turn, as a {@code long}; the caller checks {@link #isTimed} first. */
  public long durationMs(int turn) {
    return (long) end[check(turn)] - start[turn];
  }

  /** Number of word tokens (not fillers, not punctuation) in the turn. */
  public int words(int turn) {
    return words[check(turn)];
  }

  /** Index of the turn's first word or filler token. */
  public int firstToken(int turn) {
    return firstToken[check(turn)];
  }

  /**
   * The tokens that belong to the turn: {@code [tokenFrom(turn), tokenTo(turn))}, its words and fillers
   * with the punctuation that follows them (and, for the first turn, any punctuation before it).
   */
  public int tokenFrom(int turn) {
    return check(turn) == 0 ? 0 : firstToken[turn];
  }

  /** One past the last token that belongs to the turn (see {@link #tokenFrom(int)}). */
  public int tokenTo(int turn) {
    return check(turn) + 1 < size ? firstToken[turn + 1] : transcript.tokens().size();
  }

  /** Index of the utterance the turn starts in (the utterance of its first word or filler). */
  public int utterance(int turn) {
    return transcript.tokens().utterance(firstToken(turn));
  }

  /**
   * The turn's text: the written forms of its tokens, fillers (with their percent signs) and punctuation
   * included, joined as the subtitles join them (no spaces in Japanese, one between Latin-script words).
   */
  public String text(int turn) {
    Tokens tokens = transcript.tokens();
    StringBuilder text = new StringBuilder();
    for (int i = tokenFrom(turn), to = tokenTo(turn); i < to; i++) {
      String written = tokens.written(i);
      // a kept filler (%um%) is spaced like the word inside its percent signs
      TextJoin.append(text, written, tokens.isFiller(i) ? written.substring(1, written.length() - 1) : written);
    }
    return text.toString();
  }

  private int check(int turn) {
    if (turn < 0 || turn >= size) {
      throw new IndexOutOfBoundsException("turn " + turn + " of " + size);
    }
    return turn;
  }
}
