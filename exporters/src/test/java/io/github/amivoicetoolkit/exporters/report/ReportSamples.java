package io.github.amivoicetoolkit.exporters.report;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import io.github.amivoicetoolkit.exporters.Transcripts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The inputs the report tests run over, and where they leave their outputs for {@code .ci/run}. */
final class ReportSamples {
  /** Reports the tests wrote, for the Nu HTML Checker in {@code .ci/run}. */
  static final Path HTML_OUT = Path.of("target", "html");
  /** Word documents (and one workbook) the tests wrote, for LibreOffice in {@code .ci/run}. */
  static final Path OFFICE_OUT = Path.of("target", "office");

  /** The worked example of {@code docs/figures.md#worked-example}, whose figures the doc works out. */
  static final String WORKED_EXAMPLE = """
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

  private ReportSamples() {}

  static Transcript workedExample() {
    try {
      return new TranscriptReader().read(WORKED_EXAMPLE.getBytes(StandardCharsets.UTF_8), "example.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every shared sample that is a completed result, every synthetic edge case, and the worked example. */
  static Map<String, Transcript> all() {
    Map<String, Transcript> all = new LinkedHashMap<>();
    all.put("worked-example", workedExample());
    Transcripts.samples().forEach((name, transcript) -> {
      if (TranscriptStats.isCompletedResult(transcript)) {
        all.put(name.replace(".json", ""), transcript);
      }
    });
    all.putAll(Transcripts.synthetic());
    return all;
  }

  static Path out(Path directory, String file) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return directory.resolve(file);
  }
}
