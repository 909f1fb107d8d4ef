package io.github.amivoicetoolkit.client;

import io.github.amivoicetoolkit.core.JobInfo;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A client of the AmiVoice async HTTP API: {@link #submit} sends audio and returns the
 * {@link Job}, {@link #status} asks once how it is doing, {@link #await} polls until it finishes and
 * returns its {@link RecognitionResult}. Instances are immutable and thread-safe; any number of
 * jobs can be submitted and awaited concurrently.
 *
 * <p><b>Retries.</b> Polls are retried per the {@link RetryPolicy} on HTTP 408, 429 (after
 * {@code Retry-After}), 5xx, timeouts and broken connections. A job creation is retried only when
 * the service cannot have created the job: when the connection failed before the whole audio was
 * sent, or when the service answered 408, 429 or 5xx other than 504 (it answers 200 when it creates
 * a job). A connection that fails after the whole audio was sent, or a 504 from a gateway, leaves
 * it unknown whether a job exists; sending again could create a duplicate, billed job, so the
 * client reports a {@link ServiceException} instead. Audio from a stream is sent again only if no
 * byte of it was read yet.
 *
 * <p><b>The APPKEY</b> goes into the {@code u} part and the {@code Authorization} header and
 * nowhere else: not into a log record, an exception message or a {@code toString}. (The JDK's own
 * HTTP debug logging, {@code -Djdk.httpclient.HttpClient.log=headers}, prints headers and so the key;
 * leave it off in production.)
 *
 * <p>Defaults: endpoint {@code https://acp-api-async.amivoice.com/v2/recognitions}, APPKEY from the environment variable
 * {@code AMIVOICE_APPKEY}, connect timeout 10 s, request timeout 30 s (per poll; an upload has no
 * timeout of its own unless {@linkplain Builder#uploadTimeout set}), {@link PollingPolicy#defaults()},
 * {@link RetryPolicy#defaults()}. HTTP/1.1 is used throughout.
 */
public final class AmiVoiceClient {

  /** The production recognitions endpoint of the v2 API, the default. */
  public static final URI PRODUCTION_V2 =
      URI.create("https://acp-api-async.amivoice.com/v2/recognitions");

  /** The production recognitions endpoint of the v1 API, the only one with sentiment analysis. */
  public static final URI PRODUCTION_V1 =
      URI.create("https://acp-api-async.amivoice.com/v1/recognitions");

  private static final System.Logger LOG =
      System.getLogger(AmiVoiceClient.class.getPackageName());
  private static final int MAX_QUOTED_BODY = 200;

  private final URI endpoint;
  private final boolean v1;
  private final AppKey appKey;
  private final HttpClient http;
  private final Duration requestTimeout;
  private final Duration uploadTimeout;
  private final PollingPolicy polling;
  private final RetryPolicy retry;
  private final TranscriptReader reader = new TranscriptReader();

  private AmiVoiceClient(Builder b, AppKey appKey) {
    this.endpoint = b.endpoint;
    this.v1 = b.endpoint.getPath().endsWith("/v1/recognitions");
    this.appKey = appKey;
    this.requestTimeout = b.requestTimeout;
    this.uploadTimeout = b.uploadTimeout;
    this.polling = b.polling;
    this.retry = b.retry;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(b.connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The recognitions endpoint jobs are sent to, e.g. {@code https://acp-api-async.amivoice.com/v2/recognitions}. */
  public URI endpoint() {
    return endpoint;
  }

  // ---- submit ----------------------------------------------------------------------------------

  /**
   * Sends the audio in {@code file} with {@code options} and returns the job the service created.
   *
   * @throws IllegalArgumentException when the options do not suit the endpoint (sentiment analysis
   *     on v2)
   * @throws AuthenticationException when the service refuses the APPKEY
   * @throws JobRejectedException when the service refuses the job (e.g. unsupported audio)
   * @throws ServiceException when the service keeps failing, or it is unknown whether it created
   *     the job
   */
  public Job submit(Path file, RecognitionOptions options) throws IOException, InterruptedException {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new NoSuchFileException(file.toString(), null, "not a readable file");
    }
    return submit(MultipartUpload.ofFile(appKey, dParameter(options), file));
  }

  /**
   * Sends the audio read from {@code audio} (to its end, not closed) with {@code options}. The
   * length need not be known: the body is sent chunked. Same failures as
   * {@link #submit(Path, RecognitionOptions)}; a stream is not sent a second time once read.
   */
  public Job submit(InputStream audio, RecognitionOptions options)
      throws IOException, InterruptedException {
    Objects.requireNonNull(audio, "audio");
    return submit(MultipartUpload.ofStream(appKey, dParameter(options), audio));
  }

  private String dParameter(RecognitionOptions options) {
    Objects.requireNonNull(options, "options");
    if (options.sentimentAnalysis() && !v1) {
      throw new IllegalArgumentException(
          "sentimentAnalysis is offered by the v1 API only, but the endpoint is " + endpoint);
    }
    return options.toDParameter();
  }

  private Job submit(MultipartUpload upload) throws IOException, InterruptedException {
    RandomGenerator random = retry.newRandom();
    for (int attempt = 1; ; attempt++) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(endpoint)
              .header("Content-Type", upload.contentType())
              .POST(upload.publisher());
      if (uploadTimeout != null) {
        request.timeout(uploadTimeout);
      }
      LOG.log(Level.DEBUG, "POST {0} (attempt {1,number,#})", endpoint, attempt);
      HttpResponse<byte[]> response;
      try {
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        MultipartUpload.AudioTracker sent = upload.lastAttempt();
        boolean neverArrived =
            e instanceof ConnectException
                || e instanceof HttpConnectTimeoutException
                || sent == null
                || !sent.complete();
        if (!neverArrived) {
          throw new ServiceException(
              "The connection to " + endpoint + " failed after the whole audio was sent (" + e
                  + "); the service may have created the job, so it is not sent again, which could"
                  + " create a duplicate job",
              null, null, null, -1, e);
        }
        if (attempt >= retry.maxAttempts() || !upload.canResend()) {
          throw new ServiceException(
              "Could not send the job to " + endpoint + " in " + attempt + " attempt(s)"
                  + (upload.canResend() ? "" : " (the audio stream cannot be read twice)") + ": " + e,
              null, null, null, -1, e);
        }
        pause(attempt, null, random, "job creation failed: " + e);
        continue;
      }
      int status = response.statusCode();
      if (status == 200) {
        return created(response.body(), upload);
      }
      String said = quote(response.body());
      if (status == 401 || status == 403) {
        throw new AuthenticationException(
            "The service at " + endpoint + " refused the APPKEY (HTTP " + status + ")",
            null, said, null);
      }
      boolean retriable = transientStatus(status) && status != 504;
      if (!retriable && status >= 400 && status < 500) {
        throw new JobRejectedException(
            "The service at " + endpoint + " refused the job with HTTP " + status + ": " + said,
            null, said, null);
      }
      if (!retriable || attempt >= retry.maxAttempts() || !upload.canResend()) {
        String why =
            status == 504
                ? "; a gateway timed out, so the job may exist and is not sent again"
                : retriable && !upload.canResend() ? "; the audio stream cannot be read twice" : "";
        throw new ServiceException(
            "Job creation at " + endpoint + " failed with HTTP " + status + " after " + attempt
                + " attempt(s)" + why + ": " + said,
            null, said, null, status, null);
      }
      Duration retryAfter = retryAfter(response);
      if (tooLong(retryAfter)) {
        throw new ServiceException(
            "Job creation at " + endpoint + " answered HTTP " + status + " asking to wait " + retryAfter.toSeconds()
                + " s, longer than RetryPolicy.maxRetryAfter (" + retry.maxRetryAfter().toSeconds()
                + " s); no job was created: submit again later: " + said,
            null, said, null, status, null);
      }
      pause(attempt, retryAfter, random, "job creation answered HTTP " + status);
    }
  }

  private Job created(byte[] body, MultipartUpload upload) throws IOException {
    JobInfo info = read(body, "job creation answer from " + endpoint, null).job();
    String code = info.code();
    if (code != null && !code.isEmpty()) {
      String message = appKey.redact(info.message());
      if (code.equals("-")) {
        throw new AuthenticationException(
            "The service refused the APPKEY (code '-'): " + message, code, message, null);
      }
      throw new JobRejectedException(
          "The service refused the job (code '" + code + "'): " + message, code, message, null);
    }
    MultipartUpload.AudioTracker sent = upload.lastAttempt();
    Job job;
    try {
      job = new Job(Objects.toString(info.sessionId(), ""), sent.size(), sent.md5Hex());
    } catch (IllegalArgumentException e) {
      throw new ServiceException(
          "The job creation answer has no usable sessionid and no code: " + quote(body),
          null, null, null, 200, null);
    }
    LOG.log(Level.DEBUG, "created {0}", job);
    return job;
  }

  // ---- status and await ------------------------------------------------------------------------

  /**
   * Asks the service once how {@code job} is doing (retrying transient failures). A job that ended
   * in {@code error} is reported as such, not thrown.
   *
   * @throws ResultExpiredException when the service no longer knows the job (HTTP 404)
   * @throws UploadMismatchException when the service reports other audio than was sent
   */
  public JobStatus status(Job job) throws IOException, InterruptedException {
    Objects.requireNonNull(job, "job");
    return poll(job, deadline(), StatusListener.none(), null).status();
  }

  /** {@link #await(Job, StatusListener)} without a listener. */
  public RecognitionResult await(Job job) throws IOException, InterruptedException {
    return await(job, StatusListener.none());
  }

  /**
   * Polls {@code job} per the {@link PollingPolicy} until it completes, telling {@code listener}
   * each new status, and returns the result after checking the service's {@code audio_size} and
   * {@code audio_md5} against what was sent.
   *
   * <p>The job goes on at the service whatever happens here: on {@link InterruptedException} or
   * {@link AwaitTimeoutException}, keep {@code job.sessionId()} (print it) and await
   * {@link Job#of(String)} later.
   *
   * @throws JobRejectedException when the job ended in {@code error} with {@code amineth_code='o'}
   * @throws ServiceException when it ended in {@code error} with another code, or polls kept failing
   * @throws ResultExpiredException when the service no longer knows the job (HTTP 404)
   * @throws UploadMismatchException when the service reports other audio than was sent
   * @throws AwaitTimeoutException when the job did not finish within the policy's max wait
   * @throws AuthenticationException when the service refuses the APPKEY
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public RecognitionResult await(Job job, StatusListener listener)
      throws IOException, InterruptedException {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(listener, "listener");
    long deadline = deadline();
    RandomGenerator random = polling.newRandom();
    JobStatus last = null;
    for (int poll = 0; ; poll++) {
      Answer answer = poll(job, deadline, listener, last);
      JobStatus status = answer.status();
      if (last == null || !Objects.equals(last.info().status(), status.info().status())) {
        LOG.log(Level.DEBUG, "job {0} is {1}", job.sessionId(), status.info().status());
        listener.onStatus(status);
      }
      last = status;
      if (status.state() == JobStatus.State.COMPLETED) {
        return new RecognitionResult(job.sessionId(), answer.body(), answer.transcript());
      }
      if (status.state() == JobStatus.State.ERROR) {
        throw failure(status);
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw timeout(job, last, null);
      }
      Duration wait = polling.interval(poll, random);
      sleep(Duration.ofNanos(Math.min(wait.toNanos(), remaining)));
    }
  }

  private long deadline() {
    long now = System.nanoTime();
    long max = polling.maxWait().toNanos();
    return now + max < now ? Long.MAX_VALUE : now + max;
  }

  /** One readable poll answer: the status, the body read, and the body itself. */
  private record Answer(JobStatus status, Transcript transcript, byte[] body) {}

  /** One poll, retried per the retry policy; {@code last} is the status before, for a timeout. */
  private Answer poll(Job job, long deadline, StatusListener listener, JobStatus last)
      throws IOException, InterruptedException {
    URI uri = URI.create(endpoint + "/" + job.sessionId());
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + appKey.value())
            .timeout(requestTimeout)
            .GET()
            .build();
    RandomGenerator random = retry.newRandom();
    for (int attempt = 1; ; attempt++) {
      IOException failure;
      Duration retryAfter = null;
      int status = -1;
      try {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        status = response.statusCode();
        if (!transientStatus(status)) {
          return answer(job, status, response.body());
        }
        retryAfter = retryAfter(response);
        String said = quote(response.body());
        if (tooLong(retryAfter)) {
          throw new ServiceException(
              "Polling job " + job.sessionId() + " answered HTTP " + status + " asking to wait "
                  + retryAfter.toSeconds() + " s, longer than RetryPolicy.maxRetryAfter ("
                  + retry.maxRetryAfter().toSeconds() + " s); the job goes on at the service: await it again later: "
                  + said,
              null, said, job.sessionId(), status, null);
        }
        failure =
            new ServiceException(
                "Polling job " + job.sessionId() + " answered HTTP " + status + ": " + said,
                null, said, job.sessionId(), status, null);
      } catch (AmiVoiceException e) {
        throw e;
      } catch (IOException e) {
        failure = e;
      }
      if (attempt >= retry.maxAttempts()) {
        String said =
            failure instanceof AmiVoiceException ? ((AmiVoiceException) failure).serviceMessage() : null;
        throw new ServiceException(
            "Polling job " + job.sessionId() + " failed " + attempt + " time(s); last: "
                + (status < 0 ? failure.toString() : "HTTP " + status),
            null, said, job.sessionId(), status, failure);
      }
      Duration wait = retryAfter != null ? retryAfter : retry.backoff(attempt, random);
      if (System.nanoTime() + wait.toNanos() - deadline > 0) {
        throw timeout(job, last, failure);
      }
      listener.onRetry(job.sessionId(), failure, wait);
      LOG.log(
          Level.INFO,
          "polling job {0} failed ({1}); retrying in {2,number,#} ms",
          job.sessionId(),
          status < 0 ? failure.toString() : "HTTP " + status,
          wait.toMillis());
      sleep(wait);
    }
  }

  /** Reads a poll answer that is not transient: a status, a result, or a final failure. */
  private Answer answer(Job job, int httpStatus, byte[] body) throws IOException {
    String id = job.sessionId();
    if (httpStatus == 404) {
      throw new ResultExpiredException(
          "Job " + id + " is unknown to the service (HTTP 404): its result expired after the"
              + " retention period, or the session id is wrong",
          quote(body), id);
    }
    if (httpStatus == 401 || httpStatus == 403) {
      throw new AuthenticationException(
          "The service refused the APPKEY when polling job " + id + " (HTTP " + httpStatus + ")",
          null, quote(body), id);
    }
    if (httpStatus != 200) {
      throw new ServiceException(
          "Polling job " + id + " answered HTTP " + httpStatus + ": " + quote(body),
          null, quote(body), id, httpStatus, null);
    }
    Transcript transcript = read(body, "job " + id, id);
    JobInfo info = transcript.job();
    String code = info.code();
    if (info.status() == null && code != null && !code.isEmpty()) {
      String message = appKey.redact(info.message());
      if (code.equals("-")) {
        throw new AuthenticationException(
            "The service refused the APPKEY when polling job " + id + " (code '-'): " + message,
            code, message, id);
      }
      throw new ServiceException(
          "Polling job " + id + " failed (code '" + code + "'): " + message,
          code, message, id, httpStatus, null);
    }
    checkUpload(job, info);
    return new Answer(new JobStatus(id, info), transcript, body);
  }

  private Transcript read(byte[] body, String source, String sessionId) throws IOException {
    try {
      return reader.read(body, source);
    } catch (IOException e) {
      throw new ServiceException(
          "The service answered with a body the client cannot read (" + source + "): "
              + appKey.redact(e.getMessage()),
          null, null, sessionId, 200, e);
    }
  }

  private static void checkUpload(Job job, JobInfo info) throws UploadMismatchException {
    if (job.audioMd5() == null || info.audioMd5() == null && info.audioSize() < 0) {
      return;
    }
    boolean sizeDiffers = info.audioSize() >= 0 && info.audioSize() != job.audioSize();
    boolean md5Differs = info.audioMd5() != null && !info.audioMd5().equalsIgnoreCase(job.audioMd5());
    if (sizeDiffers || md5Differs) {
      throw new UploadMismatchException(
          "The service reports other audio for job " + job.sessionId() + " than was sent: "
              + "audio_size " + info.audioSize() + " (sent " + job.audioSize() + "), audio_md5 "
              + info.audioMd5() + " (sent " + job.audioMd5() + ")",
          job.sessionId(), job.audioSize(), job.audioMd5(), info.audioSize(), info.audioMd5());
    }
  }

  private AmiVoiceException failure(JobStatus status) {
    JobInfo info = status.info();
    String code = info.aminethCode();
    String message =
        appKey.redact(info.aminethMessage() != null ? info.aminethMessage() : info.errorMessage());
    String id = status.sessionId();
    if ("o".equals(code)) {
      return new JobRejectedException(
          "Job " + id + " was rejected (amineth_code 'o'): " + message
              + "; the audio or the request is at fault, so sending it again gives the same answer",
          code, message, id);
    }
    return new ServiceException(
        "Job " + id + " failed at the service"
            + (code == null ? "" : " (amineth_code '" + code + "')") + ": " + message
            + "; submitting it again later may succeed",
        code, message, id, 200, null);
  }

  private AwaitTimeoutException timeout(Job job, JobStatus last, IOException cause) {
    return new AwaitTimeoutException(
        "Job " + job.sessionId() + " did not finish within " + polling.maxWait()
            + (last == null ? "" : " (last status: " + last.info().status() + ")")
            + "; it goes on at the service: await it again later",
        job.sessionId(), last, polling.maxWait(), cause);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private void pause(int attempt, Duration retryAfter, RandomGenerator random, String why)
      throws InterruptedException {
    Duration wait = retryAfter != null ? retryAfter : retry.backoff(attempt, random);
    LOG.log(Level.INFO, "{0}; retrying in {1,number,#} ms", why, wait.toMillis());
    sleep(wait);
  }

  private static void sleep(Duration d) throws InterruptedException {
    long nanos = d.toNanos();
    if (nanos > 0) {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }
  }

  private static boolean transientStatus(int status) {
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
  }

  private boolean tooLong(Duration retryAfter) {
    return retryAfter != null && retryAfter.compareTo(retry.maxRetryAfter()) > 0;
  }

  /** {@code Retry-After} in seconds; an HTTP date or a bad value is ignored. */
  private static Duration retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .map(String::trim)
        .filter(v -> !v.isEmpty() && v.length() < 10 && v.chars().allMatch(Character::isDigit))
        .map(v -> Duration.ofSeconds(Long.parseLong(v)))
        .orElse(null);
  }

  /** The start of a body, for a message, with the APPKEY taken out should the body echo it. */
  private String quote(byte[] body) {
    if (body == null || body.length == 0) {
      return "(empty body)";
    }
    String text = new String(body, 0, Math.min(body.length, MAX_QUOTED_BODY * 4), StandardCharsets.UTF_8);
    text = appKey.redact(text).replaceAll("\\s+", " ").strip();
    return text.length() > MAX_QUOTED_BODY ? text.substring(0, MAX_QUOTED_BODY) + "…" : text;
  }

  @Override
  public String toString() {
    return "AmiVoiceClient[endpoint=" + endpoint + ", appKey=" + appKey + "]";
  }

  /** Configures an {@link AmiVoiceClient}; see its description for the defaults. */
  public static final class Builder {
    private URI endpoint = PRODUCTION_V2;
    private AppKey appKey;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration uploadTimeout;
    private PollingPolicy polling = PollingPolicy.defaults();
    private RetryPolicy retry = RetryPolicy.defaults();
    private Function<String, String> environment = System::getenv;

    private Builder() {}

    /**
     * The recognitions endpoint, as the documentation writes it: {@code
     * https://host/v2/recognitions} (or {@code /v1/recognitions}); a trailing slash is dropped.
     */
    public Builder endpoint(URI endpoint) {
      Objects.requireNonNull(endpoint, "endpoint");
      String scheme = endpoint.getScheme();
      if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)
          || endpoint.getHost() == null) {
        throw new IllegalArgumentException("endpoint must be an absolute http(s) URI: " + endpoint);
      }
      if (endpoint.getQuery() != null || endpoint.getFragment() != null) {
        throw new IllegalArgumentException("endpoint must have no query or fragment: " + endpoint);
      }
      String text = endpoint.toString();
      this.endpoint = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      return this;
    }

    /** The production v1 endpoint, {@link #PRODUCTION_V1}: needed for sentiment analysis. */
    public Builder v1() {
      return endpoint(PRODUCTION_V1);
    }

    /** The APPKEY; without this call it is read from {@code AMIVOICE_APPKEY} when building. */
    public Builder appKey(String appKey) {
      this.appKey = AppKey.of(appKey);
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Backoff.positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** How long one poll may take until its answer arrives. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = Backoff.positive(requestTimeout, "requestTimeout");
      return this;
    }

    /** How long a job creation, upload included, may take; unbounded by default. */
    public Builder uploadTimeout(Duration uploadTimeout) {
      this.uploadTimeout = Backoff.positive(uploadTimeout, "uploadTimeout");
      return this;
    }

    public Builder pollingPolicy(PollingPolicy polling) {
      this.polling = Objects.requireNonNull(polling, "polling");
      return this;
    }

    public Builder retryPolicy(RetryPolicy retry) {
      this.retry = Objects.requireNonNull(retry, "retry");
      return this;
    }

    /** Where {@code AMIVOICE_APPKEY} is looked up; the process environment unless a test says otherwise. */
    Builder environment(Function<String, String> environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * @throws IllegalStateException when no APPKEY was given and {@code AMIVOICE_APPKEY} is unset
     */
    public AmiVoiceClient build() {
      if (appKey != null) {
        return new AmiVoiceClient(this, appKey);
      }
      String key = environment.apply(AppKey.ENVIRONMENT_VARIABLE);
      if (key == null || key.isBlank()) {
        throw new IllegalStateException(
            "No APPKEY: call appKey(...) or set the environment variable "
                + AppKey.ENVIRONMENT_VARIABLE);
      }
      return new AmiVoiceClient(this, AppKey.of(key));
    }
  }
}
