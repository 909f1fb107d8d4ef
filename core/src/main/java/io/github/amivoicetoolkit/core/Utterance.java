package io.github.amivoicetoolkit.core;

/**
 * One utterance as a value, for convenient iteration ({@link Utterances#iterator()}).
 *
 * @param index position in the transcript
 * @param startMs {@code results[0].starttime}, or {@link Transcript#NO_TIME}
 * @param endMs {@code results[0].endtime}, or {@link Transcript#NO_TIME}
 * @param confidence {@code results[0].confidence}, or {@code NaN}
 * @param firstToken index of its first token
 * @param endToken index one past its last token
 * @param text its {@code text}
 */
public record Utterance(int index, int startMs, int endMs, double confidence, int firstToken, int endToken,
    String text) {}
