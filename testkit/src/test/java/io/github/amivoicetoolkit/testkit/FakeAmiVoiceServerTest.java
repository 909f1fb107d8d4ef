package io.github.amivoicetoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class FakeAmiVoiceServerTest {

  private static final String KEY = "test-appkey-0123";
  private static final byte[] AUDIO = "RIFF....WAVEfmt some audio bytes\r\n--not-a-boundary".getBytes(StandardCharsets.UTF_8);
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TempDir Path temp;
  private FakeAmiVoiceServer server;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private FakeAmiVoiceServer start(FakeAmiVoiceServer.Builder builder) throws IOException {
    server = builder.appKeys(KEY).tempDirectory(temp).start();
    return server;
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private static byte[] multipart(String boundary, String u, String d, byte[] audio, boolean trailingPart) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"u\"\r\n\r\n" + u + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"d\"\r\n\r\n" + d + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"a\"; filename=\"a.wav\"\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(audio);
    out.writeBytes(("\r\n--" + boundary).getBytes(StandardCharsets.UTF_8));
    if (trailingPart) {
      out.writeBytes(("\r\nContent-Disposition: form-data; name=\"d\"\r\n\r\nignored=1\r\n--" + boundary)
          .getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes("--\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private HttpResponse<byte[]> create(ApiVersion version, String u, String d, byte[] audio) throws Exception {
    return create(version, u, d, audio, false);
  }

  private HttpResponse<byte[]> create(ApiVersion version, String u, String d, byte[] audio, boolean trailing)
      throws Exception {
    String boundary = "----sim-test-boundary";
    HttpRequest request = HttpRequest.newBuilder(server.recognitionsUri(version))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, u, d, audio, trailing)))
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private String createJob(ApiVersion version, String d, byte[] audio) throws Exception {
    HttpResponse<byte[]> response = create(version, KEY, d, audio);
    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Object> body = topLevel(response.body());
    assertThat(body).containsEntry("text", "...").containsKey("sessionid");
    return (String) body.get("sessionid");
  }

  private HttpResponse<byte[]> poll(ApiVersion version, String sessionId, String key) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.recognitionsUri(version) + "/" + sessionId));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private Map<String, Object> pollUntilFinished(ApiVersion version, String sessionId, List<String> statuses)
      throws Exception {
    for (int i = 0; i < 1000; i++) {
      HttpResponse<byte[]> response = poll(version, sessionId, KEY);
      assertThat(response.statusCode()).isEqualTo(200);
      Map<String, Object> body = topLevel(response.body());
      String status = (String) body.get("status");
      if (statuses.isEmpty() || !statuses.get(statuses.size() - 1).equals(status)) {
        statuses.add(status);
      }
      if (status.equals("completed") || status.equals("error")) {
        body.put("$raw", new String(response.body(), StandardCharsets.UTF_8));
        return body;
      }
      Thread.sleep(2);
    }
    throw new AssertionError("job did not finish; statuses " + statuses);
  }

  /** Top-level string and number fields of a JSON object; nested values are skipped. */
  static Map<String, Object> topLevel(byte[] json) {
    Map<String, Object> fields = new LinkedHashMap<>();
    try (JsonParser p = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), json)) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value == JsonToken.VALUE_STRING) {
          fields.put(name, p.getString());
        } else if (value == JsonToken.VALUE_NUMBER_INT) {
          fields.put(name, p.getLongValue());
        } else {
          fields.put(name, value.name());
          p.skipChildren();
        }
      }
    }
    return fields;
  }

  private static String md5(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
  }

  // ---- normal life of a job -----------------------------------------------------------------------

  @Test
  void reportsEveryStatusInOrderThenTheResultWithTheRealAudioSizeAndMd5() throws Exception {
    start(FakeAmiVoiceServer.builder().statusDelay(Duration.ofMillis(10)).serviceId("svc-1"));
    String id = createJob(ApiVersion.V2, "grammarFileNames=-a-general contentId=my%20file.wav", AUDIO);

    List<String> statuses = new ArrayList<>();
    Map<String, Object> completed = pollUntilFinished(ApiVersion.V2, id, statuses);

    assertThat(statuses).containsExactly("queued", "started", "processing", "completed");
    assertThat(completed)
        .containsEntry("session_id", id)
        .containsEntry("service_id", "svc-1")
        .containsEntry("content_id", "my file.wav")
        .containsEntry("audio_size", (long) AUDIO.length)
        .containsEntry("audio_md5", md5(AUDIO))
        .containsEntry("segments", "START_ARRAY")
        .containsEntry("code", "");
    assertThat((String) completed.get("$raw")).contains("シミュレーター");
  }

  @Test
  void reportsAudioSizeAndMd5FromProcessingOnOnly() throws Exception {
    start(FakeAmiVoiceServer.builder());
    String id = createJob(ApiVersion.V2, "grammarFileNames=-a-general", AUDIO);

    assertThat(topLevel(poll(ApiVersion.V2, id, KEY).body())).containsEntry("status", "queued").doesNotContainKey("audio_size");
    assertThat(topLevel(poll(ApiVersion.V2, id, KEY).body())).containsEntry("status", "started").doesNotContainKey("audio_md5");
    assertThat(topLevel(poll(ApiVersion.V2, id, KEY).body()))
        .containsEntry("status", "processing")
        .containsEntry("audio_size", (long) AUDIO.length);
  }

  @Test
  void recordsWhatItReceivedWithTheOptionsDecoded() throws Exception {
    start(FakeAmiVoiceServer.builder());
    String id = createJob(ApiVersion.V1, "grammarFileNames=-a-general profileWords=hoge%20%E3%81%BB%E3%81%92 sentimentAnalysis=True", AUDIO);

    assertThat(server.jobs()).singleElement().satisfies(job -> {
      assertThat(job.sessionId()).isEqualTo(id);
      assertThat(job.version()).isEqualTo(ApiVersion.V1);
      assertThat(job.options()).containsEntry("profileWords", "hoge ほげ").containsEntry("sentimentAnalysis", "True");
      assertThat(job.audioMd5()).isEqualTo(md5(AUDIO));
    });
  }

  @Test
  void servesAConfiguredResultFileWithItsJobFieldsReplaced(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("result.json");
    Files.writeString(file, "{\"session_id\":\"old\",\"status\":\"weird\",\"audio_size\":1,\"content_id\":\"old\","
        + "\"segments\":[{\"results\":[{\"tokens\":[{\"written\":\"x\",\"confidence\":0.960}]}]}],\"text\":\"x\",\"extra\":{\"a\":[1,2.50]}}");
    start(FakeAmiVoiceServer.builder().result(file));
    String id = createJob(ApiVersion.V2, "grammarFileNames=-a-general", AUDIO);

    Map<String, Object> completed = pollUntilFinished(ApiVersion.V2, id, new ArrayList<>());

    assertThat(completed)
        .containsEntry("status", "completed")
        .containsEntry("session_id", id)
        .containsEntry("audio_size", (long) AUDIO.length)
        .doesNotContainKey("content_id")
        .containsEntry("text", "x");
    String raw = (String) completed.get("$raw");
    assertThat(raw).contains("0.960").contains("\"extra\":{\"a\":[1,2.50]}").doesNotContain("old");
  }

  @Test
  void ignoresPartsAfterTheAudio() throws Exception {
    start(FakeAmiVoiceServer.builder());
    HttpResponse<byte[]> response = create(ApiVersion.V2, KEY, "grammarFileNames=-a-general", AUDIO, true);

    assertThat(topLevel(response.body())).containsKey("sessionid");
    assertThat(server.jobs()).singleElement().satisfies(job -> assertThat(job.options()).doesNotContainKey("ignored"));
  }

  // ---- refusals ----------------------------------------------------------------------------------

  @Test
  void answersAWrongAppKeyWithCodeMinusAndHttp200() throws Exception {
    start(FakeAmiVoiceServer.builder());
    HttpResponse<byte[]> response = create(ApiVersion.V2, "wrong", "grammarFileNames=-a-general", AUDIO);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(topLevel(response.body()))
        .containsEntry("code", "-")
        .containsEntry("message", "received illegal service authorization")
        .doesNotContainKey("sessionid");
    assertThat(server.jobs()).isEmpty();
  }

  @Test
  void answersAPollWithoutAValidBearerWith401() throws Exception {
    start(FakeAmiVoiceServer.builder());
    String id = createJob(ApiVersion.V2, "grammarFileNames=-a-general", AUDIO);

    assertThat(poll(ApiVersion.V2, id, null).statusCode()).isEqualTo(401);
    assertThat(poll(ApiVersion.V2, id, "wrong").statusCode()).isEqualTo(401);
  }

  @Test
  void answersAnUnknownSessionOrTheOtherVersionWith404() throws Exception {
    start(FakeAmiVoiceServer.builder());
    String id = createJob(ApiVersion.V2, "grammarFileNames=-a-general", AUDIO);

    assertThat(poll(ApiVersion.V2, "0000", KEY).statusCode()).isEqualTo(404);
    assertThat(poll(ApiVersion.V1, id, KEY).statusCode()).isEqualTo(404);
  }

  @Test
  void v2RefusesSentimentAnalysisAndV1AcceptsIt() throws Exception {
    start(FakeAmiVoiceServer.builder());
    HttpResponse<byte[]> v2 = create(ApiVersion.V2, KEY, "grammarFileNames=-a-general sentimentAnalysis=True", AUDIO);

    assertThat(v2.statusCode()).isEqualTo(200);
    assertThat(topLevel(v2.body())).containsEntry("code", "o").doesNotContainKey("sessionid");
    assertThat(topLevel(create(ApiVersion.V1, KEY, "sentimentAnalysis=True", AUDIO).body())).containsKey("sessionid");
  }

  @Test
  void v2RefusesAudioWithoutSpeechAndV1CompletesItWithAnEmptyResult() throws Exception {
    start(FakeAmiVoiceServer.builder());
    byte[] silence = new byte[4096];

    assertThat(topLevel(create(ApiVersion.V2, KEY, "", silence).body())).containsEntry("code", "o");
    assertThat(topLevel(create(ApiVersion.V2, KEY, "", new byte[0]).body())).containsEntry("code", "o");
    String id = createJob(ApiVersion.V1, "", silence);
    Map<String, Object> completed = pollUntilFinished(ApiVersion.V1, id, new ArrayList<>());
    assertThat(completed).containsEntry("text", "").containsEntry("audio_size", 4096L);
    assertThat((String) completed.get("$raw")).contains("\"segments\":[]");
  }

  @Test
  void forgetsAFinishedJobAfterTheRetention() throws Exception {
    start(FakeAmiVoiceServer.builder().retention(Duration.ofMillis(20)));
    String id = createJob(ApiVersion.V2, "", AUDIO);
    pollUntilFinished(ApiVersion.V2, id, new ArrayList<>());

    Thread.sleep(60);

    assertThat(poll(ApiVersion.V2, id, KEY).statusCode()).isEqualTo(404);
  }

  @Test
  void withZeroRetentionLetsExactlyOnePollSeeTheResult() throws Exception {
    start(FakeAmiVoiceServer.builder().retention(Duration.ZERO));
    String id = createJob(ApiVersion.V2, "", AUDIO);
    pollUntilFinished(ApiVersion.V2, id, new ArrayList<>());

    assertThat(poll(ApiVersion.V2, id, KEY).statusCode()).isEqualTo(404);
  }

  // ---- faults ------------------------------------------------------------------------------------

  @Test
  void answersQueuedHttpErrorsThenServesNormally() throws Exception {
    start(FakeAmiVoiceServer.builder());
    server.faults().onCreate(Fault.httpStatus(503)).onPoll(Fault.httpStatus(500), 2);

    assertThat(create(ApiVersion.V2, KEY, "", AUDIO).statusCode()).isEqualTo(503);
    assertThat(server.jobs()).isEmpty();
    String id = createJob(ApiVersion.V2, "", AUDIO);
    assertThat(poll(ApiVersion.V2, id, KEY).statusCode()).isEqualTo(500);
    assertThat(poll(ApiVersion.V2, id, KEY).statusCode()).isEqualTo(500);
    assertThat(poll(ApiVersion.V2, id, KEY).statusCode()).isEqualTo(200);
    assertThat(server.faults().pending()).isZero();
  }

  @Test
  void answers429WithRetryAfterInWholeSeconds() throws Exception {
    start(FakeAmiVoiceServer.builder());
    server.faults().onPoll(Fault.tooManyRequests(Duration.ofMillis(1500)));

    HttpResponse<byte[]> response = poll(ApiVersion.V2, "any", KEY);

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
  }

  @Test
  void dropsTheConnectionWithoutAnAnswer() throws Exception {
    start(FakeAmiVoiceServer.builder());
    server.faults().onCreate(Fault.dropConnection());

    assertThatThrownBy(() -> create(ApiVersion.V2, KEY, "", AUDIO)).isInstanceOf(IOException.class);
    assertThat(server.jobs()).isEmpty();
    assertThat(topLevel(create(ApiVersion.V2, KEY, "", AUDIO).body())).containsKey("sessionid");
  }

  @Test
  void answersSlowlyWhenAsked() throws Exception {
    start(FakeAmiVoiceServer.builder());
    server.faults().onPoll(Fault.slowAnswer(Duration.ofMillis(300)));
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.recognitionsUri(ApiVersion.V2) + "/x"))
        .timeout(Duration.ofMillis(50)).header("Authorization", "Bearer " + KEY).build();

    assertThatThrownBy(() -> HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()))
        .isInstanceOf(java.net.http.HttpTimeoutException.class);
  }

  @Test
  void refusesUnsupportedAudioWithCodePlusOnDemand() throws Exception {
    start(FakeAmiVoiceServer.builder());
    server.faults().onCreate(Fault.unsupportedAudio());

    HttpResponse<byte[]> response = create(ApiVersion.V1, KEY, "", AUDIO);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(topLevel(response.body())).containsEntry("code", "+").containsEntry("message", "received unsupported audio format");
  }

  @Test
  void endsAJobInErrorWithTheAminethCodeAsked() throws Exception {
    start(FakeAmiVoiceServer.builder());
    server.faults().onCreate(Fault.jobRejected()).onCreate(Fault.jobError("b", "recognizer server is busy"));
    String rejected = createJob(ApiVersion.V2, "", AUDIO);
    String busy = createJob(ApiVersion.V2, "", AUDIO);

    Map<String, Object> first = pollUntilFinished(ApiVersion.V2, rejected, new ArrayList<>());
    Map<String, Object> second = pollUntilFinished(ApiVersion.V2, busy, new ArrayList<>());

    assertThat(first).containsEntry("status", "error").containsEntry("audio_size", (long) AUDIO.length);
    assertThat((String) first.get("error_message")).contains("amineth_code='o'", "below the threshold");
    assertThat((String) second.get("error_message")).contains("amineth_code='b'", "amineth_message='recognizer server is busy'");
  }

  @Test
  void keepsOnlyPartOfTheAudioWhenAskedToTruncateIt() throws Exception {
    start(FakeAmiVoiceServer.builder());
    server.faults().onCreate(Fault.truncateAudio(4));
    createJob(ApiVersion.V2, "", AUDIO);

    assertThat(server.jobs().get(0).audioSize()).isEqualTo(4);
    assertThat(server.jobs().get(0).audioMd5()).isEqualTo(md5("RIFF".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void refusesJobFaultsForPolls() {
    assertThatThrownBy(() -> new FaultPlan().onPoll(Fault.jobRejected()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("job creation only");
  }

  @Test
  void deletesItsTemporaryFilesOnClose() throws Exception {
    start(FakeAmiVoiceServer.builder());
    String id = createJob(ApiVersion.V2, "", AUDIO);
    pollUntilFinished(ApiVersion.V2, id, new ArrayList<>());
    try (var files = Files.list(temp)) {
      assertThat(files).isNotEmpty();
    }

    server.close();

    try (var files = Files.list(temp)) {
      assertThat(files).isEmpty();
    }
  }

  /**
   * 500 clients connect at once, then each sends a job. A listen backlog of 64 made the kernel drop
   * (Linux: the client waits 1 s and tries again) or reset (macOS) connections the server had not
   * accepted yet; a connect timeout under a second catches either.
   */
  @Test
  void takes500ConcurrentSubmitsWithoutDroppingOrResettingAConnection() throws Exception {
    start(FakeAmiVoiceServer.builder());
    int submits = 500;
    String boundary = "----sim-load-boundary";
    java.net.InetSocketAddress address =
        new java.net.InetSocketAddress(server.baseUri().getHost(), server.baseUri().getPort());
    List<java.net.Socket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < submits; i++) {
        java.net.Socket socket = new java.net.Socket();
        sockets.add(socket);
        socket.connect(address, 900);
      }
      for (int i = 0; i < submits; i++) {
        byte[] body = multipart(boundary, KEY, "contentId=" + i, AUDIO, false);
        String head = "POST " + ApiVersion.V2.path() + " HTTP/1.1\r\nHost: " + address.getHostString() + "\r\n"
            + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + body.length
            + "\r\nConnection: close\r\n\r\n";
        java.io.OutputStream out = sockets.get(i).getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
      }
      for (java.net.Socket socket : sockets) {
        socket.setSoTimeout(60_000);
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(answer).startsWith("HTTP/1.1 200").contains("\"sessionid\":");
      }
    } finally {
      for (java.net.Socket socket : sockets) {
        socket.close();
      }
    }
    assertThat(server.jobs()).hasSize(submits);
    assertThat(server.jobs().stream().map(ReceivedJob::sessionId).distinct()).hasSize(submits);
  }
}
