package io.github.amivoicetoolkit.core;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The utterances (speech sections) of a transcript as columns: one per element of a
 * {@code results} array, in document order. Each owns the token range
 * {@code [firstToken(u), endToken(u))}.
 */
public final class Utterances implements Iterable<Utterance> {
  private final IntColumn start;
  private final IntColumn end;
  private final DoubleColumn confidence;
  private final IntColumn firstToken;
  private final String[] text;
  private final Tokens tokens;

  /** {@code text[u]} is null where the utterance's text is its tokens' written forms run together. */
  Utterances(IntColumn start, IntColumn end, DoubleColumn confidence, IntColumn firstToken, String[] text,
      Tokens tokens) {
    this.start = start;
    this.end = end;
    this.confidence = confidence;
    this.firstToken = firstToken;
    this.text = text;
    this.tokens = tokens;
  }

  public int size() {
    return text.length;
  }

  /** The utterance's {@code results[0].starttime}, or {@link Transcript#NO_TIME}. */
  public int startMs(int u) {
    return start.get(u);
  }

  /** The utterance's {@code results[0].endtime}, or {@link Transcript#NO_TIME}. */
  public int endMs(int u) {
    return end.get(u);
  }

  /** {@code endtime - starttime}, the utterance's billable length, or 0 when a time is missing or reversed. */
  public int durationMs(int u) {
    int s = start.get(u);
    int e = end.get(u);
    return s == Transcript.NO_TIME || e == Transcript.NO_TIME || e < s ? 0 : e - s;
  }

  /** The utterance's {@code confidence}, or {@code NaN}. */
  public double confidence(int u) {
    return confidence.get(u);
  }

  /**
   * Id of {@link #confidence(int)} among the column's distinct values, {@code 0 <= id <}
   * {@link #confidenceDistinct()}; equal bits share an id, and utterances without a confidence share the
   * id of {@code NaN} (see {@link Tokens#confidenceId(int)}).
   */
  public int confidenceId(int u) {
    return confidence.id(u);
  }

  /** The confidence with id {@code id}; {@code NaN} for "absent". */
  public double confidenceValue(int id) {
    return confidence.value(id);
  }

  /** Number of distinct utterance confidences, {@code NaN} included when some utterance has none. */
  public int confidenceDistinct() {
    return confidence.distinct();
  }

  /** Index of the utterance's first token. */
  public int firstToken(int u) {
    return firstToken.get(u);
  }

  /** Index one past the utterance's last token. */
  public int endToken(int u) {
    return u + 1 < size() ? firstToken.get(u + 1) : tokens.size();
  }

  public int tokenCount(int u) {
    return endToken(u) - firstToken(u);
  }

  /**
   * The utterance's {@code text} as the file wrote it ({@code ""} when absent). A text that is just
   * its tokens' written forms run together (the usual case) is not stored twice but rebuilt here.
   */
  public String text(int u) {
    String own = text[u];
    if (own != null) {
      return own;
    }
    StringBuilder joined = new StringBuilder();
    for (int i = firstToken(u), end = endToken(u); i < end; i++) {
      joined.append(tokens.written(i));
    }
    return joined.toString();
  }

  boolean hasOwnText(int u) {
    return text[u] != null;
  }

  Tokens tokens() {
    return tokens;
  }

  public Utterance get(int u) {
    return new Utterance(u, startMs(u), endMs(u), confidence(u), firstToken(u), endToken(u), text(u));
  }

  @Override
  public Iterator<Utterance> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size();
      }

      @Override
      public Utterance next() {
        if (next >= size()) {
          throw new NoSuchElementException();
        }
        return get(next++);
      }
    };
  }
}
