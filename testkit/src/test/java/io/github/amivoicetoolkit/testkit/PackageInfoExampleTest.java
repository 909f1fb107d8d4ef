package io.github.amivoicetoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.PackageInfoExamples;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of this package's {@code package-info.java}, run. */
class PackageInfoExampleTest {

  @Test
  void examplesRun(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream outputStream = new ByteArrayOutputStream();

    // example 0
    SyntheticResults oneHour = SyntheticResults.builder()
        .seed(42)
        .minutes(60)
        .speakers(4)
        .sentiment(true)
        .build();
    oneHour.writeTo(dir.resolve("meeting.json.gz"));    // streams; gzip because of the name

    SyntheticResults.Summary truth = oneHour.summary(); // counted without writing or parsing
    Transcript transcript = new TranscriptReader().read(dir.resolve("meeting.json.gz"));
    assertThat(transcript.tokens().size()).isEqualTo(truth.tokens());

    // a variant: English, sync-compatible shape, no diarization
    SyntheticResults english = oneHour.toBuilder()
        .language(SyntheticResults.Language.ENGLISH)
        .compatibleWithSync(true)
        .diarization(false)
        .build();
    english.writeTo(outputStream);                       // flushed, not closed
    // end of example

    assertThat(outputStream.size()).isPositive();

    // example 1
    try (FakeAmiVoiceServer server = FakeAmiVoiceServer.builder()
        .appKeys("test-key")
        .statusDelay(Duration.ofMillis(20))          // queued, started, processing: 20 ms each
        .result(oneHour::writeTo)                    // job fields are put in by the simulator
        .start()) {
      server.faults().onPoll(Fault.httpStatus(503), 2).onCreate(Fault.jobRejected());
      URI endpoint = server.recognitionsUri(ApiVersion.V2);   // http://127.0.0.1:<port>/v2/recognitions
      // ... point a client at endpoint, then:
      List<ReceivedJob> jobs = server.jobs();                 // d parameter, audio size and MD5 of each
    }
    // end of example
  }

  @Test
  void javadocShowsTheCodeThatRuns() {
    for (int example = 0; example < 2; example++) {
      assertThat(PackageInfoExamples.javadocExample("io.github.amivoicetoolkit.testkit", example))
          .as("example %d", example)
          .isEqualTo(PackageInfoExamples.testedExample(getClass(), example));
    }
  }
}
