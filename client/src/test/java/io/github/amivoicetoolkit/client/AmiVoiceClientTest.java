package io.github.amivoicetoolkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.amivoicetoolkit.testkit.ApiVersion;
import io.github.amivoicetoolkit.testkit.FakeAmiVoiceServer;
import io.github.amivoicetoolkit.testkit.Fault;
import io.github.amivoicetoolkit.testkit.ReceivedJob;
import io.github.amivoicetoolkit.testkit.SyntheticResults;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmiVoiceClientTest {

  static final String KEY = "client-test-appkey-7f3a";
  static final PollingPolicy FAST_POLLING = PollingPolicy.builder()
      .initialDelay(Duration.ofMillis(2)).maxDelay(Duration.ofMillis(10)).maxWait(Duration.ofSeconds(30)).seed(1).build();
  static final RetryPolicy FAST_RETRY = RetryPolicy.builder()
      .maxAttempts(4).initialDelay(Duration.ofMillis(2)).maxDelay(Duration.ofMillis(10)).seed(1).build();

  @TempDir Path temp;
  private FakeAmiVoiceServer server;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private FakeAmiVoiceServer start(FakeAmiVoiceServer.Builder builder) throws IOException {
    server = builder.appKeys(KEY).start();
    return server;
  }

  private FakeAmiVoiceServer start() throws IOException {
    return start(FakeAmiVoiceServer.builder());
  }

  static AmiVoiceClient.Builder client(URI endpoint) {
    return AmiVoiceClient.builder().endpoint(endpoint).appKey(KEY)
        .pollingPolicy(FAST_POLLING).retryPolicy(FAST_RETRY).requestTimeout(Duration.ofSeconds(10));
  }

  private AmiVoiceClient client() {
    return client(server.recognitionsUri(ApiVersion.V2)).build();
  }

  private Path audio(String name, String content) throws IOException {
    return Files.write(temp.resolve(name), content.getBytes(StandardCharsets.UTF_8));
  }

  private Path audio() throws IOException {
    return audio("a.wav", "RIFF fake wave bytes for the simulator");
  }

  static String md5(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
  }

  // ---- the normal life of a job ------------------------------------------------------------------

  @Test
  void submitsAwaitsAndReturnsTheRawAndParsedResultTellingEveryStatusChange() throws Exception {
    start(FakeAmiVoiceServer.builder().statusDelay(Duration.ofMillis(15)));
    AmiVoiceClient client = client();
    Path file = audio();
    List<String> seen = new CopyOnWriteArrayList<>();

    Job job = client.submit(file, RecognitionOptions.builder().contentId("a.wav").build());
    RecognitionResult result = client.await(job, s -> seen.add(s.sessionId() + ":" + s.state()));

    String id = job.sessionId();
    assertThat(seen).containsExactly(id + ":QUEUED", id + ":STARTED", id + ":PROCESSING", id + ":COMPLETED");
    assertThat(job.audioSize()).isEqualTo(Files.size(file));
    assertThat(job.audioMd5()).isEqualTo(md5(Files.readAllBytes(file)));
    assertThat(result.sessionId()).isEqualTo(id);
    assertThat(result.transcript().text()).isEqualTo("こんにちは。シミュレーターです。");
    assertThat(result.transcript().job().contentId()).isEqualTo("a.wav");
    assertThat(new String(result.raw(), StandardCharsets.UTF_8)).contains("\"session_id\":\"" + id + "\"");
  }

  @Test
  void sendsTheOptionsAsTheDPartExactlyAsEncoded() throws Exception {
    start();
    RecognitionOptions options = RecognitionOptions.builder()
        .grammarFileNames("-a2-ja-general").contentId("会議 1+1.wav").speakerDiarization(true)
        .diarizationMaxSpeaker(3).profileWord("www2", "とりぷるだぶる").option("unknownKey", "x y").build();

    client().submit(audio(), options);

    ReceivedJob received = server.jobs().get(0);
    assertThat(received.dParameter()).isEqualTo(options.toDParameter());
    assertThat(received.options()).isEqualTo(options.asMap());
  }

  @Test
  void submitsAStreamOfUnknownLength() throws Exception {
    start();
    byte[] bytes = "streamed audio of unknown length".getBytes(StandardCharsets.UTF_8);
    AmiVoiceClient client = client();

    Job job = client.submit(new ByteArrayInputStream(bytes), RecognitionOptions.defaults());

    assertThat(job.audioSize()).isEqualTo(bytes.length);
    assertThat(server.jobs().get(0).audioMd5()).isEqualTo(md5(bytes)).isEqualTo(job.audioMd5());
    assertThat(client.await(job).transcript().job().audioSize()).isEqualTo(bytes.length);
  }

  @Test
  void servesAConfiguredResultFile(@TempDir Path dir) throws Exception {
    Path result = Files.writeString(dir.resolve("r.json"),
        "{\"segments\":[{\"results\":[{\"tokens\":[{\"written\":\"hello\",\"confidence\":0.5,\"starttime\":0,"
            + "\"endtime\":100}],\"confidence\":0.5,\"starttime\":0,\"endtime\":100,\"text\":\"hello\"}],"
            + "\"text\":\"hello\"}],\"text\":\"hello\",\"code\":\"\",\"message\":\"\"}");
    start(FakeAmiVoiceServer.builder().result(result));
    AmiVoiceClient client = client();

    RecognitionResult r = client.await(client.submit(audio(), RecognitionOptions.defaults()));

    assertThat(r.transcript().text()).isEqualTo("hello");
  }

  @Test
  void servesASyntheticResultWithTheJobFieldsPutIn() throws Exception {
    SyntheticResults generated = SyntheticResults.builder().seed(7).minutes(3).speakers(2).build();
    start(FakeAmiVoiceServer.builder().result(generated::writeTo));
    AmiVoiceClient client = client();
    Job job = client.submit(audio(), RecognitionOptions.builder().contentId("synthetic").build());

    RecognitionResult r = client.await(job);

    assertThat(r.transcript().tokens().size()).isEqualTo(generated.summary().tokens());
    assertThat(r.transcript().job().sessionId()).isEqualTo(job.sessionId());
    assertThat(r.transcript().job().contentId()).isEqualTo("synthetic");
    assertThat(r.transcript().job().audioMd5()).isEqualTo(job.audioMd5());
  }

  @Test
  void sendsSentimentAnalysisToV1AndRefusesItForV2BeforeSending() throws Exception {
    start();
    RecognitionOptions sentiment = RecognitionOptions.builder().sentimentAnalysis(true).build();
    AmiVoiceClient v1 = client(server.recognitionsUri(ApiVersion.V1)).build();

    v1.await(v1.submit(audio(), sentiment));
    assertThatThrownBy(() -> client().submit(audio(), sentiment))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("v1 API only");

    assertThat(server.jobs()).singleElement().satisfies(j -> assertThat(j.version()).isEqualTo(ApiVersion.V1));
  }

  @Test
  void resumesAJobKnownOnlyByItsSessionId() throws Exception {
    start();
    Job job = client().submit(audio(), RecognitionOptions.defaults());

    RecognitionResult result = client().await(Job.of(job.sessionId()));

    assertThat(result.sessionId()).isEqualTo(job.sessionId());
  }

  @Test
  void reportsTheStatusOfAJobWithoutWaiting() throws Exception {
    start(FakeAmiVoiceServer.builder().statusDelay(Duration.ofHours(1)));
    AmiVoiceClient client = client();
    Job job = client.submit(audio(), RecognitionOptions.defaults());

    JobStatus first = client.status(job);
    JobStatus second = client.status(job);

    assertThat(first.state()).isEqualTo(JobStatus.State.QUEUED);
    assertThat(first.sessionId()).isEqualTo(job.sessionId());
    assertThat(second.state()).isEqualTo(JobStatus.State.QUEUED);
  }

  // ---- refusals ----------------------------------------------------------------------------------

  @Test
  void reportsAWrongAppKeyAtSubmitAsAuthenticationFailureWithTheServiceCode() throws Exception {
    start();
    AmiVoiceClient wrong = client(server.recognitionsUri(ApiVersion.V2)).appKey("not-the-key").build();

    assertThatThrownBy(() -> wrong.submit(audio(), RecognitionOptions.defaults()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.code()).isEqualTo("-");
          assertThat(e.serviceMessage()).isEqualTo("received illegal service authorization");
          assertThat(e.sessionId()).isNull();
        });
  }

  @Test
  void reportsAWrongAppKeyWhenPollingAsAuthenticationFailure() throws Exception {
    start();
    Job job = client().submit(audio(), RecognitionOptions.defaults());
    AmiVoiceClient wrong = client(server.recognitionsUri(ApiVersion.V2)).appKey("not-the-key").build();

    assertThatThrownBy(() -> wrong.await(job))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.sessionId()).isEqualTo(job.sessionId()));
  }

  @Test
  void reportsUnsupportedAudioAsARejectedJobWithCodePlus() throws Exception {
    start();
    server.faults().onCreate(Fault.unsupportedAudio());

    assertThatThrownBy(() -> client().submit(audio(), RecognitionOptions.defaults()))
        .isInstanceOfSatisfying(JobRejectedException.class, e -> {
          assertThat(e.code()).isEqualTo("+");
          assertThat(e.serviceMessage()).isEqualTo("received unsupported audio format");
        });
    assertThat(server.jobs()).isEmpty();
  }

  @Test
  void reportsV2RefusingAudioWithoutSpeechAsARejectedJobWhileV1CompletesEmpty() throws Exception {
    start();
    Path silence = Files.write(temp.resolve("silence.raw"), new byte[8000]);

    assertThatThrownBy(() -> client().submit(silence, RecognitionOptions.defaults()))
        .isInstanceOfSatisfying(JobRejectedException.class, e -> assertThat(e.code()).isEqualTo("o"));
    AmiVoiceClient v1 = client(server.recognitionsUri(ApiVersion.V1)).build();
    RecognitionResult empty = v1.await(v1.submit(silence, RecognitionOptions.defaults()));
    assertThat(empty.transcript().tokens().size()).isZero();
  }

  @Test
  void reportsAJobEndingWithAminethCodeOAsRejectedWithoutRetrying() throws Exception {
    start();
    server.faults().onCreate(Fault.jobRejected());
    AmiVoiceClient client = client();
    Job job = client.submit(audio(), RecognitionOptions.defaults());
    List<JobStatus.State> seen = new ArrayList<>();

    assertThatThrownBy(() -> client.await(job, s -> seen.add(s.state())))
        .isInstanceOfSatisfying(JobRejectedException.class, e -> {
          assertThat(e.code()).isEqualTo("o");
          assertThat(e.serviceMessage()).isEqualTo("recognition result is rejected because confidence is below the threshold");
          assertThat(e.sessionId()).isEqualTo(job.sessionId());
        });
    assertThat(seen).endsWith(JobStatus.State.ERROR);
    assertThat(server.jobs()).hasSize(1);
    assertThat(client.status(job).state()).isEqualTo(JobStatus.State.ERROR);
  }

  @Test
  void reportsAJobEndingWithAnotherAminethCodeAsAServiceFailure() throws Exception {
    start();
    server.faults().onCreate(Fault.jobError("b", "recognition result is rejected because recognizer server is busy"));
    AmiVoiceClient client = client();
    Job job = client.submit(audio(), RecognitionOptions.defaults());

    assertThatThrownBy(() -> client.await(job))
        .isInstanceOfSatisfying(ServiceException.class, e -> {
          assertThat(e.code()).isEqualTo("b");
          assertThat(e.serviceMessage()).contains("busy");
          assertThat(e.sessionId()).isEqualTo(job.sessionId());
          assertThat(e.getMessage()).contains("may succeed");
        });
  }

  @Test
  void reportsAnExpiredResultAfterTheRetention() throws Exception {
    start(FakeAmiVoiceServer.builder().retention(Duration.ZERO));
    AmiVoiceClient client = client();
    Job job = client.submit(audio(), RecognitionOptions.defaults());
    client.await(job);

    assertThatThrownBy(() -> client.await(job))
        .isInstanceOfSatisfying(ResultExpiredException.class, e -> assertThat(e.sessionId()).isEqualTo(job.sessionId()));
    assertThatThrownBy(() -> client.status(Job.of("0123456789abcdef01234567")))
        .isInstanceOf(ResultExpiredException.class);
  }

  @Test
  void reportsAudioTheServiceGotDifferentlyFromWhatWasSent() throws Exception {
    start();
    server.faults().onCreate(Fault.truncateAudio(5));
    AmiVoiceClient client = client();
    Path file = audio();
    long size = Files.size(file);
    Job job = client.submit(file, RecognitionOptions.defaults());

    assertThatThrownBy(() -> client.await(job))
        .isInstanceOfSatisfying(UploadMismatchException.class, e -> {
          assertThat(e.sentSize()).isEqualTo(size);
          assertThat(e.reportedSize()).isEqualTo(5);
          assertThat(e.reportedMd5()).isNotEqualTo(e.sentMd5());
          assertThat(e.sessionId()).isEqualTo(job.sessionId());
        });
  }

  // ---- transient faults --------------------------------------------------------------------------

  @Test
  void retriesAJobCreationAnswered503Or429AndCreatesOneJob() throws Exception {
    start();
    server.faults().onCreate(Fault.httpStatus(503)).onCreate(Fault.tooManyRequests(Duration.ZERO)).onCreate(Fault.httpStatus(502));

    Job job = client().submit(audio(), RecognitionOptions.defaults());

    assertThat(server.faults().pending()).isZero();
    assertThat(server.jobs()).singleElement().satisfies(j -> assertThat(j.sessionId()).isEqualTo(job.sessionId()));
  }

  @Test
  void doesNotRetryAJobCreationWhoseConnectionDroppedAfterTheAudioWasSent() throws Exception {
    start();
    server.faults().onCreate(Fault.dropConnection(), 2);

    assertThatThrownBy(() -> client().submit(audio(), RecognitionOptions.defaults()))
        .isInstanceOfSatisfying(ServiceException.class, e -> {
          assertThat(e.getMessage()).contains("may have created the job", "duplicate");
          assertThat(e.httpStatus()).isEqualTo(-1);
          assertThat(e.getCause()).isInstanceOf(IOException.class);
        });
    assertThat(server.faults().pending()).isEqualTo(1);
  }

  @Test
  void doesNotRetryAJobCreationAGatewayTimedOut() throws Exception {
    start();
    server.faults().onCreate(Fault.httpStatus(504), 2);

    assertThatThrownBy(() -> client().submit(audio(), RecognitionOptions.defaults()))
        .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.httpStatus()).isEqualTo(504));
    assertThat(server.faults().pending()).isEqualTo(1);
  }

  @Test
  void doesNotResendAStreamThatWasAlreadyRead() throws Exception {
    start();
    server.faults().onCreate(Fault.httpStatus(503));

    assertThatThrownBy(() -> client().submit(new ByteArrayInputStream(new byte[] {1, 2, 3}), RecognitionOptions.defaults()))
        .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
    assertThat(server.jobs()).isEmpty();
  }

  @Test
  void retriesPollsThroughServerErrorsDroppedConnectionsAndSlowAnswersTellingTheListener() throws Exception {
    start();
    server.faults()
        .onPoll(Fault.httpStatus(500))
        .onPoll(Fault.dropConnection())
        .onPoll(Fault.slowAnswer(Duration.ofSeconds(3)))
        .onPoll(Fault.httpStatus(503));
    AmiVoiceClient client = client(server.recognitionsUri(ApiVersion.V2)).requestTimeout(Duration.ofMillis(200))
        .retryPolicy(RetryPolicy.builder().maxAttempts(10).initialDelay(Duration.ofMillis(2)).maxDelay(Duration.ofMillis(5)).build())
        .build();
    Job job = client.submit(audio(), RecognitionOptions.defaults());
    List<String> retries = new CopyOnWriteArrayList<>();

    RecognitionResult result = client.await(job, new StatusListener() {
      @Override
      public void onStatus(JobStatus status) {}

      @Override
      public void onRetry(String sessionId, IOException cause, Duration delay) {
        retries.add(sessionId);
      }
    });

    assertThat(result.sessionId()).isEqualTo(job.sessionId());
    assertThat(server.faults().pending()).isZero();
    // the JDK client may itself retry a GET on a dropped connection, so 3 or 4
    assertThat(retries).hasSizeBetween(3, 4).containsOnly(job.sessionId());
  }

  @Test
  void honoursRetryAfterOn429() throws Exception {
    start();
    server.faults().onPoll(Fault.tooManyRequests(Duration.ofSeconds(1)));
    AmiVoiceClient client = client();
    Job job = client.submit(audio(), RecognitionOptions.defaults());
    List<Duration> delays = new CopyOnWriteArrayList<>();

    long start = System.nanoTime();
    client.await(job, new StatusListener() {
      @Override
      public void onStatus(JobStatus status) {}

      @Override
      public void onRetry(String sessionId, IOException cause, Duration delay) {
        delays.add(delay);
      }
    });

    assertThat(delays).containsExactly(Duration.ofSeconds(1));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void failsAtOnceWhenRetryAfterAsksForLongerThanThePolicyAllows() throws Exception {
    start();
    server.faults().onCreate(Fault.tooManyRequests(Duration.ofHours(2)));
    AmiVoiceClient client = client();

    long start = System.nanoTime();
    assertThatThrownBy(() -> client.submit(audio(), RecognitionOptions.defaults()))
        .isInstanceOfSatisfying(ServiceException.class, e -> {
          assertThat(e.getMessage()).contains("asking to wait 7200 s", "maxRetryAfter (300 s)", "no job was created");
          assertThat(e.httpStatus()).isEqualTo(429);
        });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(1));
    assertThat(server.jobs()).isEmpty();

    Job job = client.submit(audio(), RecognitionOptions.defaults());
    server.faults().onPoll(Fault.tooManyRequests(Duration.ofMinutes(6)));
    assertThatThrownBy(() -> client.await(job))
        .isInstanceOfSatisfying(ServiceException.class, e -> {
          assertThat(e.getMessage()).contains("asking to wait 360 s", "await it again later");
          assertThat(e.sessionId()).isEqualTo(job.sessionId());
        });
  }

  @Test
  void reportsAServiceFailureWhenPollsKeepFailing() throws Exception {
    start();
    server.faults().onPoll(Fault.httpStatus(503), 10);
    AmiVoiceClient client = client();
    Job job = client.submit(audio(), RecognitionOptions.defaults());

    assertThatThrownBy(() -> client.await(job))
        .isInstanceOfSatisfying(ServiceException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(503);
          assertThat(e.sessionId()).isEqualTo(job.sessionId());
          assertThat(e.getMessage()).contains("failed 4 time(s)");
        });
    assertThat(server.faults().pending()).isEqualTo(6);
  }

  // ---- waiting -----------------------------------------------------------------------------------

  @Test
  void givesUpAfterTheBoundOnTheTotalWait() throws Exception {
    start(FakeAmiVoiceServer.builder().statusDelay(Duration.ofHours(1)));
    AmiVoiceClient client = client(server.recognitionsUri(ApiVersion.V2))
        .pollingPolicy(PollingPolicy.builder().initialDelay(Duration.ofMillis(10)).maxWait(Duration.ofMillis(150)).build())
        .build();
    Job job = client.submit(audio(), RecognitionOptions.defaults());

    assertThatThrownBy(() -> client.await(job))
        .isInstanceOfSatisfying(AwaitTimeoutException.class, e -> {
          assertThat(e.sessionId()).isEqualTo(job.sessionId());
          assertThat(e.lastStatus().state()).isIn(JobStatus.State.QUEUED, JobStatus.State.STARTED);
          assertThat(e.getMessage()).contains(job.sessionId(), "await it again later");
        });
  }

  @Test
  void stopsWaitingWhenInterruptedLeavingTheSessionIdToTheCaller() throws Exception {
    start(FakeAmiVoiceServer.builder().statusDelay(Duration.ofHours(1)));
    AmiVoiceClient client = client();
    Job job = client.submit(audio(), RecognitionOptions.defaults());
    CountDownLatch polling = new CountDownLatch(1);
    AtomicReference<Throwable> outcome = new AtomicReference<>();

    Thread waiter = new Thread(() -> {
      try {
        client.await(job, s -> polling.countDown());
      } catch (Throwable t) {
        outcome.set(t);
      }
    });
    waiter.start();
    assertThat(polling.await(10, TimeUnit.SECONDS)).isTrue();
    waiter.interrupt();
    waiter.join(10_000);

    assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
    assertThat(client.status(job).sessionId()).isEqualTo(job.sessionId());
  }

  @Test
  void runsManyJobsConcurrently() throws Exception {
    start(FakeAmiVoiceServer.builder().statusDelay(Duration.ofMillis(5)));
    AmiVoiceClient client = client();
    int jobs = 12;
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    try {
      List<Future<Map.Entry<String, RecognitionResult>>> futures = new ArrayList<>();
      for (int i = 0; i < jobs; i++) {
        String name = "job-" + i;
        byte[] bytes = ("audio of " + name).repeat(1000 + i).getBytes(StandardCharsets.UTF_8);
        futures.add(pool.submit(() -> {
          InputStream in = new ByteArrayInputStream(bytes);
          Job job = client.submit(in, RecognitionOptions.builder().contentId(name).build());
          assertThat(job.audioMd5()).isEqualTo(md5(bytes));
          return Map.entry(name, client.await(job));
        }));
      }
      List<String> sessions = new ArrayList<>();
      for (Future<Map.Entry<String, RecognitionResult>> f : futures) {
        Map.Entry<String, RecognitionResult> e = f.get(60, TimeUnit.SECONDS);
        assertThat(e.getValue().transcript().job().contentId()).isEqualTo(e.getKey());
        sessions.add(e.getValue().sessionId());
      }
      assertThat(sessions).doesNotHaveDuplicates().hasSize(jobs);
      assertThat(server.jobs()).hasSize(jobs);
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- building ----------------------------------------------------------------------------------

  @Test
  void defaultsToTheProductionV2EndpointAndTakesTheKeyFromTheEnvironment() {
    AmiVoiceClient client = AmiVoiceClient.builder().environment(Map.of("AMIVOICE_APPKEY", KEY)::get).build();

    assertThat(client.endpoint()).hasToString("https://acp-api-async.amivoice.com/v2/recognitions");
    assertThat(AmiVoiceClient.builder().v1().appKey(KEY).build().endpoint())
        .hasToString("https://acp-api-async.amivoice.com/v1/recognitions");
    assertThat(client.toString()).doesNotContain(KEY);
  }

  @Test
  void refusesToBuildWithoutAnAppKey() {
    assertThatThrownBy(() -> AmiVoiceClient.builder().environment(name -> null).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AMIVOICE_APPKEY");
  }

  @Test
  void dropsATrailingSlashAndRefusesEndpointsThatAreNotHttp() {
    assertThat(AmiVoiceClient.builder().endpoint(URI.create("http://127.0.0.1:1/v1/recognitions/")).appKey(KEY).build().endpoint())
        .hasToString("http://127.0.0.1:1/v1/recognitions");
    assertThatThrownBy(() -> AmiVoiceClient.builder().endpoint(URI.create("ftp://x/v2/recognitions")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesPlainHttpToAHostOtherThanLoopbackUnlessAllowed() {
    for (String host : List.of("example.com", "10.0.0.7", "127.0.0.1.example.com", "[2001:db8::1]", "localhost.evil")) {
      URI endpoint = URI.create("http://" + host + "/v2/recognitions");
      assertThatThrownBy(() -> AmiVoiceClient.builder().endpoint(endpoint).appKey(KEY).build()).as(host)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("plain http:// to " + host).hasMessageContaining("allowInsecureHttp(true)");
      assertThat(AmiVoiceClient.builder().endpoint(endpoint).appKey(KEY).allowInsecureHttp(true).build().endpoint())
          .isEqualTo(endpoint);
    }
    for (String host : List.of("127.0.0.1:8080", "127.1.2.3", "localhost:1", "LOCALHOST", "[::1]:9")) {
      URI endpoint = URI.create("http://" + host + "/v2/recognitions");
      assertThat(AmiVoiceClient.builder().endpoint(endpoint).appKey(KEY).build().endpoint()).as(host).isEqualTo(endpoint);
    }
    assertThat(AmiVoiceClient.builder().endpoint(URI.create("https://example.com/v2/recognitions")).appKey(KEY).build())
        .isNotNull();
  }

  @Test
  void aSessionIdThatCannotBePolledIsATypedFailureKeepingWhatTheServiceSaid() throws Exception {
    for (String id : List.of("%zz", "a\\b", "a/b", "a b")) {
      String json = "{\"sessionid\":\"" + id.replace("\\", "\\\\") + "\",\"text\":\"...\"}";
      try (ScriptedServer answering = new ScriptedServer((in, out) -> {
        ScriptedServer.readRequest(in);
        ScriptedServer.answer(out, 200, json);
      })) {
        AmiVoiceClient client = client(answering.endpoint()).build();

        assertThatThrownBy(() -> client.submit(audio(), RecognitionOptions.defaults())).as(id)
            .isInstanceOfSatisfying(ServiceException.class, e -> {
              assertThat(e.sessionId()).isEqualTo(id);
              assertThat(e.getMessage()).contains("created a job", "session id that cannot be put in a polling URL",
                  "\"" + id.replace("\\", "\\\\") + "\"", json);
              assertThat(e.httpStatus()).isEqualTo(200);
            });
        assertThat(answering.connections).hasValue(1);
      }
      assertThatThrownBy(() -> Job.of(id)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a session id");
    }
  }

  @Test
  void toBuilderKeepsEverySettingTheKeyIncluded() throws Exception {
    start();
    AmiVoiceClient client = client(server.recognitionsUri(ApiVersion.V2)).bodyIdleTimeout(Duration.ofSeconds(3)).build();

    AmiVoiceClient copy = client.toBuilder().build();

    assertThat(copy.endpoint()).isEqualTo(client.endpoint());
    assertThat(copy.await(copy.submit(audio(), RecognitionOptions.defaults())).transcript().text()).isNotEmpty();
    assertThat(client.toBuilder().toString()).doesNotContain(KEY);
  }
}
