package io.github.amivoicetoolkit.exporters.report;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Transcripts;
import io.github.amivoicetoolkit.testkit.WorkedExample;
import java.io.IOException;
import java.io.UncheckedIOException;
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
  static final String WORKED_EXAMPLE = WorkedExample.JSON;

  private ReportSamples() {}

  static Transcript workedExample() {
    return WorkedExample.read();
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
