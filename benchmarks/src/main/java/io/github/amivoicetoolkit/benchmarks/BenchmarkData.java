package io.github.amivoicetoolkit.benchmarks;

import io.github.amivoicetoolkit.testkit.SyntheticResults;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The documents every suite runs on: synthetic Japanese results, 4 speakers, with sentiment, in the
 * API's compact JSON (10 hours: about 26 MB, 144,000 tokens).
 */
final class BenchmarkData {
  private BenchmarkData() {}

  /** A realistic async v1 result of the given length, byte-identical across runs (fixed seed). */
  static byte[] japaneseResult(int minutes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(minutes * 45_000);
    try {
      generator(minutes).writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The generator of {@link #japaneseResult}, for documents streamed elsewhere (a file). */
  static SyntheticResults generator(int minutes) {
    return SyntheticResults.builder()
        .seed(20261121L)
        .minutes(minutes)
        .speakers(4)
        .language(SyntheticResults.Language.JAPANESE)
        .sentiment(true)
        .pretty(false)
        .build();
  }
}
