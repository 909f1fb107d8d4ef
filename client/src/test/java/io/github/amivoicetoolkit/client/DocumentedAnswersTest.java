package io.github.amivoicetoolkit.client;

import static io.github.amivoicetoolkit.client.JobStatusTest.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the service's answers exactly as its documentation shows them. */
class DocumentedAnswersTest {

  private final AtomicReference<byte[]> answer = new AtomicReference<>();
  private HttpServer server;
  private AmiVoiceClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
      byte[] body = answer.get();
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v2/recognitions");
    client = AmiVoiceClientTest.client(endpoint).build();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Job submit() throws Exception {
    return client.submit(new ByteArrayInputStream(new byte[] {1, 2, 3}), RecognitionOptions.defaults());
  }

  @Test
  void takesTheSessionIdOfAnAcceptedJob() throws Exception {
    answer.set(sample("create-job-accepted.json"));

    assertThat(submit().sessionId()).isEqualTo("017ac8786c5b0a0504399999");
  }

  @Test
  void reportsTheDocumentedAuthenticationFailure() throws Exception {
    answer.set(sample("create-job-failed-auth.json"));

    assertThatThrownBy(this::submit).isInstanceOfSatisfying(AuthenticationException.class, e -> {
      assertThat(e.code()).isEqualTo("-");
      assertThat(e.getMessage()).contains("received illegal service authorization");
    });
  }

  @Test
  void reportsTheDocumentedUnsupportedAudioOfV1AndV2AsRejectedJobs() throws Exception {
    for (String name : new String[] {"create-job-failed-unsupported-audio-v1.json", "create-job-failed-unsupported-audio-v2.json"}) {
      answer.set(sample(name));

      assertThatThrownBy(this::submit).as(name).isInstanceOfSatisfying(JobRejectedException.class, e -> {
        assertThat(e.code()).isEqualTo("+");
        assertThat(e.serviceMessage()).isEqualTo("received unsupported audio format");
      });
    }
  }

  @Test
  void reportsTheDocumentedRejectedJobWithItsAminethMessage() throws Exception {
    answer.set(sample("status-error-rejected.json"));

    assertThatThrownBy(() -> client.await(Job.of("017c25ec12c00a304474a999")))
        .isInstanceOfSatisfying(JobRejectedException.class, e -> {
          assertThat(e.code()).isEqualTo("o");
          assertThat(e.serviceMessage()).isEqualTo("recognition result is rejected because confidence is below the threshold");
          assertThat(e.sessionId()).isEqualTo("017c25ec12c00a304474a999");
        });
  }

  @Test
  void returnsTheDocumentedCompletedResult() throws Exception {
    answer.set(sample("async-v2-completed-diarized.json"));

    RecognitionResult result = client.await(Job.of("01979fb5d7a30a305c0094c0"));

    assertThat(result.transcript().text()).isEqualTo("www2はバスケットボールの記録に関する用語です。");
    assertThat(result.raw()).isEqualTo(sample("async-v2-completed-diarized.json"));
  }
}
