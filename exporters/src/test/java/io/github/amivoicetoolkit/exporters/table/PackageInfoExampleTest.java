package io.github.amivoicetoolkit.exporters.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.PackageInfoExamples;
import io.github.amivoicetoolkit.core.Samples;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of this package's {@code package-info.java}, run on a bundled sample. */
class PackageInfoExampleTest {

  @Test
  void exampleRunsOnASample(@TempDir Path dir) throws IOException {
    Path file = Samples.copyTo("async-v1-completed-sentiment.json", dir);
    Path out = dir.resolve("out");

    // example 0
    Transcript transcript = new TranscriptReader().read(file)
        .withSpeakerNames(SpeakerNames.parse("speaker0=山田,speaker1=佐藤"));   // --speakers
    ExportInput input = ExportInput.builder(transcript)
        .stats(TranscriptStats.of(transcript))                             // speakers and summary tables
        .build();
    Set<ExportTable> tables = ExportTable.parseList("summary,speakers,utterances,turns");   // --tables

    // call.summary.csv, call.speakers.csv, ... in out/ (--to csv --csv rfc4180 -o out)
    List<Path> csv = new CsvExporter(CsvOptions.builder().dialect(CsvDialect.RFC4180).tables(tables).build())
        .write(input, out, "call");
    // out/call.xlsx, one sheet a table (--to xlsx)
    Path xlsx = new XlsxExporter(XlsxOptions.builder().tables(tables).build())
        .write(input, out.resolve("call.xlsx"));
    // end of example

    assertThat(csv).extracting(p -> p.getFileName().toString())
        .containsExactly("call.summary.csv", "call.speakers.csv", "call.utterances.csv", "call.turns.csv");
    assertThat(xlsx).isNotEmptyFile();
  }

  @Test
  void javadocShowsTheCodeThatRuns() {
    assertThat(PackageInfoExamples.javadocExample("io.github.amivoicetoolkit.exporters.table", 0))
        .isEqualTo(PackageInfoExamples.testedExample(getClass(), 0));
  }
}
