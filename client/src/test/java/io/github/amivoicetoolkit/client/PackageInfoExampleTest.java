package io.github.amivoicetoolkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.PackageInfoExamples;
import io.github.amivoicetoolkit.core.Samples;
import io.github.amivoicetoolkit.testkit.ApiVersion;
import io.github.amivoicetoolkit.testkit.FakeAmiVoiceServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of this package's {@code package-info.java}, run against the simulator serving a bundled sample. */
class PackageInfoExampleTest {

  @Test
  void exampleRunsAgainstTheSimulator(@TempDir Path dir) throws Exception {
    String appKey = "example-key";
    Path audio = Files.write(dir.resolve("meeting.wav"), new byte[] {'R', 'I', 'F', 'F', 0, 1, 2, 3});
    try (FakeAmiVoiceServer server = FakeAmiVoiceServer.builder().appKeys(appKey)
        .statusDelay(Duration.ofMillis(10))
        .result(Samples.copyTo("async-v2-completed-diarized.json", dir.resolve("served"))).start()) {
      URI endpoint = server.recognitionsUri(ApiVersion.V2);

      // example 0
      AmiVoiceClient client = AmiVoiceClient.builder()
          .endpoint(endpoint)                                   // default: production v2; .v1() for sentiment
          .appKey(appKey)                                       // default: from AMIVOICE_APPKEY
          .pollingPolicy(PollingPolicy.builder().initialDelay(Duration.ofMillis(50)).maxWait(Duration.ofMinutes(30)).build())
          .build();
      RecognitionOptions options = RecognitionOptions.builder()
          .grammarFileNames("-a-general").speakerDiarization(true).contentId("meeting.wav").build();
      Job job = client.submit(audio, options);                  // streamed; size and MD5 kept
      try {
        RecognitionResult result = client.await(job,             // written beside the audio, atomically
            s -> System.err.println(s.sessionId() + " " + s.state()), audio.resolveSibling("meeting.json"));
        System.out.println(result.transcript().text());
      } catch (InterruptedException | AwaitTimeoutException e) {
        System.err.println("still running at the service: " + job.sessionId());  // await Job.of(id) later
      } catch (JobRejectedException e) {
        System.err.println("rejected (" + e.code() + "): " + e.serviceMessage()); // do not retry
      } catch (RequestTimeoutException | ResponseTooLargeException e) {
        System.err.println(e.getMessage());                      // names the setting and its value
      }
      // end of example

      assertThat(dir.resolve("meeting.json")).isNotEmptyFile();
      assertThat(server.jobs()).hasSize(1);
    }
  }

  @Test
  void javadocShowsTheCodeThatRuns() {
    assertThat(PackageInfoExamples.javadocExample("io.github.amivoicetoolkit.client", 0))
        .isEqualTo(PackageInfoExamples.testedExample(getClass(), 0));
  }
}
