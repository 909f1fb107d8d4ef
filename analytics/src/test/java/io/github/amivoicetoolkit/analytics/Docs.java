package io.github.amivoicetoolkit.analytics;

import io.github.amivoicetoolkit.core.Samples;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import io.github.amivoicetoolkit.testkit.ResultJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/** Reads the test documents: shared samples, JSON text written in the tests, and token lists. */
final class Docs {
  private static final TranscriptReader READER = new TranscriptReader();

  private Docs() {}

  static Transcript sample(String name) {
    return Samples.read(name);
  }

  static Transcript json(String json) {
    try {
      return READER.read(json.getBytes(StandardCharsets.UTF_8), "test.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A result with one utterance per list of tokens, the k-th over [10 s k, 10 s k + 5 s) with
   * confidence 0.9 and empty text.
   */
  @SafeVarargs
  static Transcript utterances(List<Consumer<ResultJson>>... utterances) {
    ResultJson json = ResultJson.result().text("");
    for (int u = 0; u < utterances.length; u++) {
      utterances[u].forEach(token -> token.accept(json));
      json.utterance(u * 10_000, u * 10_000 + 5_000, 0.9, "");
    }
    return json.read();
  }

  /**
   * A sync-shaped result with one utterance per JSON array of token objects written in the test (single
   * quotes become double), the k-th over [10 s k, 10 s k + 5 s): for cases stated as raw token fields.
   */
  static Transcript utterances(String... tokenArrays) {
    StringBuilder json = new StringBuilder("{\"results\":[");
    for (int u = 0; u < tokenArrays.length; u++) {
      if (u > 0) {
        json.append(',');
      }
      json.append("{\"tokens\":").append(tokenArrays[u].replace('\'', '"'))
          .append(",\"confidence\":0.9,\"starttime\":").append(u * 10_000).append(",\"endtime\":")
          .append(u * 10_000 + 5_000).append(",\"text\":\"\"}");
    }
    json.append("],\"text\":\"\",\"code\":\"\",\"message\":\"\"}");
    return json(json.toString());
  }
}
