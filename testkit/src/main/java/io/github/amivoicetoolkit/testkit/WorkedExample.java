package io.github.amivoicetoolkit.testkit;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The worked example of the project's {@code docs/figures.md} (a two-speaker call with an interruption
 * and a silence, whose every figure the doc works out by hand), so that the tests of the figures, the
 * tables and the reports check the same call the doc explains. A test keeps it equal to the doc.
 */
public final class WorkedExample {
  /** The result document, as the doc prints it. */
  public static final String JSON = """
      {"status":"completed","session_id":"example","segments":[
      {"results":[{"starttime":100,"endtime":1900,"confidence":0.96,"tokens":[
       {"written":"Hello","starttime":200,"endtime":600,"confidence":0.9,"label":"speaker0"},
       {"written":","},
       {"written":"how","starttime":700,"endtime":900,"confidence":0.8,"label":"speaker0"},
       {"written":"can","starttime":900,"endtime":1100,"confidence":0.95,"label":"speaker0"},
       {"written":"I","starttime":1100,"endtime":1200,"confidence":0.6,"label":"speaker0"},
       {"written":"help","starttime":1200,"endtime":1800,"confidence":0.4,"label":"speaker0"},
       {"written":"?"}],"text":"Hello, how can I help?"}]},
      {"results":[{"starttime":1500,"endtime":5100,"confidence":0.88,"tokens":[
       {"written":"%um%","starttime":1600,"endtime":2000,"confidence":0.3},
       {"written":"my","starttime":2100,"endtime":2300,"confidence":0.9,"label":"speaker1"},
       {"written":"card","starttime":2300,"endtime":2800,"confidence":0.7,"label":"speaker1"},
       {"written":"is","starttime":2900,"endtime":3000,"confidence":1.0,"label":"speaker1"},
       {"written":"blocked","starttime":3000,"endtime":5000,"confidence":0.5,"label":"speaker1"}],"text":"%um% my card is blocked"}]},
      {"results":[{"starttime":3700,"endtime":5600,"confidence":0.9,"tokens":[
       {"written":"sorry","starttime":3800,"endtime":4400,"confidence":0.85,"label":"speaker0"},
       {"written":"checking","starttime":4400,"endtime":5500,"confidence":0.75,"label":"speaker0"},
       {"written":"."}],"text":"sorry checking."}]},
      {"results":[{"starttime":8800,"endtime":9700,"confidence":0.99,"tokens":[
       {"written":"thanks","starttime":9000,"endtime":9600,"confidence":0.95,"label":"speaker1"},
       {"written":"."}],"text":"thanks."}]}
      ],"code":"","message":""}
      """;

  private WorkedExample() {}

  /** The document read as {@code example.json}. */
  public static Transcript read() {
    try {
      return new TranscriptReader().read(JSON.getBytes(StandardCharsets.UTF_8), "example.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
