package io.github.amivoicetoolkit.core;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The word tokens of a transcript, in document order (utterance order, then token order), as columns.
 *
 * <p>Every accessor takes a token index {@code 0 <= i < size()} and reads a primitive column: no
 * object is made per token. Absent values have explicit markers: {@link Transcript#NO_TIME} for
 * times, {@code NaN} for confidence, {@code null} for strings, {@code -1} for ids.
 * {@link #iterator()} makes one {@link Token} per token for convenience; hot loops use the columns.
 */
public final class Tokens implements Iterable<Token> {
  private final String[] dictionary;
  private final byte[] dictionaryKinds;
  private final int underscoreId;
  private final IntColumn written;
  private final IntColumn spoken;
  private final IntColumn start;
  private final IntColumn end;
  private final DoubleColumn confidence;
  private final CharColumn labels;
  private final CharColumn speakers;
  private final String[] labelNames;
  /** Renamed speaker id of each label id, or null when the speakers are the labels themselves. */
  private final char[] renamed;
  private final String[] speakerNames;
  private final IntColumn utteranceFirstToken;

  Tokens(
      String[] dictionary,
      byte[] dictionaryKinds,
      int underscoreId,
      IntColumn written,
      IntColumn spoken,
      IntColumn start,
      IntColumn end,
      DoubleColumn confidence,
      CharColumn labels,
      CharColumn speakers,
      String[] speakerNames,
      IntColumn utteranceFirstToken) {
    this.dictionary = dictionary;
    this.dictionaryKinds = dictionaryKinds;
    this.underscoreId = underscoreId;
    this.written = written;
    this.spoken = spoken;
    this.start = start;
    this.end = end;
    this.confidence = confidence;
    this.labels = labels;
    this.speakers = speakers;
    this.labelNames = speakerNames;
    this.renamed = null;
    this.speakerNames = speakerNames;
    this.utteranceFirstToken = utteranceFirstToken;
  }

  private Tokens(Tokens base, char[] renamed, String[] speakerNames) {
    this.dictionary = base.dictionary;
    this.dictionaryKinds = base.dictionaryKinds;
    this.underscoreId = base.underscoreId;
    this.written = base.written;
    this.spoken = base.spoken;
    this.start = base.start;
    this.end = base.end;
    this.confidence = base.confidence;
    this.labels = base.labels;
    this.speakers = base.speakers;
    this.labelNames = base.labelNames;
    this.renamed = renamed;
    this.speakerNames = speakerNames;
    this.utteranceFirstToken = base.utteranceFirstToken;
  }

  /**
   * A view sharing every column whose speaker ids are mapped by {@code newIdOfCurrent} (indexed by this
   * view's speaker ids) to {@code names}.
   */
  Tokens renamed(int[] newIdOfCurrent, String[] names) {
    char[] mapping = new char[labelNames.length];
    for (int label = 0; label < mapping.length; label++) {
      mapping[label] = (char) newIdOfCurrent[renamed == null ? label : renamed[label]];
    }
    return new Tokens(this, mapping, names);
  }

  /** Number of tokens. */
  public int size() {
    return written.size();
  }

  /** The surface form, {@code written}; never null. */
  public String written(int i) {
    return dictionary[written.get(i)];
  }

  /** Id of {@link #written(int)} in the transcript's string dictionary ({@link #dictionaryString(int)}). */
  public int writtenId(int i) {
    return written.get(i);
  }

  /** The reading, {@code spoken}, or null when the token has none. */
  public String spoken(int i) {
    int id = spoken.get(i);
    return id < 0 ? null : dictionary[id];
  }

  /** Id of {@link #spoken(int)} in the string dictionary, or {@code -1} when absent. */
  public int spokenId(int i) {
    return spoken.get(i);
  }

  /** The string with dictionary id {@code id}: written and spoken forms share one dictionary. */
  public String dictionaryString(int id) {
    return dictionary[id];
  }

  /** Number of distinct written and spoken strings. */
  public int dictionarySize() {
    return dictionary.length;
  }

  /** {@code starttime} in ms, or {@link Transcript#NO_TIME}. */
  public int startMs(int i) {
    return start.get(i);
  }

  /** {@code endtime} in ms, or {@link Transcript#NO_TIME}. */
  public int endMs(int i) {
    return end.get(i);
  }

  /** True when the token has both times and {@code endtime > starttime} (a "timed" token of the spec). */
  public boolean isTimed(int i) {
    int s = start.get(i);
    int e = end.get(i);
    return s != Transcript.NO_TIME && e != Transcript.NO_TIME && e > s;
  }

  /** {@code confidence} in 0–1, or {@code NaN} when the token has none. */
  public double confidence(int i) {
    return confidence.get(i);
  }

  /**
   * Id of {@link #confidence(int)} among the column's distinct values, {@code 0 <= id <}
   * {@link #confidenceDistinct()}; tokens whose confidences have the same bits share an id, and tokens
   * without one share the id of {@code NaN}. Lets a caller count values instead of sorting them.
   */
  public int confidenceId(int i) {
    return confidence.id(i);
  }

  /** The confidence with id {@code id} (see {@link #confidenceId(int)}); {@code NaN} for "absent". */
  public double confidenceValue(int id) {
    return confidence.value(id);
  }

  /** Number of distinct confidence values, {@code NaN} included when some token has none. */
  public int confidenceDistinct() {
    return confidence.distinct();
  }

  public boolean hasConfidence(int i) {
    return !Double.isNaN(confidence.get(i));
  }

  /**
   * Index into {@link Transcript#speakers()} of the speaker the token's own {@code label} names (after
   * any renaming), or {@code -1} when the token has no label.
   */
  public int labelId(int i) {
    int id = labels.get(i);
    if (id == Transcript.NO_SPEAKER) {
      return -1;
    }
    return renamed == null ? id : renamed[id];
  }

  /** The token's own {@code label} as the file wrote it (never renamed), or null. */
  public String label(int i) {
    int id = labels.get(i);
    return id == Transcript.NO_SPEAKER ? null : labelNames[id];
  }

  /**
   * Index into {@link Transcript#speakers()} of the token's resolved speaker ({@code docs/figures.md#speaker-of-a-token}),
   * after any {@linkplain Transcript#withSpeakerNames renaming}.
   */
  public int speakerId(int i) {
    int id = speakers.get(i);
    return renamed == null ? id : renamed[id];
  }

  /** The resolved speaker's name; {@code ""} when no token of its utterance is labelled and it was not named. */
  public String speaker(int i) {
    return speakerNames[speakerId(i)];
  }

  public TokenKind kind(int i) {
    if (spoken.get(i) == underscoreId) {
      return TokenKind.PUNCTUATION;
    }
    return KINDS[dictionaryKinds[written.get(i)]];
  }

  public boolean isPunctuation(int i) {
    return kind(i) == TokenKind.PUNCTUATION;
  }

  public boolean isFiller(int i) {
    return kind(i) == TokenKind.FILLER;
  }

  public boolean isWord(int i) {
    return kind(i) == TokenKind.WORD;
  }

  private static final TokenKind[] KINDS = TokenKind.values();

  /** Index of the utterance holding token {@code i} (binary search over utterance ranges). */
  public int utterance(int i) {
    if (i < 0 || i >= size()) {
      throw new IndexOutOfBoundsException("token " + i + " of " + size());
    }
    int low = 0;
    int high = utteranceFirstToken.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (utteranceFirstToken.get(mid) <= i) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** The token as a value object; allocates, so for convenience rather than hot loops. */
  public Token get(int i) {
    if (i < 0 || i >= size()) {
      throw new IndexOutOfBoundsException("token " + i + " of " + size());
    }
    return new Token(i, utterance(i), written(i), spoken(i), startMs(i), endMs(i), confidence(i),
        label(i), speaker(i), kind(i));
  }

  @Override
  public Iterator<Token> iterator() {
    return new Iterator<>() {
      private int next;
      private int utterance;

      @Override
      public boolean hasNext() {
        return next < size();
      }

      @Override
      public Token next() {
        if (next >= size()) {
          throw new NoSuchElementException();
        }
        int i = next++;
        while (utterance + 1 < utteranceFirstToken.size() && utteranceFirstToken.get(utterance + 1) <= i) {
          utterance++;
        }
        return new Token(i, utterance, written(i), spoken(i), startMs(i), endMs(i), confidence(i),
            label(i), speaker(i), kind(i));
      }
    };
  }
}
