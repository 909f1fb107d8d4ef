package io.github.amivoicetoolkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Samples;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JobStatusTest {

  private static JobStatus status(String json) throws Exception {
    return new JobStatus("s1", new TranscriptReader().read(json.getBytes(StandardCharsets.UTF_8), "test").job());
  }

  static byte[] sample(String name) {
    return Samples.bytes(name);
  }

  private static JobStatus.State stateOfSample(String name) throws Exception {
    return new JobStatus("s", new TranscriptReader().read(sample(name), name).job()).state();
  }

  @Test
  void readsTheStatusOfEveryDocumentedBody() throws Exception {
    assertThat(stateOfSample("status-queued.json")).isEqualTo(JobStatus.State.QUEUED);
    assertThat(stateOfSample("status-processing.json")).isEqualTo(JobStatus.State.PROCESSING);
    assertThat(stateOfSample("status-error-rejected.json")).isEqualTo(JobStatus.State.ERROR);
    assertThat(stateOfSample("async-v2-completed-diarized.json")).isEqualTo(JobStatus.State.COMPLETED);
  }

  @Test
  void takesAResultWithoutAStatusFieldForCompleted() throws Exception {
    assertThat(status("{\"segments\":[],\"text\":\"\",\"code\":\"\",\"message\":\"\"}").state())
        .isEqualTo(JobStatus.State.COMPLETED);
  }

  @Test
  void keepsAStatusItDoesNotKnowAsUnknownWithTheServiceWord() throws Exception {
    JobStatus s = status("{\"session_id\":\"s1\",\"status\":\"paused\"}");

    assertThat(s.state()).isEqualTo(JobStatus.State.UNKNOWN);
    assertThat(s.toString()).isEqualTo("JobStatus[s1, paused]");
  }
}
