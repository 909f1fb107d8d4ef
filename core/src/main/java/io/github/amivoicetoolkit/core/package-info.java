/**
 * Reads AmiVoice speech-recognition results into a compact, columnar {@link
 * io.github.amivoicetoolkit.core.Transcript}.
 *
 * <p>Entry points: {@link io.github.amivoicetoolkit.core.TranscriptReader} (with {@link
 * io.github.amivoicetoolkit.core.ReadOptions} limits), the {@code Transcript} and its column views
 * {@link io.github.amivoicetoolkit.core.Tokens}, {@link io.github.amivoicetoolkit.core.Utterances},
 * {@link io.github.amivoicetoolkit.core.Sentiment}, {@link io.github.amivoicetoolkit.core.JobInfo},
 * and the read errors under {@link io.github.amivoicetoolkit.core.TranscriptReadException}.
 *
 * <pre>{@code
 * TranscriptReader reader = new TranscriptReader();            // thread-safe, reuse it
 * Transcript t = reader.read(file);                            // a Path: .json or .json.gz
 * if (t.job().failed()) {
 *   throw new IllegalStateException(t.job().describe());        // a failure body is data, not an exception
 * }
 * Tokens tokens = t.tokens();
 * long talk = 0;
 * for (int i = 0; i < tokens.size(); i++) {                    // columns: no object per token
 *   if (tokens.isTimed(i) && tokens.kind(i) != TokenKind.PUNCTUATION) {
 *     talk += tokens.endMs(i) - tokens.startMs(i);
 *   }
 * }
 * System.out.println(t.speakers() + " " + talk + " ms");
 * }</pre>
 *
 * <p>The result shapes the reader accepts, its limits and its errors are described in {@code
 * docs/result-format.md} ({@code #result-shapes}, {@code #read-limits}, {@code #read-errors}); how a
 * token's class and speaker are decided, in {@code docs/figures.md#token-classes} and {@code
 * #speaker-of-a-token}.
 *
 * <h2>Memory</h2>
 * A transcript costs about 22 bytes a token (written and spoken ids 4 + 4, start and end 4 + 4,
 * dictionary-encoded confidence 2, label and speaker ids 2 + 2) plus one {@code String} per distinct
 * word; utterance and document texts are kept only where they differ from their tokens. Measured with
 * JOL ({@code GraphLayout.parseInstance(transcript).totalSize()}) on a {@code SyntheticResults}
 * 10-hour, 4-speaker Japanese result with sentiment in the API's compact JSON (25.9 MB, 145,826
 * tokens): 4.35 MB retained, 16.8% of the JSON. The testkit test {@code TranscriptMemoryTest} fails
 * past 20%; {@code benchmarks}' {@code MemoryReport} prints the figures and the bytes allocated per
 * parse (1.17 times the retained size for that file).
 */
package io.github.amivoicetoolkit.core;
