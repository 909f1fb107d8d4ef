package io.github.amivoicetoolkit.analytics;

import io.github.amivoicetoolkit.core.Samples;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the test documents: shared samples and JSON text written in the tests. */
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

  /** A sync-shaped result with one utterance per array of token objects; single quotes become double. */
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
