package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.PackageInfoExamples;
import io.github.amivoicetoolkit.core.Samples;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The example of this package's {@code package-info.java}, run on a bundled sample. */
class PackageInfoExampleTest {

  @Test
  void exampleRunsOnASample(@TempDir Path dir) throws IOException {
    Path file = Samples.copyTo("async-v1-completed-sentiment.json", dir);

    // example 0
    Transcript transcript = new TranscriptReader().read(file)
        .withSpeakerNames(SpeakerNames.parse("speaker0=山田,speaker1=佐藤"));
    AnalyticsOptions options = AnalyticsOptions.builder()
        .lowConfidenceThreshold(0.6)
        .billingUnitMs(1_000)
        .pricePerHour(new BigDecimal("120"))     // your price: none is built in
        .build();
    TranscriptStats stats = TranscriptStats.of(transcript, options);

    for (SpeakerStats s : stats.speakers()) {
      System.out.printf("%s talked %d ms (%.1f%%)%n", s.speaker(), s.talkMs(), 100 * s.share());
    }
    stats.total().cost().ifPresent(cost -> System.out.println("about " + cost));

    Table bySpeaker = stats.speakersTable();                    // speaker, talk_ms, share, turns, …
    Table lowConfidence = bySpeaker.where(bySpeaker.doubleColumn("low_conf_share").isGreaterThan(0.2));

    System.out.print(StatsText.render("meeting.json", stats));  // aligned, for people
    String line = StatsJson.toJson("meeting.json", stats);      // one JSON line, for pipelines
    // end of example

    assertThat(stats.speakers()).extracting(SpeakerStats::speaker).contains("山田", "佐藤");
    assertThat(stats.total().cost()).isPresent();
    assertThat(lowConfidence.rowCount()).isLessThanOrEqualTo(bySpeaker.rowCount());
    assertThat(line).startsWith("{").contains("meeting.json");
  }

  @Test
  void javadocShowsTheCodeThatRuns() {
    assertThat(PackageInfoExamples.javadocExample("io.github.amivoicetoolkit.analytics", 0))
        .isEqualTo(PackageInfoExamples.testedExample(getClass(), 0));
  }
}
