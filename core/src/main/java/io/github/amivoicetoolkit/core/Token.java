package io.github.amivoicetoolkit.core;

/**
 * One token as a value, for convenient iteration ({@link Tokens#iterator()}); the columns of
 * {@link Tokens} hold the same data without an object per token.
 *
 * @param index position in the transcript, document order
 * @param utterance index of the utterance holding it
 * @param written surface form, never null
 * @param spoken reading, or null
 * @param startMs start in ms, or {@link Transcript#NO_TIME}
 * @param endMs end in ms, or {@link Transcript#NO_TIME}
 * @param confidence 0–1, or {@code NaN}
 * @param label the token's own speaker label, or null
 * @param speaker the resolved speaker, {@code ""} when unknown
 * @param kind word, punctuation or filler
 */
public record Token(
    int index,
    int utterance,
    String written,
    String spoken,
    int startMs,
    int endMs,
    double confidence,
    String label,
    String speaker,
    TokenKind kind) {

  /** True when both times are present and {@code endMs > startMs}. */
  public boolean isTimed() {
    return startMs != Transcript.NO_TIME && endMs != Transcript.NO_TIME && endMs > startMs;
  }
}
