package io.github.amivoicetoolkit.client;

import static io.github.amivoicetoolkit.client.AmiVoiceClientTest.FAST_POLLING;
import static io.github.amivoicetoolkit.client.AmiVoiceClientTest.FAST_RETRY;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.amivoicetoolkit.testkit.ApiVersion;
import io.github.amivoicetoolkit.testkit.FakeAmiVoiceServer;
import io.github.amivoicetoolkit.testkit.Fault;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the client through success and every failure with all logging on, and searches every
 * log record, everything printed, and the message, stack trace and {@code toString} of every
 * exception and every object the client hands out for the APPKEY.
 */
class AppKeyLeakTest {

  private static final String KEY = "LEAK-CANARY-8d41f0c2e7";
  private static final String WRONG_KEY = "WRONG-CANARY-55aa19";

  @TempDir Path temp;
  private final List<String> evidence = new ArrayList<>();
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private Logger toolkitLogger;
  private Handler capture;
  private Level previousLevel;
  private PrintStream previousErr;
  private PrintStream previousOut;

  @BeforeEach
  void captureEverything() {
    toolkitLogger = Logger.getLogger("io.github.amivoicetoolkit");
    previousLevel = toolkitLogger.getLevel();
    toolkitLogger.setLevel(Level.ALL);
    SimpleFormatter formatter = new SimpleFormatter();
    capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        synchronized (evidence) {
          evidence.add(formatter.format(record));
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    capture.setLevel(Level.ALL);
    toolkitLogger.addHandler(capture);
    previousErr = System.err;
    previousOut = System.out;
    PrintStream tee = new PrintStream(printed, true, StandardCharsets.UTF_8);
    System.setErr(tee);
    System.setOut(tee);
  }

  @AfterEach
  void restore() {
    System.setErr(previousErr);
    System.setOut(previousOut);
    toolkitLogger.removeHandler(capture);
    toolkitLogger.setLevel(previousLevel);
  }

  private void see(Object o) {
    synchronized (evidence) {
      evidence.add(String.valueOf(o));
    }
  }

  private void seeFailure(Throwable t) {
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    see(trace);
    for (Throwable c = t; c != null; c = c.getCause()) {
      see(c.getMessage());
      see(c.getLocalizedMessage());
      see(c);
      if (c instanceof AmiVoiceException) {
        AmiVoiceException e = (AmiVoiceException) c;
        see(e.code());
        see(e.serviceMessage());
        see(e.sessionId());
      }
      if (c instanceof AwaitTimeoutException) {
        see(((AwaitTimeoutException) c).lastStatus());
      }
    }
  }

  private interface Scenario {
    void run() throws Exception;
  }

  private void expectFailure(Scenario scenario) {
    try {
      scenario.run();
      see("scenario ended without failure");
    } catch (Exception e) {
      seeFailure(e);
    }
  }

  private AmiVoiceClient.Builder client(URI endpoint, String key) {
    return AmiVoiceClient.builder().endpoint(endpoint).appKey(key)
        .pollingPolicy(FAST_POLLING).retryPolicy(FAST_RETRY).requestTimeout(Duration.ofSeconds(5));
  }

  @Test
  void theAppKeyAppearsInNoLogMessageStackTraceOrToString() throws Exception {
    Path audio = Files.writeString(temp.resolve("a.wav"), "audio bytes");
    int jobsAccepted;
    try (FakeAmiVoiceServer server = FakeAmiVoiceServer.builder().appKeys(KEY).start()) {
      URI v2 = server.recognitionsUri(ApiVersion.V2);
      AmiVoiceClient.Builder builder = client(v2, KEY);
      AmiVoiceClient client = builder.build();
      see(builder);
      see(client);
      see(FAST_POLLING);
      see(FAST_RETRY);

      // success, with every status and the result looked at
      RecognitionOptions options = RecognitionOptions.builder().contentId("a.wav").build();
      see(options);
      Job job = client.submit(audio, options);
      see(job);
      RecognitionResult result = client.await(job, status -> {
        see(status);
        see(status.info());
      });
      see(result);
      see(result.transcript().job());
      see(client.status(Job.of(job.sessionId())));

      // every failure
      server.faults().onPoll(Fault.httpStatus(503), 10);
      expectFailure(() -> client.await(client.submit(audio, options)));
      server.faults().clear();
      server.faults().onCreate(Fault.dropConnection());
      expectFailure(() -> client.submit(audio, options));
      server.faults().onCreate(Fault.httpStatus(504));
      expectFailure(() -> client.submit(audio, options));
      server.faults().onCreate(Fault.unsupportedAudio());
      expectFailure(() -> client.submit(audio, options));
      server.faults().onCreate(Fault.jobRejected());
      expectFailure(() -> client.await(client.submit(audio, options)));
      server.faults().onCreate(Fault.jobError("b", "busy"));
      expectFailure(() -> client.await(client.submit(audio, options)));
      server.faults().onCreate(Fault.truncateAudio(2));
      expectFailure(() -> client.await(client.submit(audio, options)));
      expectFailure(() -> client.submit(new ByteArrayInputStream(new byte[100]), options)); // v2, no speech
      expectFailure(() -> client.submit(audio, RecognitionOptions.builder().sentimentAnalysis(true).build()));
      server.faults().onPoll(Fault.slowAnswer(Duration.ofSeconds(2)), 2).onPoll(Fault.dropConnection(), 3);
      expectFailure(() -> client(v2, KEY).requestTimeout(Duration.ofMillis(100)).retryPolicy(RetryPolicy.none()).build()
          .await(job));
      server.faults().clear();
      server.faults().onPoll(Fault.tooManyRequests(Duration.ZERO), 20);
      expectFailure(() -> client.await(job));
      server.faults().clear();
      expectFailure(() -> client.await(Job.of("0123456789abcdef01234567"))); // expired or unknown
      expectFailure(() -> client(v2, KEY).pollingPolicy(PollingPolicy.builder().maxWait(Duration.ofMillis(1)).build())
          .build().await(client.submit(audio, options)));
      AmiVoiceClient wrong = client(v2, WRONG_KEY).build();
      see(wrong);
      expectFailure(() -> wrong.submit(audio, options));
      expectFailure(() -> wrong.await(Job.of(job.sessionId())));
      expectFailure(() -> client(URI.create("http://127.0.0.1:" + freePort() + "/v2/recognitions"), KEY).build()
          .submit(audio, options));
      expectFailure(() -> AmiVoiceClient.builder().appKey(KEY + "\u0007"));
      jobsAccepted = server.jobs().size();
    }

    String all;
    synchronized (evidence) {
      all = String.join("\n", evidence) + "\n" + printed.toString(StandardCharsets.UTF_8);
    }
    // the key was in use (the simulator accepts no other), and the search had plenty to look at
    assertThat(jobsAccepted).isGreaterThan(5);
    assertThat(all).contains("JobRejectedException", "AuthenticationException", "ServiceException",
        "ResultExpiredException", "AwaitTimeoutException", "UploadMismatchException", "retrying in", "FINE");
    assertThat(all).doesNotContain(KEY).doesNotContain(WRONG_KEY);
  }

  @Test
  void theAppKeyIsTakenOutOfWhateverTheServiceSaysBack(@TempDir Path dir) throws Exception {
    Path audio = Files.writeString(dir.resolve("a.wav"), "audio bytes");
    AtomicBoolean keyReceived = new AtomicBoolean();
    HttpServer echo = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    echo.createContext("/", exchange -> {
      String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
          + exchange.getRequestHeaders().getFirst("Authorization");
      keyReceived.compareAndSet(false, request.contains(KEY));
      String json = "{\"code\":\"x\",\"message\":\"you sent " + request.replaceAll("[\"\\\\\\r\\n]", " ") + "\"}";
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(exchange.getRequestMethod().equals("GET") ? 500 : 200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    echo.start();
    try {
      URI endpoint = URI.create("http://127.0.0.1:" + echo.getAddress().getPort() + "/v2/recognitions");
      AmiVoiceClient client = client(endpoint, KEY).build();
      expectFailure(() -> client.submit(audio, RecognitionOptions.defaults()));
      expectFailure(() -> client.await(Job.of("abc")));
    } finally {
      echo.stop(0);
    }

    String all;
    synchronized (evidence) {
      all = String.join("\n", evidence);
    }
    assertThat(keyReceived).isTrue();
    assertThat(all).contains("you sent", "***").doesNotContain(KEY);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Everything a failure shows, and what a listener was told of each retry on the way. */
  private StatusListener retriesSeen() {
    return new StatusListener() {
      @Override
      public void onStatus(JobStatus status) {
        see(status);
      }

      @Override
      public void onRetry(String sessionId, IOException cause, Duration delay) {
        seeFailure(cause);
      }
    };
  }

  @Test
  void aKeyEchoedWhereTheJsonParserQuotesItReachesNoCauseAndNoStackTrace(@TempDir Path dir) throws Exception {
    // letters and digits only, as real keys are: the parser quotes such a bare token whole
    String key = "EchoCanary7f3a9c0d1e2b4455";
    Path audio = Files.writeString(dir.resolve("a.wav"), "audio bytes");
    try (ScriptedServer server = new ScriptedServer((in, out) -> {
      String head = ScriptedServer.readRequest(in);
      ScriptedServer.answer(out, 200, head.startsWith("POST") ? "{\"sessionid\": " + key + "}" : "{\"status\": " + key + "}");
    })) {
      AmiVoiceClient client = client(server.endpoint(), key).build();
      expectFailure(() -> client.submit(audio, RecognitionOptions.defaults()));
      expectFailure(() -> client.await(Job.of("abc"), retriesSeen()));
    }

    String all;
    synchronized (evidence) {
      all = String.join("\n", evidence);
    }
    assertThat(all).contains("cannot read", "Unrecognized token '***'", "(APPKEY redacted)", "Caused by")
        .doesNotContain(key);
  }

  @Test
  void aKeyWhereAnErrorBodyIsCutLeavesNoPrefixOfIt(@TempDir Path dir) throws Exception {
    Path audio = Files.writeString(dir.resolve("a.wav"), "audio bytes");
    String prefix = KEY.substring(0, 6);
    try (ScriptedServer server = new ScriptedServer((in, out) -> {
      String head = ScriptedServer.readRequest(in);
      String filler = " ".repeat(head.startsWith("POST") ? 790 : 1018);
      ScriptedServer.answer(out, head.startsWith("POST") ? 400 : 500, filler + KEY + " and more" + " ".repeat(2000) + "}");
    })) {
      expectFailure(() -> client(server.endpoint(), KEY).build().submit(audio, RecognitionOptions.defaults()));
      expectFailure(() -> client(server.endpoint(), KEY).build().await(Job.of("abc"), retriesSeen()));
      // a limit that cuts the body in the middle of the key
      expectFailure(() -> client(server.endpoint(), KEY).maxAnswerBytes(1024).build().await(Job.of("abc"), retriesSeen()));
    }

    String all;
    synchronized (evidence) {
      all = String.join("\n", evidence);
    }
    assertThat(all).contains("HTTP 400", "HTTP 500", "maxAnswerBytes", "***").doesNotContain(prefix);
  }
}
