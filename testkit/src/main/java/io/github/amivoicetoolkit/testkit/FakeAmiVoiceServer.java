package io.github.amivoicetoolkit.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A local simulator of the AmiVoice async HTTP API: job creation ({@code POST /v1/recognitions},
 * {@code POST /v2/recognitions}, multipart parts {@code u}, {@code d}, {@code a}) and polling
 * ({@code GET /v?/recognitions/{session_id}} with {@code Authorization: Bearer <APPKEY>}), with
 * faults on demand. It listens on the loopback interface only and is meant for tests and offline
 * development.
 *
 * <p>Behaviour, following the service:
 *
 * <ul>
 *   <li>Audio is streamed to a temporary file while its size and MD5 are computed; nothing of it is
 *       held in memory. Parts after {@code a} are ignored.
 *   <li>A wrong APPKEY in {@code u} gets HTTP 200 with code {@code -}; at polling, HTTP 401.
 *   <li>Each job reports {@code queued}, {@code started}, {@code processing} and then
 *       {@code completed} (or {@code error}); each status is reported to at least one poll and then
 *       held for its configured delay. From {@code processing} on, bodies carry the real
 *       {@code audio_size} and {@code audio_md5} of what was received.
 *   <li>The completed body is the configured {@link ResultBody} with the job's fields put in.
 *   <li>A finished job is answered with HTTP 404 once it has been reported finished for longer
 *       than the retention.
 *   <li>v2 refuses {@code sentimentAnalysis=True} and audio without speech (here: no bytes, or
 *       zero bytes only) at creation; the service does not document the code for these two, so
 *       the simulator answers code {@code o} with a descriptive message. v1 accepts both and
 *       completes a job without speech with an empty result.
 * </ul>
 *
 * <p>Defaults: any non-empty APPKEY accepted, no status delays, retention 7 days, service id
 * {@code simulator}, the {@linkplain ResultBody#builtIn() built-in result}, a random free port.
 * Instances are thread-safe; jobs are served concurrently, and a burst of at least 500 clients
 * connecting at once is held, not refused.
 */
public final class FakeAmiVoiceServer implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(FakeAmiVoiceServer.class.getName());
  private static final String AUTH_FAILED = "received illegal service authorization";
  private static final String UNSUPPORTED_AUDIO = "received unsupported audio format";
  private static final int MAX_FIELD_BYTES = 1 << 20;
  /**
   * Connections the kernel may hold before the server accepts them. The server accepts one at a
   * time, so a burst of clients (a batch submitting hundreds of files at once) outruns it; with
   * 64, Linux dropped the rest (each client waits a second or more and tries again) and macOS reset
   * them. The kernel caps it (Linux: {@code net.core.somaxconn}, 4096 by default).
   */
  private static final int LISTEN_BACKLOG = 1024;

  private final Set<String> appKeys;
  private final String serviceId;
  private final long[] delayNanosByState;
  private final long retentionNanos;
  private final ResultBody result;
  private final Path tempParent;
  private final int port;
  private final FaultPlan faults = new FaultPlan();
  private final Map<String, SimulatedJob> jobs = new ConcurrentHashMap<>();
  private final List<ReceivedJob> received = new ArrayList<>();
  private final AtomicLong sessions = new AtomicLong();
  private final AtomicLong threads = new AtomicLong();

  private HttpServer server;
  private ExecutorService executor;
  private Path tempDir;

  private FakeAmiVoiceServer(Builder b) {
    this.appKeys = Set.copyOf(b.appKeys);
    this.serviceId = b.serviceId;
    this.delayNanosByState =
        new long[] {b.queued.toNanos(), b.started.toNanos(), b.processing.toNanos(), 0, 0};
    this.retentionNanos = saturatedNanos(b.retention);
    this.result = b.result;
    this.tempParent = b.tempParent;
    this.port = b.port;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Binds to {@code 127.0.0.1} and starts serving; returns this server. */
  public synchronized FakeAmiVoiceServer start() throws IOException {
    if (server != null) {
      throw new IllegalStateException("already started");
    }
    tempDir =
        tempParent == null
            ? Files.createTempDirectory("amivoice-fake-")
            : Files.createTempDirectory(tempParent, "amivoice-fake-");
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fake-amivoice-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), LISTEN_BACKLOG);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    LOG.log(System.Logger.Level.DEBUG, "fake AmiVoice server listening on {0}", baseUri());
    return this;
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  public URI baseUri() {
    HttpServer s = requireStarted();
    InetSocketAddress address = s.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  /** The recognitions resource of {@code version}, e.g. {@code http://127.0.0.1:4711/v2/recognitions}. */
  public URI recognitionsUri(ApiVersion version) {
    return URI.create(baseUri() + version.path());
  }

  /** The faults to apply on demand; queue more at any time. */
  public FaultPlan faults() {
    return faults;
  }

  /** Every job accepted so far, in the order of creation. */
  public List<ReceivedJob> jobs() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** Stops serving at once and deletes every temporary file. */
  @Override
  public synchronized void close() throws IOException {
    if (server == null) {
      return;
    }
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    jobs.clear();
    try (Stream<Path> files = Files.walk(tempDir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
    server = null;
  }

  @Override
  public synchronized String toString() {
    return "FakeAmiVoiceServer[" + (server == null ? "stopped" : baseUri().toString()) + "]";
  }

  private synchronized HttpServer requireStarted() {
    if (server == null) {
      throw new IllegalStateException("server is not running; call start()");
    }
    return server;
  }

  private void handle(HttpExchange exchange) {
    try (exchange) {
      route(exchange);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "exchange failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "simulator failed on " + exchange.getRequestURI(), e);
    }
  }

  private void route(HttpExchange exchange) throws IOException, InterruptedException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    for (ApiVersion version : ApiVersion.values()) {
      if (path.equals(version.path()) || path.equals(version.path() + "/")) {
        if ("POST".equals(method)) {
          create(exchange, version);
        } else {
          answer(exchange, 405, JobBodies.httpError(405, "use POST to create a job"));
        }
        return;
      }
      if (path.startsWith(version.path() + "/")) {
        String sessionId = path.substring(version.path().length() + 1);
        if ("GET".equals(method) && !sessionId.isEmpty() && sessionId.indexOf('/') < 0) {
          poll(exchange, version, sessionId);
        } else {
          answer(exchange, 405, JobBodies.httpError(405, "use GET to poll a job"));
        }
        return;
      }
    }
    answer(exchange, 404, JobBodies.httpError(404, "no such resource: " + path));
  }

  // ---- job creation ----------------------------------------------------------------------------

  private void create(HttpExchange exchange, ApiVersion version)
      throws IOException, InterruptedException {
    Fault fault = faults.nextCreation();
    if (fault != null && fault.appliesToPolls()) {
      // A slow answer delays reading the upload too; other request faults answer after reading it,
      // so the client has sent everything and cannot tell whether a job was created.
      if (fault.kind() != Fault.Kind.SLOW_ANSWER) {
        drain(exchange.getRequestBody());
      }
      if (applyRequestFault(exchange, fault)) {
        return;
      }
      fault = null;
    }
    String boundary =
        MultipartReader.boundaryOf(exchange.getRequestHeaders().getFirst("Content-Type"));
    if (boundary == null) {
      drain(exchange.getRequestBody());
      answer(exchange, 400, JobBodies.httpError(400, "expected multipart/form-data with a boundary"));
      return;
    }
    String sessionId = newSessionId();
    Path audioFile = tempDir.resolve(sessionId + ".audio");
    Upload upload;
    try {
      upload = readUpload(exchange.getRequestBody(), boundary, audioFile, fault);
    } catch (IOException e) {
      Files.deleteIfExists(audioFile);
      drain(exchange.getRequestBody());
      answer(exchange, 400, JobBodies.httpError(400, "malformed multipart body: " + e.getMessage()));
      return;
    }
    String refusal = refusal(version, upload, fault);
    if (refusal != null) {
      Files.deleteIfExists(audioFile);
      answer(exchange, 200, JobBodies.creationFailed(version, refusal.substring(0, 1), refusal.substring(1)));
      return;
    }
    if (upload.sink == null) {
      answer(exchange, 400, JobBodies.httpError(400, "multipart body has no part 'a' (audio)"));
      return;
    }
    Map<String, String> options;
    try {
      options = decodeOptions(upload.d);
    } catch (IllegalArgumentException e) {
      Files.deleteIfExists(audioFile);
      answer(exchange, 400, JobBodies.httpError(400, "malformed d parameter: " + e.getMessage()));
      return;
    }
    ReceivedJob job =
        new ReceivedJob(
            sessionId, version, upload.d, options, upload.sink.size(), upload.sink.md5Hex());
    String errorMessage =
        fault != null && fault.kind() == Fault.Kind.JOB_ERROR
            ? "ERROR: Failed to transcribe in recognition process - amineth_result=0, amineth_code='"
                + fault.aminethCode()
                + "', amineth_message='"
                + fault.aminethMessage()
                + "'"
            : null;
    boolean empty = version == ApiVersion.V1 && upload.sink.silent();
    jobs.put(sessionId, new SimulatedJob(job, audioFile, errorMessage, empty, System.nanoTime()));
    synchronized (received) {
      received.add(job);
    }
    LOG.log(
        System.Logger.Level.DEBUG,
        "created job {0} ({1} audio bytes)",
        sessionId,
        upload.sink.size());
    answer(exchange, 200, JobBodies.accepted(sessionId));
  }

  /** Why the job is refused at creation, as code character + message, or null to accept it. */
  private String refusal(ApiVersion version, Upload upload, Fault fault) {
    if (upload.u == null || !keyAccepted(upload.u)) {
      return "-" + AUTH_FAILED;
    }
    if (fault != null && fault.kind() == Fault.Kind.UNSUPPORTED_AUDIO) {
      return "+" + UNSUPPORTED_AUDIO;
    }
    if (version == ApiVersion.V2 && upload.d != null && sentimentRequested(upload.d)) {
      return "o" + "sentimentAnalysis is not available on v2; use v1";
    }
    if (version == ApiVersion.V2 && upload.sink != null && upload.sink.silent()) {
      return "o" + "rejected because the audio has no speech";
    }
    return null;
  }

  private static boolean sentimentRequested(String d) {
    for (String pair : d.split(" ")) {
      if (pair.equalsIgnoreCase("sentimentAnalysis=True")) {
        return true;
      }
    }
    return false;
  }

  private boolean keyAccepted(String key) {
    return appKeys.isEmpty() ? !key.isEmpty() : appKeys.contains(key);
  }

  private static final class Upload {
    String u;
    String d;
    AudioSink sink;
  }

  private static Upload readUpload(InputStream body, String boundary, Path audioFile, Fault fault)
      throws IOException {
    MultipartReader reader = new MultipartReader(body, boundary);
    Upload upload = new Upload();
    String name;
    while ((name = reader.nextPart()) != null) {
      if (name.equals("u")) {
        upload.u = readField(reader, "u");
      } else if (name.equals("d")) {
        upload.d = readField(reader, "d");
      } else if (name.equals("a")) {
        long keep =
            fault != null && fault.kind() == Fault.Kind.TRUNCATE_AUDIO
                ? fault.keepBytes()
                : Long.MAX_VALUE;
        try (AudioSink sink = new AudioSink(new BufferedOutputStream(Files.newOutputStream(audioFile), 1 << 16), keep)) {
          reader.copyBody(sink);
          upload.sink = sink;
        }
        break; // the service ignores every part after the audio
      }
    }
    drain(body);
    return upload;
  }

  private static String readField(MultipartReader reader, String name) throws IOException {
    ByteArrayOutputStream value = new ByteArrayOutputStream();
    OutputStream capped =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            if (value.size() + len > MAX_FIELD_BYTES) {
              throw new IOException("part '" + name + "' is larger than " + MAX_FIELD_BYTES + " bytes");
            }
            value.write(b, off, len);
          }
        };
    reader.copyBody(capped);
    return value.toString(StandardCharsets.UTF_8);
  }

  private static Map<String, String> decodeOptions(String d) {
    Map<String, String> options = new LinkedHashMap<>();
    if (d == null) {
      return options;
    }
    for (String pair : d.split(" ")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      options.put(key, value);
    }
    return options;
  }

  private String newSessionId() {
    return String.format(
        "%012x%012x", System.currentTimeMillis(), sessions.incrementAndGet() & 0xffffffffffffL);
  }

  // ---- polling ---------------------------------------------------------------------------------

  private void poll(HttpExchange exchange, ApiVersion version, String sessionId)
      throws IOException, InterruptedException {
    Fault fault = faults.nextPoll();
    if (fault != null && applyRequestFault(exchange, fault)) {
      return;
    }
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization == null
        || !authorization.startsWith("Bearer ")
        || !keyAccepted(authorization.substring(7).trim())) {
      answer(exchange, 401, JobBodies.creationFailed(version, "-", AUTH_FAILED));
      return;
    }
    long now = System.nanoTime();
    expireFinishedJobs(now);
    SimulatedJob job = jobs.get(sessionId);
    if (job == null || job.received().version() != version) {
      answer(exchange, 404, JobBodies.httpError(404, "no such job: " + sessionId));
      return;
    }
    JobState state = job.poll(now, delayNanosByState);
    if (state == JobState.COMPLETED) {
      Path body = job.completedBody(this::writeCompletedBody);
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(200, Files.size(body));
      try (OutputStream out = exchange.getResponseBody()) {
        Files.copy(body, out);
      }
      return;
    }
    String errorMessage = state == JobState.ERROR ? job.errorMessage() : null;
    answer(exchange, 200, JobBodies.status(job.received(), serviceId, state, errorMessage));
  }

  private Path writeCompletedBody(SimulatedJob job) throws IOException {
    String id = job.received().sessionId();
    Path target = tempDir.resolve(id + ".result.json");
    ResultBody body = job.emptyResult() ? EMPTY_RESULT : result;
    JobBodies.writeCompleted(
        job.received(), serviceId, body, tempDir.resolve(id + ".raw.json"), target);
    return target;
  }

  private static final ResultBody EMPTY_RESULT =
      out ->
          out.write(
              "{\"segments\":[],\"utteranceid\":\"\",\"text\":\"\",\"code\":\"\",\"message\":\"\"}"
                  .getBytes(StandardCharsets.UTF_8));

  private void expireFinishedJobs(long now) {
    for (SimulatedJob job : jobs.values()) {
      if (job.expired(now, retentionNanos) && jobs.remove(job.received().sessionId(), job)) {
        try {
          job.deleteFiles();
        } catch (IOException e) {
          LOG.log(System.Logger.Level.DEBUG, "could not delete files of an expired job: " + e);
        }
      }
    }
  }

  // ---- answers ---------------------------------------------------------------------------------

  /** Applies a request fault; returns false when the request is to be served normally after it. */
  private static boolean applyRequestFault(HttpExchange exchange, Fault fault)
      throws IOException, InterruptedException {
    switch (fault.kind()) {
      case HTTP_STATUS:
        answer(
            exchange,
            fault.httpStatusCode(),
            JobBodies.httpError(fault.httpStatusCode(), "simulated failure"));
        return true;
      case TOO_MANY_REQUESTS:
        long seconds = (fault.duration().toMillis() + 999) / 1000;
        exchange.getResponseHeaders().set("Retry-After", Long.toString(seconds));
        answer(exchange, 429, JobBodies.httpError(429, "too many requests"));
        return true;
      case DROP_CONNECTION:
        // Closing an exchange before any answer was sent closes its connection.
        exchange.close();
        return true;
      case SLOW_ANSWER:
        Thread.sleep(fault.duration().toMillis());
        return false;
      default:
        throw new IllegalArgumentException(fault + " is not a request fault");
    }
  }

  private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void drain(InputStream in) throws IOException {
    in.transferTo(OutputStream.nullOutputStream());
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /** Configures a {@link FakeAmiVoiceServer}; see the class description for the defaults. */
  public static final class Builder {
    private final Set<String> appKeys = new LinkedHashSet<>();
    private String serviceId = "simulator";
    private Duration queued = Duration.ZERO;
    private Duration started = Duration.ZERO;
    private Duration processing = Duration.ZERO;
    private Duration retention = Duration.ofDays(7);
    private ResultBody result = ResultBody.builtIn();
    private Path tempParent;
    private int port;

    private Builder() {}

    /** Accepts only these APPKEYs (in {@code u} and in the Bearer header); by default any non-empty one. */
    public Builder appKeys(String... keys) {
      for (String key : keys) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty()) {
          throw new IllegalArgumentException("an APPKEY must not be empty");
        }
        appKeys.add(key);
      }
      return this;
    }

    /** The {@code service_id} every job reports. */
    public Builder serviceId(String serviceId) {
      this.serviceId = Objects.requireNonNull(serviceId, "serviceId");
      return this;
    }

    /** The same minimum time in each of {@code queued}, {@code started} and {@code processing}. */
    public Builder statusDelay(Duration each) {
      return statusDelays(each, each, each);
    }

    /** The minimum time a job stays in {@code queued}, {@code started} and {@code processing}. */
    public Builder statusDelays(Duration queued, Duration started, Duration processing) {
      this.queued = nonNegative(queued, "queued");
      this.started = nonNegative(started, "started");
      this.processing = nonNegative(processing, "processing");
      return this;
    }

    /**
     * How long a finished job stays readable after it was first reported finished; then every poll
     * answers HTTP 404. {@link Duration#ZERO} lets exactly one poll see the final status.
     */
    public Builder retention(Duration retention) {
      this.retention = nonNegative(retention, "retention");
      return this;
    }

    /** What completed jobs return; the job fields are put in by the simulator. */
    public Builder result(ResultBody result) {
      this.result = Objects.requireNonNull(result, "result");
      return this;
    }

    /** Completed jobs return the JSON object in {@code file}, with the job fields put in. */
    public Builder result(Path file) {
      if (!Files.isRegularFile(Objects.requireNonNull(file, "file"))) {
        throw new IllegalArgumentException("result file does not exist: " + file);
      }
      return result(ResultBody.ofFile(file));
    }

    /** Where the server's temporary directory is created; the platform default otherwise. */
    public Builder tempDirectory(Path parent) {
      this.tempParent = Objects.requireNonNull(parent, "parent");
      return this;
    }

    /** A fixed port on 127.0.0.1; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range 0-65535: " + port);
      }
      this.port = port;
      return this;
    }

    public FakeAmiVoiceServer build() {
      return new FakeAmiVoiceServer(this);
    }

    /** Builds and starts the server. */
    public FakeAmiVoiceServer start() throws IOException {
      return build().start();
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " is negative: " + d);
      }
      return d;
    }
  }
}
