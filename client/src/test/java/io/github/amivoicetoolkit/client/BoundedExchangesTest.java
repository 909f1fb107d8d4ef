package io.github.amivoicetoolkit.client;

import static io.github.amivoicetoolkit.client.AmiVoiceClientTest.FAST_POLLING;
import static io.github.amivoicetoolkit.client.AmiVoiceClientTest.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.amivoicetoolkit.testkit.ApiVersion;
import io.github.amivoicetoolkit.testkit.FakeAmiVoiceServer;
import io.github.amivoicetoolkit.testkit.SyntheticResults;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every answer is bounded in size and every phase of an exchange in time: a service that sends
 * without end, drips, never answers or stops reading ends in a typed failure, never in a hang or
 * an exhausted heap.
 */
class BoundedExchangesTest {

  private static final Duration LIMIT = Duration.ofSeconds(30);

  @TempDir Path temp;

  private static AmiVoiceClient.Builder client(URI endpoint) {
    return AmiVoiceClient.builder().endpoint(endpoint).appKey(KEY).pollingPolicy(FAST_POLLING)
        .retryPolicy(RetryPolicy.none());
  }

  private Path audio(int bytes) throws IOException {
    byte[] content = new byte[bytes];
    Arrays.fill(content, (byte) 'a');
    return Files.write(temp.resolve("a.wav"), content);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Sends a chunked body that starts with {@code start} and never ends, until the client hangs up. */
  private static ScriptedServer endless(String start) throws IOException {
    return new ScriptedServer((in, out) -> {
      ScriptedServer.readRequest(in);
      ScriptedServer.startChunked(out);
      ScriptedServer.chunk(out, ascii(start));
      byte[] pad = new byte[64 * 1024];
      Arrays.fill(pad, (byte) 'x');
      while (true) {
        ScriptedServer.chunk(out, pad);
      }
    });
  }

  // ---- sizes ---------------------------------------------------------------------------------------

  @Test
  void anEndlessChunkedStatusBodyEndsAtTheAnswerLimitNamingIt() throws Exception {
    try (ScriptedServer server = endless("{\"status\":\"processing\",\"session_id\":\"abc\",\"pad\":\"")) {
      AmiVoiceClient client = client(server.endpoint()).build();

      assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(() -> client.status(Job.of("abc")))
          .isInstanceOfSatisfying(ResponseTooLargeException.class, e -> {
            assertThat(e.limit()).isEqualTo(1L << 20);
            assertThat(e.sessionId()).isEqualTo("abc");
            assertThat(e.getMessage()).contains("maxAnswerBytes (1,048,576 bytes)", "\"status\":\"processing\"");
          }));
      assertThat(server.clientHungUp.await(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void anEndlessBodyThatMayBeAResultEndsAtTheResultLimitLeavingNoFile() throws Exception {
    Path output = temp.resolve("out").resolve("result.json");
    try (ScriptedServer server = endless("{\"segments\":[],\"pad\":\"")) {
      AmiVoiceClient client = client(server.endpoint()).maxAnswerBytes(4096).maxResultBytes(3L << 20).build();

      assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(() -> client.await(Job.of("abc"), s -> {}, output))
          .isInstanceOfSatisfying(ResponseTooLargeException.class, e -> {
            assertThat(e.limit()).isEqualTo(3L << 20);
            assertThat(e.getMessage()).contains("maxResultBytes (3,145,728 bytes)", "goes on at the service");
          }));
    }
    try (Stream<Path> left = Files.list(output.getParent())) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aJobCreationAnswerOverTheLimitIsATypedFailureThatSaysTheJobMayExist() throws Exception {
    try (ScriptedServer server = new ScriptedServer((in, out) -> {
      ScriptedServer.readRequest(in);
      ScriptedServer.answer(out, 200, "{\"sessionid\":\"abc\",\"text\":\"" + "x".repeat(5000) + "\"}");
    })) {
      AmiVoiceClient client = client(server.endpoint()).maxAnswerBytes(2048).build();

      assertThatThrownBy(() -> client.submit(audio(10), RecognitionOptions.defaults()))
          .isInstanceOfSatisfying(ResponseTooLargeException.class, e -> {
            assertThat(e.limit()).isEqualTo(2048);
            assertThat(e.getMessage()).contains("job creation answer", "maxAnswerBytes (2,048 bytes)",
                "may have created the job", "{\"sessionid\":\"abc\"");
          });
      assertThat(server.connections).hasValue(1);
    }
  }

  @Test
  void aResultOverTheAnswerLimitIsStreamedIntoAFileBesideTheOutputAndReadFromThere() throws Exception {
    SyntheticResults generated = SyntheticResults.builder().seed(3).minutes(10).speakers(2).build();
    try (FakeAmiVoiceServer server = FakeAmiVoiceServer.builder().appKeys(KEY).result(generated::writeTo).start()) {
      AmiVoiceClient client = client(server.recognitionsUri(ApiVersion.V2)).maxAnswerBytes(64 * 1024).build();
      Job job = client.submit(audio(100), RecognitionOptions.defaults());
      Path output = temp.resolve("results").resolve("call.json");
      Files.createDirectories(output.getParent());
      Files.writeString(output, "old");

      RecognitionResult saved = client.await(job, s -> {}, output);
      RecognitionResult temporary = client.await(job);

      assertThat(saved.rawFile()).isEqualTo(output.toAbsolutePath());
      assertThat(saved.rawSize()).isGreaterThan(64 * 1024).isEqualTo(Files.size(output));
      assertThat(saved.transcript().tokens().size()).isEqualTo(generated.summary().tokens());
      try (Stream<Path> files = Files.list(output.getParent())) {
        assertThat(files).containsExactly(output);
      }
      assertThat(temporary.rawFile()).isNotNull().isNotEqualTo(output);
      assertThat(Files.readAllBytes(temporary.rawFile())).isEqualTo(Files.readAllBytes(output));
      assertThat(temporary.raw()).isEqualTo(saved.raw());
      temporary.close();
      saved.close();
      assertThat(temporary.rawFile()).doesNotExist();
      assertThat(output).exists();
      assertThat(client.status(job).state()).isEqualTo(JobStatus.State.COMPLETED);
    }
  }

  @Test
  void aSmallResultIsSavedToTheOutputToo() throws Exception {
    try (FakeAmiVoiceServer server = FakeAmiVoiceServer.builder().appKeys(KEY).start()) {
      AmiVoiceClient client = client(server.recognitionsUri(ApiVersion.V2)).build();
      Path output = temp.resolve("small.json");

      RecognitionResult result = client.await(client.submit(audio(100), RecognitionOptions.defaults()), s -> {}, output);

      assertThat(result.rawFile()).isEqualTo(output.toAbsolutePath());
      assertThat(Files.readString(output)).contains("\"status\":\"completed\"");
      try (Stream<Path> files = Files.list(temp)) {
        assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("small.json", "a.wav");
      }
    }
  }

  // ---- times ---------------------------------------------------------------------------------------

  @Test
  void aServiceThatTakesTheUploadAndNeverAnswersEndsInAResponseTimeoutWithoutASecondJob() throws Exception {
    try (ScriptedServer server = new ScriptedServer((in, out) -> {
      ScriptedServer.readRequest(in);
      ScriptedServer.waitForHangUp(in);
    })) {
      AmiVoiceClient client = client(server.endpoint()).responseTimeout(Duration.ofMillis(500))
          .retryPolicy(AmiVoiceClientTest.FAST_RETRY).build();

      assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(() -> client.submit(audio(1000), RecognitionOptions.defaults()))
          .isInstanceOfSatisfying(RequestTimeoutException.class, e -> {
            assertThat(e.phase()).isEqualTo(RequestTimeoutException.Phase.RESPONSE);
            assertThat(e.limit()).isEqualTo(Duration.ofMillis(500));
            assertThat(e.getMessage()).contains("responseTimeout", "500 ms", "may have created the job");
          }));
      assertThat(server.connections).hasValue(1);
      assertThat(server.clientHungUp.await(10, TimeUnit.SECONDS)).as("the exchange was cancelled").isTrue();
    }
  }

  @Test
  void aBodyDrippingOneByteEveryFiveSecondsEndsInABodyIdleTimeout() throws Exception {
    try (ScriptedServer server = new ScriptedServer((in, out) -> {
      ScriptedServer.readRequest(in);
      ScriptedServer.startChunked(out);
      for (byte b : ascii("{\"status\":\"processing\"}")) {
        ScriptedServer.chunk(out, new byte[] {b});
        Thread.sleep(5000);
      }
    })) {
      AmiVoiceClient client = client(server.endpoint()).bodyIdleTimeout(Duration.ofMillis(700)).build();

      long start = System.nanoTime();
      assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(() -> client.status(Job.of("abc")))
          .isInstanceOfSatisfying(RequestTimeoutException.class, e -> {
            assertThat(e.phase()).isEqualTo(RequestTimeoutException.Phase.BODY_IDLE);
            assertThat(e.sessionId()).isEqualTo("abc");
            assertThat(e.getMessage()).contains("Polling job abc", "bodyIdleTimeout", "700 ms");
          }));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }
  }

  @Test
  void aPollThatKeepsTricklingEndsAtItsDeadlineAfterTheRetries() throws Exception {
    try (ScriptedServer server = new ScriptedServer((in, out) -> {
      ScriptedServer.readRequest(in);
      ScriptedServer.startChunked(out);
      while (true) {
        ScriptedServer.chunk(out, ascii(" "));
        Thread.sleep(50);
      }
    })) {
      AmiVoiceClient client = client(server.endpoint()).requestTimeout(Duration.ofMillis(400))
          .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialDelay(Duration.ofMillis(5)).build()).build();

      assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(() -> client.status(Job.of("abc")))
          .isInstanceOfSatisfying(RequestTimeoutException.class, e -> {
            assertThat(e.phase()).isEqualTo(RequestTimeoutException.Phase.DEADLINE);
            assertThat(e.getMessage()).contains("failed 2 time(s)", "requestTimeout", "400 ms");
          }));
      assertThat(server.connections).hasValue(2);
    }
  }

  @Test
  void anUploadTheServiceStopsTakingEndsInAStallTimeoutAfterTheRetries() throws Exception {
    try (ScriptedServer server = new ScriptedServer((in, out) -> {
      ScriptedServer.readHead(in);
      ScriptedServer.waitForHangUp(new java.io.InputStream() {
        @Override
        public int read() throws IOException {
          try {
            Thread.sleep(Long.MAX_VALUE); // never read the body, so the client's writes stall
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return -1;
        }
      });
    })) {
      AmiVoiceClient client = client(server.endpoint()).uploadStallTimeout(Duration.ofMillis(500))
          .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialDelay(Duration.ofMillis(5)).build()).build();
      Path big = audio(64 << 20);

      assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(() -> client.submit(big, RecognitionOptions.defaults()))
          .isInstanceOfSatisfying(RequestTimeoutException.class, e -> {
            assertThat(e.phase()).isEqualTo(RequestTimeoutException.Phase.UPLOAD_STALL);
            assertThat(e.getMessage()).contains("in 2 attempt(s)", "uploadStallTimeout", "500 ms");
          }));
      assertThat(server.connections).hasValue(2);
    }
  }

  /**
   * A listener that never accepts, its queue filled: the kernel drops further connection attempts
   * (Linux) and the client waits for a connection that never comes, on loopback.
   */
  @Test
  void aConnectionThatCannotBeOpenedEndsInAConnectTimeoutAfterTheRetries() throws Exception {
    java.util.List<java.net.Socket> fillers = new java.util.ArrayList<>();
    try (java.net.ServerSocket full = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      java.net.InetSocketAddress address = new java.net.InetSocketAddress(full.getInetAddress(), full.getLocalPort());
      for (int i = 0; i < 8; i++) {
        java.net.Socket filler = new java.net.Socket();
        fillers.add(filler);
        try {
          filler.connect(address, 200);
        } catch (IOException queueFull) {
          break;
        }
      }
      URI endpoint = URI.create("http://127.0.0.1:" + full.getLocalPort() + "/v2/recognitions");
      AmiVoiceClient client = client(endpoint).connectTimeout(Duration.ofMillis(300))
          .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialDelay(Duration.ofMillis(5)).build()).build();

      assertTimeoutPreemptively(LIMIT, () -> {
        assertThatThrownBy(() -> client.status(Job.of("abc")))
            .isInstanceOfSatisfying(RequestTimeoutException.class, e -> {
              assertThat(e.phase()).isEqualTo(RequestTimeoutException.Phase.CONNECT);
              assertThat(e.getMessage()).contains("failed 2 time(s)", "connectTimeout", "300 ms");
            });
        assertThatThrownBy(() -> client.submit(audio(10), RecognitionOptions.defaults()))
            .isInstanceOfSatisfying(RequestTimeoutException.class, e -> {
              assertThat(e.phase()).isEqualTo(RequestTimeoutException.Phase.CONNECT);
              assertThat(e.getMessage()).contains("Could not send the job", "in 2 attempt(s)", "connectTimeout");
            });
      });
    } finally {
      for (java.net.Socket filler : fillers) {
        filler.close();
      }
    }
  }

  @Test
  void theTimeoutsAndLimitsAreSettableAndRejectBadValuesNamingThem() {
    assertThatThrownBy(() -> AmiVoiceClient.builder().bodyIdleTimeout(Duration.ZERO))
        .hasMessage("bodyIdleTimeout must be positive: PT0S");
    assertThatThrownBy(() -> AmiVoiceClient.builder().uploadStallTimeout(Duration.ofSeconds(-1)))
        .hasMessage("uploadStallTimeout must be positive: PT-1S");
    assertThatThrownBy(() -> AmiVoiceClient.builder().responseTimeout(null)).hasMessage("responseTimeout");
    assertThatThrownBy(() -> AmiVoiceClient.builder().maxAnswerBytes(10))
        .hasMessage("maxAnswerBytes outside [1024, 268435456]: 10");
    assertThatThrownBy(() -> AmiVoiceClient.builder().appKey(KEY).maxAnswerBytes(8192).maxResultBytes(4096).build())
        .hasMessage("maxResultBytes < maxAnswerBytes: 4096 < 8192");
  }
}
